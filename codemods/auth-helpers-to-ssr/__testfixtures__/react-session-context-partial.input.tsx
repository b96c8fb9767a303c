'use client'

import { useSessionContext } from '@supabase/auth-helpers-react'

export function Header() {
  const { session, supabaseClient } = useSessionContext()
  if (!session) return null
  return <button onClick={() => supabaseClient.auth.signOut()}>Sign out</button>
}
