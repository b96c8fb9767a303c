import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export async function generateMetadata(): Promise<Metadata> {
  const supabase = await createClient()
  const { data } = await supabase.auth.getClaims()
  const claims = data?.claims
  return { title: claims?.email ?? 'Profile' }
}

export default async function Profile() {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) redirect('/login')
  const { data: identities } = await supabase.auth.getUserIdentities()
  return (
    <main>
      <h1>{user.user_metadata.full_name}</h1>
      <p>Last sign-in: {user.last_sign_in_at}</p>
      <p>{identities?.identities.length ?? 0} linked accounts</p>
    </main>
  )
}
