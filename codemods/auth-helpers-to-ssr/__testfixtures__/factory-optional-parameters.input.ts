import { createRouteHandlerClient } from '@supabase/auth-helpers-nextjs'
import { cookies } from 'next/headers'
import { NextResponse } from 'next/server'

export async function POST(request: Request) {
  const { id } = await request.json()
  const supabase = createRouteHandlerClient({ cookies })
  await supabase.from('notes').delete().eq('id', id)
  return NextResponse.json({ ok: true })
}
