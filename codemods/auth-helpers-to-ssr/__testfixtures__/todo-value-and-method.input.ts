import * as helpers from '@supabase/auth-helpers-nextjs'
import { createServerComponentClient } from '@supabase/auth-helpers-nextjs'
import { cookies } from 'next/headers'

export const creators = { server: createServerComponentClient }

export class TodoRepository {
  client() {
    return createServerComponentClient({ cookies })
  }

  get legacy() {
    return helpers.createServerComponentClient({ cookies })
  }
}
