import { createClient } from '@/utils/supabase/client'
import { createServerClient } from '@supabase/ssr'
import { cookies } from 'next/headers'
import type { Database } from '@/lib/database.types'

type Schema = Database['public']

export async function Profile({ id }: { id: string }) {
  const cookieStore = await cookies()
  const supabase = createServerClient<Database, 'public'>(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookieOptions: { name: 'sb-profile' },
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
  const { data } = await supabase.from('profiles').select('username').eq('id', id).single()
  return <p>{data?.username}</p>
}

export function browserClient() {
  return createClient()
}
