import { type NextRequest } from 'next/server'
import { updateSession } from '@/utils/supabase/middleware'

// TODO(supabase-auth): Next.js 15 ignores `proxy` files (they replace `middleware` from Next.js 16 on): rename this file `middleware.ts` and export `async function middleware`
export async function proxy(request: NextRequest) {
  return await updateSession(request)
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp)$).*)'],
}
