'use client'

import { createClientComponentClient } from '@supabase/auth-helpers-nextjs'
import { useState } from 'react'

export function Login({ projectUrl, anonKey }: { projectUrl: string; anonKey: string }) {
  const [email, setEmail] = useState('')
  const supabase = createClientComponentClient({
    supabaseUrl: projectUrl,
    supabaseKey: anonKey,
    cookieOptions: { name: 'sb-auth', domain: '.example.com', sameSite: 'lax' },
  })

  return (
    <form onSubmit={() => supabase.auth.signInWithOtp({ email })}>
      <input value={email} onChange={(e) => setEmail(e.target.value)} />
    </form>
  )
}
