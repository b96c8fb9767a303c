import { useSupabaseClient, useUser } from '@supabase/auth-helpers-react'
import type { Database } from '@/types/database'

export default function Account() {
  const user = useUser()
  const supabase = useSupabaseClient<Database>()

  return <button onClick={() => supabase.auth.signOut()}>Sign out {user?.email}</button>
}
