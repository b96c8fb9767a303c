'use client'

import { createClientComponentClient } from '@supabase/auth-helpers-nextjs'

export default function Login() {
  const supabase = createClientComponentClient()
  return (
    <button onClick={() => supabase.auth.signInWithOAuth({ provider: 'github', options: { redirectTo: `${location.origin}/auth/callback` } })}>
      Sign in with GitHub
    </button>
  )
}
