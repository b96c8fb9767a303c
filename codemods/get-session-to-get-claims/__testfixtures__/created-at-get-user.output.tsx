import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Account() {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) {
    redirect('/login')
  }
  const memberSince = new Date(user.created_at).toLocaleDateString()
  return (
    <section>
      <h1>{user.email}</h1>
      <p>Member since {memberSince}</p>
    </section>
  )
}
