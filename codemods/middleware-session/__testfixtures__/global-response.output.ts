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
  const { data } = await supabase.auth.getClaims()
  if (request.nextUrl.pathname === '/api/whoami') {
    // TODO(supabase-auth): This response (`Response.json()`) is created after the Supabase session was refreshed and lacks the refreshed cookies, which are on `supabaseResponse`: the browser keeps its old, already-used refresh token and the user is logged out at random. Return `supabaseResponse` instead, or copy its cookies onto this response.
    return Response.json({ sub: data?.claims?.sub ?? null })
  }
  return supabaseResponse
}
