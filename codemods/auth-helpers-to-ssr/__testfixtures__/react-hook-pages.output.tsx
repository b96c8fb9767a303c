import { useUser } from '@supabase/auth-helpers-react'
import { createClient } from '@/utils/supabase/client'

export default function Account() {
  // TODO(supabase-auth): `useUser` from @supabase/auth-helpers-react has no @supabase/ssr equivalent: get the user on the server with `getClaims()`/`getUser()` and pass it as props, or subscribe with `onAuthStateChange` on a `createBrowserClient` client
  const user = useUser()
  const supabase = createClient()

  return <button onClick={() => supabase.auth.signOut()}>Sign out {user?.email}</button>
}
