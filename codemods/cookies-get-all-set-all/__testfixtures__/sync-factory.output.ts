import { createServerClient } from '@supabase/ssr'
import { cookies } from 'next/headers'
import type { SupabaseClient } from '@supabase/supabase-js'

export async function createClient(): Promise<SupabaseClient> {
  const cookieStore = await cookies()

  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      getAll() {
        return cookieStore.getAll()
      },
      setAll(cookiesToSet) {
        try {
          cookiesToSet.forEach(({ name, value, options }) => cookieStore.set(name, value, options))
        } catch {
          // Called from a Server Component, where Next forbids writing cookies.
          // The middleware/proxy refreshes the session, so this can be ignored.
        }
      },
    },
  })
}

// Used by Server Components of this app.
export const getUserId = async () => {
  const { data } = await (await createClient()).auth.getClaims()
  return data?.claims.sub
}

async function signOut() {
  const supabase = await createClient()
  return supabase.auth.signOut()
}

export { signOut as logOut }
