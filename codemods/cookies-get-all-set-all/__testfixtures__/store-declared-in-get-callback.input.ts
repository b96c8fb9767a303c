import { createServerClient } from '@supabase/ssr'
import { cookies } from 'next/headers'
import { memoize } from '@/lib/memoize'

// The client is created in a callback that cannot become async: the store cannot be hoisted.
export const createClient = memoize(() =>
  createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      async get(name: string) {
        const cookieStore = await cookies()
        return cookieStore.get(name)?.value
      },
      set() {},
      remove() {},
    },
  }),
)
