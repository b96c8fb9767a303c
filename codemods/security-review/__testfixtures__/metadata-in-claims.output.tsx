import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Billing() {
  const supabase = await createClient()
  const { data, error } = await supabase.auth.getClaims()
  if (error) redirect('/login')
  if (data?.claims?.user_metadata?.plan !== 'pro') redirect('/upgrade')
  return <p>Billing</p>
}
