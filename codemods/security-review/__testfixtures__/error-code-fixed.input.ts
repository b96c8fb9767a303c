import { NextResponse } from 'next/server'
import { createClient } from '@/utils/supabase/server'

export async function POST(request: Request) {
  const supabase = await createClient()
  const { error } = await supabase.auth.signOut()
  if (error && error.code !== 'session_not_found') return NextResponse.json({ error: error.message }, { status: 500 })
  return NextResponse.redirect(new URL('/', request.url), { status: 302 })
}
