'use client'

import { useEffect, useState } from 'react'
import { createClient } from '@/utils/supabase/client'

export default function ProfilePage() {
  const [email, setEmail] = useState<string | undefined>()
  useEffect(() => {
    const supabase = createClient()
    supabase.auth.getUser().then(({ data }) => setEmail(data.user?.email))
  }, [])
  return <p>{email ?? 'Loading…'}</p>
}
