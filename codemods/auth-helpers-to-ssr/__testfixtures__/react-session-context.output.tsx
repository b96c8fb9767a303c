'use client'

import { createClient } from '@/utils/supabase/client'

export function SignInWithGitHub() {
  const supabase = createClient()
  return <button onClick={() => supabase.auth.signInWithOAuth({ provider: 'github' })}>GitHub</button>
}

export function SignOut() {
  const supabaseClient = createClient()
  return <button onClick={() => supabaseClient.auth.signOut()}>Sign out</button>
}
