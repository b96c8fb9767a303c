import { createClientComponentClient, createServerComponentClient } from '@supabase/auth-helpers-nextjs'
import { cookies } from 'next/headers'
import type { Database } from '@/lib/database.types'

type Schema = Database['public']

export async function Profile({ id }: { id: string }) {
  const supabase = createServerComponentClient<Database, 'public', Schema>(
    { cookies },
    { cookieOptions: { name: 'sb-profile' } },
  )
  const { data } = await supabase.from('profiles').select('username').eq('id', id).single()
  return <p>{data?.username}</p>
}

export function browserClient() {
  return createClientComponentClient<Database>()
}
