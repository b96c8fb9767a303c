import { createClient } from '@/utils/supabase/server'

export async function POST(request: Request) {
  const supabase = await createClient()
  const { data: { session }, error } = await supabase.auth.getSession()
  if (error) {
    return Response.json({ error: error.message }, { status: 500 })
  }
  if (!session) {
    return Response.json({ error: 'Not signed in' }, { status: 401 })
  }
  const body = await request.json()
  await supabase.from('feedback').insert({ message: body.message, author: session.user.email, author_id: session.user.id })
  return Response.json({ ok: true })
}
