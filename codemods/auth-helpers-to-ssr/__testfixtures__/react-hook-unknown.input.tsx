import { useSupabaseClient } from '@supabase/auth-helpers-react'

export function SignOut() {
  const supabase = useSupabaseClient()
  return <button onClick={() => supabase.auth.signOut()}>Sign out</button>
}
