import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function AdminPage() {
  const supabase = await createClient()
  const { data } = await supabase.auth.getUser()
  if (!data.user) redirect('/login')
  if (data.user.user_metadata.role !== 'admin') redirect('/')
  return <h1>Admin</h1>
}
