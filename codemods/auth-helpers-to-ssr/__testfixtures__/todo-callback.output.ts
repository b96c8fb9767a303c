import { createRouteHandlerClient } from '@supabase/auth-helpers-nextjs'
import { cookies } from 'next/headers'
import { withLogging } from '@/lib/logging'

export const GET = withLogging((request: Request) => {
  // TODO(supabase-auth): `createRouteHandlerClient` → `await createClient()` from '@/utils/supabase/server', but the enclosing callback is not async, and what calls it may not expect a promise: create the client inside an async function (a Server Component, Route Handler or Server Action)
  const supabase = createRouteHandlerClient({ cookies })
  return supabase.from('events').select().then(({ data }) => Response.json(data))
})
