import { type NextRequest } from 'next/server'
import { updateSession } from '@/utils/supabase/middleware'

const MATCHERS = ['/((?!_next/static|_next/image|favicon.ico).*)']

export async function proxy(request: NextRequest) {
  return await updateSession(request)
}

export const config = {
  matcher: MATCHERS,
}
