import { createRouteHandlerClient } from '@supabase/auth-helpers-nextjs'
import { cookies } from 'next/headers'

const supabase = createRouteHandlerClient({ cookies })

export async function GET() {
  const { data } = await supabase.from('countries').select()
  return Response.json(data)
}
