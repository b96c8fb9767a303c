import { createServerClient } from '@supabase/ssr'
import { NextResponse, type NextRequest } from 'next/server'
import { readCookie, writeCookie } from '@/lib/cookie-jar'

export async function middleware(request: NextRequest) {
  const response = NextResponse.next()
  // TODO(supabase-auth): these cookie methods use code this codemod cannot follow: rewrite them as `getAll()` (every cookie of the request) and `setAll(cookiesToSet)` (write each `{ name, value, options }` to the response), without `get`/`set`/`remove` (@supabase/ssr calls `get` first when it exists)
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      get: (name: string) => readCookie(request, name),
      set: (name: string, value: string) => writeCookie(response, name, value),
      remove: (name: string) => writeCookie(response, name, ''),
    },
  })
  await supabase.auth.getUser()
  return response
}
