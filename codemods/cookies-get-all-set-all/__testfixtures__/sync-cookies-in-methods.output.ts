import { createServerClient } from '@supabase/ssr'
import { cookies } from 'next/headers'

export function createClient() {
  // TODO(supabase-auth): `cookies()` returns a Promise since Next 15 (sync access is removed in 16): make this function async, write `const cookieStore = await cookies()` before `createServerClient(...)`, use `cookieStore` in the cookie methods, and await this function where it is called
  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      getAll() {
        return cookies().getAll()
      },
      setAll(cookiesToSet) {
        try {
          cookiesToSet.forEach(({ name, value, options }) => cookies().set(name, value, options))
        } catch {
          // Server Component
        }
      },
    },
  })
}
