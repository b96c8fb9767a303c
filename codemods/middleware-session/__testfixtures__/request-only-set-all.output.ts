import { createServerClient } from '@supabase/ssr'
import { NextResponse, type NextRequest } from 'next/server'

export async function middleware(request: NextRequest) {
  // TODO(supabase-auth): `setAll` writes the refreshed cookies only to the request: Server Components see them, but no response carries them to the browser, which keeps its old, already-used refresh token (random logouts). Also set them on the response you return, as Supabase's `updateSession` does (`supabaseResponse = NextResponse.next({ request })`, then `supabaseResponse.cookies.set(name, value, options)`).
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      getAll: () => request.cookies.getAll(),
      setAll: (cookiesToSet) => cookiesToSet.forEach(({ name, value }) => request.cookies.set(name, value)),
    },
  })
  await supabase.auth.getClaims()
  return NextResponse.next({ request })
}

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] }
