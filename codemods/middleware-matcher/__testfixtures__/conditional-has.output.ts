import { type NextRequest } from 'next/server'
import { updateSession } from '@/utils/supabase/middleware'

export async function proxy(request: NextRequest) {
  return await updateSession(request)
}

export const config = {
  // TODO(supabase-auth): this proxy's matcher has `has`/`missing` conditions and does not run on every page (not on `/`), so sessions there are not refreshed: widen it by hand, e.g. add '/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp)$).*)'
  matcher: [
    {
      source: '/dashboard/:path*',
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
}
