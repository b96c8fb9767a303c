'use client'

import { SessionContextProvider } from '@supabase/auth-helpers-react'
import { createClient } from '@/utils/supabase/client'
import { useState, type ReactNode } from 'react'

// The marker for the provider goes above `return (`; nothing of the tree below may change.
export function Providers({ children, theme }: { children: ReactNode; theme: 'light' | 'dark' }) {
  const [client] = useState(() => createClient())
  // TODO(supabase-auth): `SessionContextProvider` from @supabase/auth-helpers-react has no @supabase/ssr equivalent: remove the provider; create the browser client with `createBrowserClient` where needed, or pass the server-verified user down as props
  return (
    <SessionContextProvider supabaseClient={client}>
      <div
        className={`app  ${theme === 'dark' ? 'bg-black   text-white' : 'bg-white'}
          min-h-screen`}
        data-theme={theme}
      >
        {/* header */}
        <header  className="p-4">
          <h1>Members</h1>
        </header>
        <main>
          {children}
        </main>
        <footer>
          {`© ${new Date().getFullYear()}   Acme`}
        </footer>
      </div>
    </SessionContextProvider>
  )
}
