import { createServerClient, type CookieOptions } from '@supabase/ssr'
import type { cookies } from 'next/headers'

type CookieStore = Awaited<ReturnType<typeof cookies>>

// The app's own server factory: callers pass the request's cookie store (read once per request) and ask
// for the elevated client only where an admin screen needs it.
export function createClient({ cookieStore, isAdmin = false }: { cookieStore: CookieStore; isAdmin?: boolean }) {
  const key = isAdmin ? process.env.SUPABASE_SERVICE_ROLE_KEY! : process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!
  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, key, {
    cookies: {
      get(name: string) {
        return cookieStore.get(name)?.value
      },
      set(name: string, value: string, options: CookieOptions) {
        try {
          cookieStore.set({ name, value, ...options })
        } catch {
          // Server Components cannot write cookies; the middleware refreshes the session.
        }
      },
      remove(name: string, options: CookieOptions) {
        try {
          cookieStore.set({ name, value: '', ...options })
        } catch {
          // Server Components cannot write cookies; the middleware refreshes the session.
        }
      },
    },
  })
}
