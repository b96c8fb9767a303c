import * as helpers from '@supabase/auth-helpers-nextjs'
import { cookies } from 'next/headers'

export async function GET() {
  const supabase = helpers.createRouteHandlerClient({ cookies })
  const { data } = await supabase.auth.getSession()
  return Response.json({ id: data.session?.user.id })
}
