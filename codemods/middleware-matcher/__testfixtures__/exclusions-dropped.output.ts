import { type NextRequest } from 'next/server'
import { updateSession } from '@/utils/supabase/middleware'

export async function proxy(request: NextRequest) {
  return await updateSession(request)
}

export const config = {
  // TODO(supabase-auth): the matcher no longer excludes `share`: it did not run on `/share/abc`, where Server Components read the session, so sessions there were not refreshed; the previous matcher was ['/((?!api|share|_next/static|_next/image|favicon.ico).*)']
  matcher: [
    /*
     * Every path except:
     * - api (the OAuth callback exchanges its code there, before any session exists)
     * - share (public pages)
     * - static files and images
     */
    '/((?!api|_next/static|_next/image|favicon.ico).*)',
  ],
}
