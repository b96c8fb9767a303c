import { type NextRequest } from 'next/server'
import { updateSession } from '@/utils/supabase/middleware'

export async function proxy(request: NextRequest) {
  return await updateSession(request)
}

export const config = {
  // TODO(supabase-auth): this proxy's matcher does not run on `/dashboard`, where Server Components read the session, so sessions there are not refreshed; it is not widened because `updateSession` from '@/utils/supabase/middleware' may redirect or answer requests itself and would then do so on every page (public pages behind a login, an OAuth callback redirected before its code exchange): widen it by hand and keep those responses on the paths they are meant for (the previous matcher was ['/account/:path*'])
  matcher: ['/account/:path*'],
}
