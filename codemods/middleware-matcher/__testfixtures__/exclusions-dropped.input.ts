import { type NextRequest } from 'next/server'
import { updateSession } from '@/utils/supabase/middleware'

export async function proxy(request: NextRequest) {
  return await updateSession(request)
}

export const config = {
  matcher: [
    /*
     * Every path except:
     * - api (the OAuth callback exchanges its code there, before any session exists)
     * - share (public pages)
     * - static files and images
     */
    '/((?!api|share|_next/static|_next/image|favicon.ico).*)',
  ],
}
