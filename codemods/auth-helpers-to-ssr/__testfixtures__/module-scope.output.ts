import { createRouteHandlerClient } from '@supabase/auth-helpers-nextjs'
import { cookies } from 'next/headers'

// TODO(supabase-auth): `createRouteHandlerClient` → `await createClient()` from '@/utils/supabase/server', but it runs at module scope, where one client would be shared by every request: create the client inside an async function (a Server Component, Route Handler or Server Action)
const supabase = createRouteHandlerClient({ cookies })

export async function GET() {
  const { data } = await supabase.from('countries').select()
  return Response.json(data)
}
