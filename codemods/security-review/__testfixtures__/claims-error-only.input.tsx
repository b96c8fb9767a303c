import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Dashboard() {
  const supabase = await createClient()
  const { data, error } = await supabase.auth.getClaims()
  if (error) redirect('/login')
  return <p>Signed in as {data?.claims?.email}</p>
}
