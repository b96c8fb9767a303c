import { createServerClient } from '@supabase/ssr'
import { NextResponse, type NextRequest } from 'next/server'

export async function middleware(request: NextRequest) {
  let response = NextResponse.next({ request })
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      getAll() {
        return request.cookies.getAll()
      },
      setAll(cookiesToSet) {
        cookiesToSet.forEach(({ name, value }) => request.cookies.set(name, value))
        response = NextResponse.next({ request })
        cookiesToSet.forEach(({ name, value, options }) => response.cookies.set(name, value, options))
      },
    },
  })
  const { data } = await supabase.auth.getClaims()
  // Everything under /account needs a user.
  // Ran only on the previous matcher's paths before the matcher was widened: kept there.
  if (request.nextUrl.pathname === '/account' || request.nextUrl.pathname.startsWith('/account/')) {
    if (!data?.claims) {
      return NextResponse.redirect(new URL(`/login?next=${encodeURIComponent(
        request.nextUrl.pathname,
      )}`, request.url))
    }
  }
  return response
}

export const config = {
  // TODO(supabase-auth): the previous matcher was ['/account/:path*']; the middleware now runs on every page so every session is refreshed, and its own responses stay on the previous matcher's paths (the `if` added around them)
  matcher: [
    // Every path except static assets and images, so every page refreshes the session.
    '/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp)$).*)',
  ],
}
