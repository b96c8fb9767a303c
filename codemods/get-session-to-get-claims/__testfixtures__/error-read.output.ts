import { createClient } from '@/utils/supabase/server'

export async function POST(request: Request) {
  const supabase = await createClient()
  const { data, error } = await supabase.auth.getClaims()
  const claims = data?.claims
  if (error) {
    return Response.json({ error: error.message }, { status: 500 })
  }
  if (!claims) {
    return Response.json({ error: 'Not signed in' }, { status: 401 })
  }
  const body = await request.json()
  await supabase.from('feedback').insert({ message: body.message, author: claims.email, author_id: claims.sub })
  return Response.json({ ok: true })
}
