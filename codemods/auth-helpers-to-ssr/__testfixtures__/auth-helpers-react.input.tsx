'use client'

import { useSession, useSupabaseClient, SessionContextProvider } from '@supabase/auth-helpers-react'

export function Account() {
  const session = useSession()
  const supabase = useSupabaseClient()

  if (!session) return <button onClick={() => supabase.auth.signInWithOAuth({ provider: 'github' })}>Sign in</button>
  return <p>{session.user.email}</p>
}
