import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Page() {
  const supabase = await createClient()
  const { data, error } = await supabase.auth.getUser()
  if (error?.message === 'Auth session missing!') redirect('/login')
  return <p>{data.user?.email}</p>
}
