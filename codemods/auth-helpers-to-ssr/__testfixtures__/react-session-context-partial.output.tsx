'use client'

import { useSessionContext } from '@supabase/auth-helpers-react'

export function Header() {
  // TODO(supabase-auth): `useSessionContext` from @supabase/auth-helpers-react has no @supabase/ssr equivalent: replace with your own context fed by `onAuthStateChange` on a `createBrowserClient` client
  const { session, supabaseClient } = useSessionContext()
  if (!session) return null
  return <button onClick={() => supabaseClient.auth.signOut()}>Sign out</button>
}
