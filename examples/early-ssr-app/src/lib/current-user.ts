import type { SupabaseClient } from '@supabase/supabase-js'

// Shared by the signed-in pages. No `next/headers` here: only its importers make it server code.
export async function currentUser(supabase: SupabaseClient) {
  const {
    data: { session },
  } = await supabase.auth.getSession()
  return session?.user ?? null
}
