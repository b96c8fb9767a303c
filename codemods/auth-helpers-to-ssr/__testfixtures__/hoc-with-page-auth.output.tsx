import { withPageAuth } from '@supabase/auth-helpers-nextjs'
import type { User } from '@supabase/supabase-js'

export default function Profile({ user }: { user: User }) {
  return <pre>{JSON.stringify(user, null, 2)}</pre>
}

// TODO(supabase-auth): `withPageAuth` was removed in auth-helpers 0.6 and has no @supabase/ssr equivalent: replace it with a server client plus an explicit `getClaims()` check and redirect in `getServerSideProps` (`createClient` from '@/utils/supabase/server-props')
export const getServerSideProps = withPageAuth({ redirectTo: '/login' })
