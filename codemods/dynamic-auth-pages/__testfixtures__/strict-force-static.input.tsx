'use strict'
import { createClient } from '@/utils/supabase/server'

export const revalidate = 120
export const dynamic = 'force-static'

export default async function TeamPage() {
  const supabase = await createClient()
  const { data: members } = await supabase.from('members').select()
  return <ul>{members?.map((m) => <li key={m.id}>{m.name}</li>)}</ul>
}
