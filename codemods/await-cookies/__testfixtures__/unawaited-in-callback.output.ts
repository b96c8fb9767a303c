import { createServerClient } from '@supabase/ssr'
import { cookies } from 'next/headers'

async function createClient() {
  const cookieStore = await cookies()
  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      getAll() {
        return cookieStore.getAll()
      },
      setAll(cookiesToSet) {
        cookiesToSet.forEach(({ name, value, options }) => cookieStore.set(name, value, options))
      },
    },
  })
}

export async function counts(tables: string[]) {
  return Promise.all(
    tables.map((table) => {
      // TODO(supabase-auth): `createClient()` now returns a promise (it awaits the Supabase server client), but it is called in a callback (making it async would change what its caller receives): `await` it in an async function by hand
      const supabase = createClient()
      return supabase.from(table).select('*', { count: 'exact', head: true })
    }),
  )
}
