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
    cookies: {
      getAll() {
        return cookieStore.getAll()
      },
      setAll(cookiesToSet) {
        try {
          cookiesToSet.forEach(({ name, value, options }) => cookieStore.set(name, value, options))
        } catch {
          // Called from a Server Component, where Next forbids writing cookies.
          // The middleware/proxy refreshes the session, so this can be ignored.
        }
      },
    },
    auth: { persistSession: false }, // keep the defaults otherwise
  })

  const { data } = await supabase.auth.getClaims()
  if (!data?.claims) redirect('/login')
  return <p>{data.claims.email}</p> /* the email claim */
}
