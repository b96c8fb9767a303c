import { createClient } from '@/utils/supabase/client'
import type { Session } from '@supabase/supabase-js'
import { SessionContextProvider } from '@supabase/auth-helpers-react'
import type { AppProps } from 'next/app'
import { useState } from 'react'

export default function App({ Component, pageProps }: AppProps<{ initialSession: Session }>) {
  const [supabaseClient] = useState(() => createClient())

  // TODO(supabase-auth): `SessionContextProvider` from @supabase/auth-helpers-react has no @supabase/ssr equivalent: remove the provider; create the browser client with `createBrowserClient` where needed, or pass the server-verified user down as props
  return (
    <SessionContextProvider supabaseClient={supabaseClient} initialSession={pageProps.initialSession}>
      <Component {...pageProps} />
    </SessionContextProvider>
  )
}
