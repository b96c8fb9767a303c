/**
 * Account page: reads the signed-in user on the server.
 */
import { createServerClient } from '@supabase/ssr'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'

export default async function AccountPage() {
  const cookieStore = await cookies() // request-scoped

  // read-only client: Server Components cannot write cookies anyway
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: { get: (name) => cookieStore.get(name)?.value },
    auth: { persistSession: false }, // keep the defaults otherwise
  })

  const { data } = await supabase.auth.getClaims()
  if (!data?.claims) redirect('/login')
  return <p>{data.claims.email}</p> /* the email claim */
}
