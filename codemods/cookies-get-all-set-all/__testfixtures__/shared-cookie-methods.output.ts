import { createServerClient, type CookieOptions } from '@supabase/ssr'
import { cookies } from 'next/headers'

const cookieMethods = {
  get(name: string) {
    return cookies().get(name)?.value
  },
  set(name: string, value: string, options: CookieOptions) {
    cookies().set({ name, value, ...options })
  },
  remove(name: string, options: CookieOptions) {
    cookies().set({ name, value: '', ...options })
  },
}

export async function createClient() {
  // TODO(supabase-auth): the cookie methods `cookieMethods` are defined outside this call: write them inline (so `cookiesToSet` gets its type) as `getAll()` (every cookie of the request) and `setAll(cookiesToSet)` (write each `{ name, value, options }` to the response), without `get`/`set`/`remove` (@supabase/ssr calls `get` first when it exists)
  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: cookieMethods,
  })
}
