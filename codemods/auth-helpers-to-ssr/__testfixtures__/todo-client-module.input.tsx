'use client'

import { createServerComponentClient } from '@supabase/auth-helpers-nextjs'
import { cookies } from 'next/headers'

export default function Avatar() {
  const supabase = createServerComponentClient({ cookies })
  return <img src={supabase.storage.from('avatars').getPublicUrl('me.png').data.publicUrl} alt="" />
}
