import { type NextRequest } from 'next/server'
import { updateSession } from '../utils/supabase/middleware'

// Next never looks inside app/ for this file.
export async function middleware(request: NextRequest) {
  return await updateSession(request)
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
