import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export async function generateMetadata(): Promise<Metadata> {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  return { title: session?.user.email ?? 'Profile' }
}

export default async function Profile() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  if (!session) redirect('/login')
  const { data: identities } = await supabase.auth.getUserIdentities()
  return (
    <main>
      <h1>{session.user.user_metadata.full_name}</h1>
      <p>Last sign-in: {session.user.last_sign_in_at}</p>
      <p>{identities?.identities.length ?? 0} linked accounts</p>
    </main>
  )
}
