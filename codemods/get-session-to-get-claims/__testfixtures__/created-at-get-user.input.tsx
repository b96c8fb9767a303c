import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Account() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  if (!session) {
    redirect('/login')
  }
  const memberSince = new Date(session.user.created_at).toLocaleDateString()
  return (
    <section>
      <h1>{session.user.email}</h1>
      <p>Member since {memberSince}</p>
    </section>
  )
}
