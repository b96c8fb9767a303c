import { type NextRequest } from 'next/server'
import { updateSession } from '../utils/supabase/proxy'

export async function proxy(request: NextRequest) {
  return await updateSession(request)
}

export const config = {
  runtime: 'experimental-edge',
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
