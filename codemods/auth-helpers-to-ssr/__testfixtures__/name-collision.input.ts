import { createClient } from '@supabase/supabase-js'
import { createRouteHandlerClient } from '@supabase/auth-helpers-nextjs'
import { cookies } from 'next/headers'

const admin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!)

export async function DELETE() {
  const supabase = createRouteHandlerClient({ cookies })
  const { data } = await supabase.auth.getUser()
  if (!data.user) return new Response('Unauthorized', { status: 401 })
  await admin.auth.admin.deleteUser(data.user.id)
  return new Response(null, { status: 204 })
}
