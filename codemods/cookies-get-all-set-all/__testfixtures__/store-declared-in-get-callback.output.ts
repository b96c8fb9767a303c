import { createServerClient } from '@supabase/ssr'
import { cookies } from 'next/headers'
import { memoize } from '@/lib/memoize'

// The client is created in a callback that cannot become async: the store cannot be hoisted.
// TODO(supabase-auth): the new cookie methods would use `cookieStore`, which is not defined where they go (`cookieStore` is declared inside an old method and the client is not created in a statement of its own): declare it before `createServerClient(...)` and rewrite the methods as `getAll()` (every cookie of the request) and `setAll(cookiesToSet)` (write each `{ name, value, options }` to the response), without `get`/`set`/`remove` (@supabase/ssr calls `get` first when it exists)
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
