import { createMiddlewareClient } from '@supabase/auth-helpers-nextjs'
import { NextResponse, type NextRequest } from 'next/server'

export async function middleware(req: NextRequest) {
  const res = NextResponse.next()
  // TODO(supabase-auth): `createMiddlewareClient` → the updateSession pattern: move the logic that uses this client into `updateSession` in '@/utils/supabase/middleware', right after its getClaims() call (read `data?.claims` instead of the session; copy `supabaseResponse`'s cookies onto any redirect or other response you return), then make this function `return await updateSession(req)`
  const supabase = createMiddlewareClient({ req, res })
  const {
    data: { session },
  } = await supabase.auth.getSession()

  if (!session && req.nextUrl.pathname.startsWith('/dashboard')) {
    return NextResponse.redirect(new URL('/login', req.url))
  }
  return res
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp)$).*)'],
}
