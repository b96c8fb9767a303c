/** Shared auth types. */
import type { Session, SupabaseClient } from '@supabase/auth-helpers-nextjs'

export interface AuthContext {
  client: SupabaseClient
  session: Session | null
}
