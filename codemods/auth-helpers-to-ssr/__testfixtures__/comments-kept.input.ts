import { createRouteHandlerClient } from '@supabase/auth-helpers-nextjs' // deprecated, see #412
import { cookies } from 'next/headers'

export async function POST(request: Request) {
  // One client per request: it reads the auth cookie.
  const supabase = createRouteHandlerClient({ cookies }) // TODO(team): share with GET
  /* The form posts the new title. */
  const { title } = await request.json()
  await supabase.from('todos').insert({ title }) // RLS checks the owner
  return new Response(null, { status: 201 })
}
