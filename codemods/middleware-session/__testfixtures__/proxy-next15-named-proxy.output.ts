import { type NextRequest } from 'next/server'
import { updateSession } from './utils/supabase/middleware'

// TODO(supabase-auth): Next.js 15.5.0 ignores `proxy` files (they replace `middleware` from Next.js 16 on), so this file never runs and Supabase sessions are never refreshed; rename it to `middleware.ts` and export `async function middleware`. Not moved automatically: in `middleware.ts` Next runs only the default export or the function exported as `middleware`, and this file has neither: rename its function `middleware`, then move it.
export async function proxy(request: NextRequest) {
  return await updateSession(request)
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
