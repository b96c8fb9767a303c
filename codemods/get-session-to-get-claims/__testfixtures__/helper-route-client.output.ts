import * as helpers from '@supabase/auth-helpers-nextjs'
import { cookies } from 'next/headers'

export async function GET() {
  const supabase = helpers.createRouteHandlerClient({ cookies })
  // TODO(supabase-auth): this client is still created by `createRouteHandlerClient` from the deprecated @supabase/auth-helpers-nextjs: migrate it to @supabase/ssr first (`npx supabase-auth migrate` does where it can), then verify with supabase.auth.getClaims() instead of trusting supabase.auth.getSession()
  const { data } = await supabase.auth.getSession()
  return Response.json({ id: data.session?.user.id })
}
