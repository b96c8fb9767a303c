import 'server-only'
import { useSupabaseClient } from '@supabase/auth-helpers-react'

export async function renameProfile(id: string, name: string) {
  // TODO(supabase-auth): `useSupabaseClient` is a React hook, but this module runs on the server: create the client with `await createClient()` from '@/utils/supabase/server' in the server code that needs it
  const supabase = useSupabaseClient()
  return supabase.from('profiles').update({ name }).eq('id', id)
}
