// Shared server client for Server Components, Route Handlers and Server Actions.
import { createServerClient } from '@supabase/ssr'
import { cookies } from 'next/headers'

export async function createClient() {
  const cookieStore = await cookies()

  // One client per request.
  return createServerClient(
    process.env.NEXT_PUBLIC_SUPABASE_URL!,
    process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!,
    {
      cookies: {
        getAll() {
          return cookieStore.getAll()
        },
        setAll(cookiesToSet) {
          try {
            cookiesToSet.forEach(({ name, value, options }) => cookieStore.set({ name, value, ...options }))
          } catch {
            // Called from a Server Component, where Next forbids writing cookies.
            // The middleware/proxy refreshes the session, so this can be ignored.
          }
        },
      },
    }
  )
}
