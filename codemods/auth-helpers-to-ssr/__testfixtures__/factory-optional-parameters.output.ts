import { createClient } from '@/utils/supabase/server'
import { NextResponse } from 'next/server'

export async function POST(request: Request) {
  const { id } = await request.json()
  const supabase = await createClient()
  await supabase.from('notes').delete().eq('id', id)
  return NextResponse.json({ ok: true })
}
