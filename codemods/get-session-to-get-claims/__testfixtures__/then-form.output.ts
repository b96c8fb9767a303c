import { NextResponse } from 'next/server'
import { createClient } from '@/utils/supabase/server'

export async function GET() {
  const supabase = await createClient()
  // TODO(supabase-auth): session.user from supabase.auth.getSession() is unverified (it comes from the cookie) and this use could not be rewritten automatically; read the user from `const { data, error } = await supabase.auth.getClaims()` (check `error || !data?.claims`, then data.claims.sub, .email, …), or from supabase.auth.getUser() when you need fields the claims lack (created_at, identities)
  return supabase.auth.getSession().then(({ data: { session } }) => {
    if (!session) return NextResponse.json({ error: 'Not signed in' }, { status: 401 })
    return NextResponse.json({ id: session.user.id })
  })
}
