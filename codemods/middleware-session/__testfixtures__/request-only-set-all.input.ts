import { createServerClient } from '@supabase/ssr'
import { NextResponse, type NextRequest } from 'next/server'

export async function middleware(request: NextRequest) {
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
