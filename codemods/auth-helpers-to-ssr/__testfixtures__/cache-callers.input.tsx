import { cache } from 'react'
import { cookies } from 'next/headers'
import { createServerComponentClient } from '@supabase/auth-helpers-nextjs'

const getSupabase = cache(() => createServerComponentClient({ cookies }))

function getProfile(id: string) {
  return getSupabase().from('profiles').select().eq('id', id).single()
}

export default async function Page({ params }: { params: { id: string } }) {
  const { data } = await getProfile(params.id)
  return <p>{data?.username}</p>
}
