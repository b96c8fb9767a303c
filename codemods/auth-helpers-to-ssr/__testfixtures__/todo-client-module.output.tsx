'use client'

import { createServerComponentClient } from '@supabase/auth-helpers-nextjs'
import { cookies } from 'next/headers'

export default function Avatar() {
  // TODO(supabase-auth): `createServerComponentClient` creates a server client in a 'use client' module: use `createClient()` from '@/utils/supabase/client' here, or create the client in a Server Component, Route Handler or Server Action with `await createClient()` from '@/utils/supabase/server'
  const supabase = createServerComponentClient({ cookies })
  return <img src={supabase.storage.from('avatars').getPublicUrl('me.png').data.publicUrl} alt="" />
}
