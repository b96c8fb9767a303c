// app/settings/page.tsx: the settings screen.
import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Settings() {
  const supabase = await createClient()

  // Who is asking?
  const { data } = await supabase.auth.getClaims()
  const claims = data?.claims // read the auth cookie
  /* anonymous visitors go to the login page */
  if (!claims) redirect('/login')

  // Settings are per user.
  const { data: settings } = await supabase
    .from('settings')
    .select('theme, locale')
    .eq('user_id', claims.sub) // the owner
    .single()

  return <pre>{JSON.stringify(settings)}</pre>
}
