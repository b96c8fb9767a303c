import { useSupabaseClient } from '@supabase/auth-helpers-react'

export function SignOut() {
  // TODO(supabase-auth): `useSupabaseClient` from @supabase/auth-helpers-react: call `createClient()` from '@/utils/supabase/client' instead if this code runs in the browser; on the server, create the client with `await createClient()` from '@/utils/supabase/server' in the server code that needs it
  const supabase = useSupabaseClient()
  return <button onClick={() => supabase.auth.signOut()}>Sign out</button>
}
