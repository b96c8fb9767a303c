import { createMiddlewareClient } from '@supabase/auth-helpers-nextjs'
import { NextResponse, type NextRequest } from 'next/server'

// A middleware auth-helpers-to-ssr could not rewrite (its own redirect): its client is still auth-helpers'.
export async function middleware(req: NextRequest) {
  const res = NextResponse.next()
  const supabase = createMiddlewareClient({ req, res })
  // TODO(supabase-auth): this client is still created by `createMiddlewareClient` from the deprecated @supabase/auth-helpers-nextjs: migrate it to @supabase/ssr first (`npx supabase-auth migrate` does where it can), then verify with supabase.auth.getClaims() instead of trusting supabase.auth.getSession()
  const {
    data: { session },
  } = await supabase.auth.getSession()
  if (!session) return NextResponse.redirect(new URL('/login', req.url))
  return res
}
