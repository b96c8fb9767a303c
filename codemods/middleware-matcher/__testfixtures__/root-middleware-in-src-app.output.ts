import { type NextRequest } from 'next/server'
import { updateSession } from '@/utils/supabase/middleware'

// Ignored by Next: this app lives in src/, so the entry must be src/middleware.ts.
// TODO(supabase-auth): Next ignores this file: the app lives in `src/`, so the middleware must be `src/middleware.ts`; move it there
export async function middleware(request: NextRequest) {
  return await updateSession(request)
}

export const config = {
  matcher: [
    // Every path except static assets and images, so every page refreshes the session.
    '/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp)$).*)',
  ],
}
