import { createClient } from '@/utils/supabase/server' // deprecated, see #412

export async function POST(request: Request) {
  // One client per request: it reads the auth cookie.
  const supabase = await createClient() // TODO(team): share with GET
  /* The form posts the new title. */
  const { title } = await request.json()
  await supabase.from('todos').insert({ title }) // RLS checks the owner
  return new Response(null, { status: 201 })
}
