import { createServerClient } from '@supabase/ssr'

export async function GET() {
  // TODO(supabase-auth): `createServerClient()` has no `cookies` option, so it throws when it runs: pass `cookies: { getAll, setAll }` with `getAll()` (every cookie of the request) and `setAll(cookiesToSet)` (write each `{ name, value, options }` to the response)
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY)
  const { data } = await supabase.from('todos').select()
  return Response.json(data)
}
