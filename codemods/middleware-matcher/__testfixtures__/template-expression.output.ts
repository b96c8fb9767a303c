import { type NextRequest } from 'next/server'
import { updateSession } from '@/utils/supabase/middleware'

const BASE = '/app'

export async function proxy(request: NextRequest) {
  return await updateSession(request)
}

export const config = {
  // TODO(supabase-auth): Next cannot read `config.matcher` when it holds a template literal with `${}`: write the array out, e.g. `matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp)$).*)']`
  matcher: [`${BASE}/:path*`],
}
