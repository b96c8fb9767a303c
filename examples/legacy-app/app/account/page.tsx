import { redirect } from 'next/navigation'
import { createClient } from '@/lib/supabase/server'

// The profile rarely changes: cache the page for a minute.
export const revalidate = 60

export default async function AccountPage() {
  const supabase = await createClient()
  const {
    data: { user },
  } = await supabase.auth.getUser()

  if (!user) {
    redirect('/login')
  }

  const { data: profile } = await supabase
    .from('profiles')
    .select('full_name, website')
    .eq('id', user.id)
    .single()

  return (
    <section>
      <h1>{profile?.full_name ?? user.email}</h1>
      <p>{profile?.website}</p>
    </section>
  )
}
