'use client'

// TODO(supabase-auth): `SessionContextProvider` from @supabase/auth-helpers-react has no @supabase/ssr equivalent: remove the provider; create the browser client with `createBrowserClient` where needed, or pass the server-verified user down as props
import { useSession, SessionContextProvider } from '@supabase/auth-helpers-react'
import { createClient } from '@/utils/supabase/client'

export function Account() {
  // TODO(supabase-auth): `useSession` from @supabase/auth-helpers-react has no @supabase/ssr equivalent: read the session with `createBrowserClient(...)` + `supabase.auth.onAuthStateChange` in your own hook, or pass the user from a Server Component
  const session = useSession()
  const supabase = createClient()

  if (!session) return <button onClick={() => supabase.auth.signInWithOAuth({ provider: 'github' })}>Sign in</button>
  return <p>{session.user.email}</p>
}
