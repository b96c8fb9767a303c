import { notFound } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Admin() {
  const supabase = await createClient()
  const { data } = await supabase.auth.getClaims()
  if (data?.claims?.app_metadata.role !== 'admin') notFound()
  return <h1>Admin</h1>
}
