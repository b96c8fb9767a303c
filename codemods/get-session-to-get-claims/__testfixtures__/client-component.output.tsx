'use client'

import { useEffect, useState } from 'react'
import { createClient } from '@/utils/supabase/client'

export function AccountMenu() {
  const [email, setEmail] = useState<string>()
  useEffect(() => {
    const supabase = createClient()
    supabase.auth.getSession().then(({ data: { session } }) => setEmail(session?.user.email))
  }, [])
  return <span>{email}</span>
}
