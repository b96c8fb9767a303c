'use client'

import { useSessionContext } from '@supabase/auth-helpers-react'

export function SignInWithGitHub() {
  const { supabaseClient: supabase } = useSessionContext()
  return <button onClick={() => supabase.auth.signInWithOAuth({ provider: 'github' })}>GitHub</button>
}

export function SignOut() {
  const { supabaseClient } = useSessionContext()
  return <button onClick={() => supabaseClient.auth.signOut()}>Sign out</button>
}
