import { NextResponse } from 'next/server'
import { createClient } from '@/utils/supabase/server'

export const dynamic = 'auto'

export async function GET() {
  const supabase = await createClient()
  const { data } = await supabase.auth.getUser()
  return NextResponse.json({ user: data.user })
}
