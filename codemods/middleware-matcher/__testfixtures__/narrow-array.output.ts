import { type NextRequest } from 'next/server'
import { updateSession } from '@/utils/supabase/middleware'

export async function proxy(request: NextRequest) {
  return await updateSession(request)
}

export const config = {
  // Only the pages behind the login.
  // TODO(supabase-auth): the previous matcher was ['/dashboard/:path*', '/account/:path*']; the proxy now runs on every page so every session is refreshed: if code in it (or in its helper) relied on the old matcher, e.g. a redirect to the login page, limit that code with `request.nextUrl.pathname`
  matcher: [
    // Every path except static assets and images, so every page refreshes the session.
    '/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp)$).*)',
  ],
}
