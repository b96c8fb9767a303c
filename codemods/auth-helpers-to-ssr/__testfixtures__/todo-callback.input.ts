import { createRouteHandlerClient } from '@supabase/auth-helpers-nextjs'
import { cookies } from 'next/headers'
import { withLogging } from '@/lib/logging'

export const GET = withLogging((request: Request) => {
  const supabase = createRouteHandlerClient({ cookies })
  return supabase.from('events').select().then(({ data }) => Response.json(data))
})
