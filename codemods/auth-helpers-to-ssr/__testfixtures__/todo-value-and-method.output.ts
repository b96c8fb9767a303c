// TODO(supabase-auth): `import * as helpers` from @supabase/auth-helpers-nextjs: import the names you use by name and run this codemod again
import * as helpers from '@supabase/auth-helpers-nextjs'
import { createClient } from '@/utils/supabase/server'
import { createServerComponentClient } from '@supabase/auth-helpers-nextjs'
import { cookies } from 'next/headers'

// TODO(supabase-auth): `createServerComponentClient` is used as a value here, which this codemod cannot follow: replace it with `await createClient()` from your `@supabase/ssr` server factory (`createServerClient` with `getAll`/`setAll`)
export const creators = { server: createServerComponentClient }

// TODO(supabase-auth): `client()` is now async (it awaits the Supabase server client): await it where it is called
export class TodoRepository {
  async client() {
    return await createClient()
  }

  get legacy() {
    return helpers.createServerComponentClient({ cookies })
  }
}
