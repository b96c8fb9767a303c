import { createClient, type Session, type User as AuthUser } from '@supabase/supabase-js'

export const admin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!)

export function describeSession(session: Session | null): AuthUser | null {
  return session?.user ?? null
}
