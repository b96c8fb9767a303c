'use client'

import { useEffect, useState } from 'react'
import { createClientComponentClient } from '@supabase/auth-helpers-nextjs'
import { signOut } from '@/app/login/actions'

export default function UserMenu() {
  const [avatarUrl, setAvatarUrl] = useState<string | null>(null)

  useEffect(() => {
    const supabase = createClientComponentClient()
    // In the browser the session is the user's own: reading it here is fine.
    supabase.auth.getSession().then(({ data: { session } }) => {
      setAvatarUrl(session?.user.user_metadata.avatar_url ?? null)
    })
  }, [])

  return (
    <form action={signOut}>
      {avatarUrl && <img src={avatarUrl} alt="" width={24} height={24} />}
      <button type="submit">Sign out</button>
    </form>
  )
}
