import { NextResponse } from 'next/server'
import { createClient } from '@/utils/supabase/server'
import { isAuthSessionMissingError } from '@supabase/supabase-js'

export async function POST(request: Request) {
  const supabase = await createClient()
  const { error } = await supabase.auth.signOut()
  if (error && !isAuthSessionMissingError(error)) return NextResponse.json({ error: error.message }, { status: 500 })
  return NextResponse.redirect(new URL('/', request.url), { status: 302 })
}
