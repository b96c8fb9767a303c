import { NextResponse } from 'next/server'
import { createClient } from '@/utils/supabase/server'

export async function GET() {
  const supabase = await createClient()
  return supabase.auth.getSession().then(({ data: { session } }) => {
    if (!session) return NextResponse.json({ error: 'Not signed in' }, { status: 401 })
    return NextResponse.json({ id: session.user.id })
  })
}
