import 'server-only'
import { useSupabaseClient } from '@supabase/auth-helpers-react'

export async function renameProfile(id: string, name: string) {
  const supabase = useSupabaseClient()
  return supabase.from('profiles').update({ name }).eq('id', id)
}
