/** Shared auth types. */
import type { Session, SupabaseClient } from '@supabase/supabase-js'

export interface AuthContext {
  client: SupabaseClient
  session: Session | null
}
