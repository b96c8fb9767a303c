import { createClient } from '@supabase/supabase-js'
import { Session, User as AuthUser } from '@supabase/auth-helpers-nextjs'

export const admin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!)

export function describeSession(session: Session | null): AuthUser | null {
  return session?.user ?? null
}
