import { createRouteHandlerClient } from '@supabase/auth-helpers-nextjs'
import { cookies } from 'next/headers'
import { NextResponse } from 'next/server'

export async function POST(request: Request) {
  const { id } = await request.json()
  // TODO(supabase-auth): `createRouteHandlerClient` was left as it is: the app's factory `createClient({ cookieStore, isAdmin })` from '@/utils/supabase/server' needs arguments this codemod cannot supply. Call it with them here (awaited on the server), or build the client with createServerClient from @supabase/ssr
  const supabase = createRouteHandlerClient({ cookies })
  await supabase.from('notes').delete().eq('id', id)
  return NextResponse.json({ ok: true })
}
