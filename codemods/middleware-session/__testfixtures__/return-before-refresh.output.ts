import { createServerClient } from '@supabase/ssr'
import { NextResponse, type NextRequest } from 'next/server'

export async function updateSession(request: NextRequest) {
  let supabaseResponse = NextResponse.next({ request })
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      getAll() {
        return request.cookies.getAll()
      },
      setAll(cookiesToSet) {
        supabaseResponse = NextResponse.next({ request })
        cookiesToSet.forEach(({ name, value, options }) => supabaseResponse.cookies.set(name, value, options))
      },
    },
  })
  if (request.nextUrl.pathname.startsWith('/public')) {
    // TODO(supabase-auth): This `return` runs after the Supabase client is created but before `supabase.auth.getClaims()` reads the session ("Do not run code between createServerClient and supabase.auth.getClaims()"): on this path the session is never refreshed and Server Components get an expired one. Move the `return` after `supabase.auth.getClaims()`.
    return supabaseResponse
  }
  const { data } = await supabase.auth.getClaims()
  if (!data?.claims) return NextResponse.redirect(new URL('/login', request.url))
  return supabaseResponse
}
