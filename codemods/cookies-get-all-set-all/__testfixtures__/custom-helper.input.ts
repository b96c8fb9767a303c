import { createServerClient } from '@supabase/ssr'
import { NextResponse, type NextRequest } from 'next/server'
import { readCookie, writeCookie } from '@/lib/cookie-jar'

export async function middleware(request: NextRequest) {
  const response = NextResponse.next()
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
