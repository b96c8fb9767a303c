import { cache } from 'react'
import { createClient } from '@/utils/supabase/server'

const getSupabase = cache(async () => await createClient())

async function getProfile(id: string) {
  return (await getSupabase()).from('profiles').select().eq('id', id).single()
}

export default async function Page({ params }: { params: { id: string } }) {
  const { data } = await getProfile(params.id)
  return <p>{data?.username}</p>
}
