'use client'

import { createBrowserClient } from '@supabase/ssr'
import { useState } from 'react'

export function Login({ projectUrl, anonKey }: { projectUrl: string; anonKey: string }) {
  const [email, setEmail] = useState('')
  const supabase = createBrowserClient(projectUrl, anonKey, {
    cookieOptions: { name: 'sb-auth', domain: '.example.com', sameSite: 'lax' },
  })

  return (
    <form onSubmit={() => supabase.auth.signInWithOtp({ email })}>
      <input value={email} onChange={(e) => setEmail(e.target.value)} />
    </form>
  )
}
