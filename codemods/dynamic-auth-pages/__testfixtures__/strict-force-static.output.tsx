'use strict'
import { createClient } from '@/utils/supabase/server'

export const dynamic = 'force-dynamic'

export default async function TeamPage() {
  const supabase = await createClient()
  const { data: members } = await supabase.from('members').select()
  return <ul>{members?.map((m) => <li key={m.id}>{m.name}</li>)}</ul>
}
