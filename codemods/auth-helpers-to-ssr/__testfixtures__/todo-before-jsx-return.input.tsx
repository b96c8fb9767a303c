'use client'

import { SessionContextProvider } from '@supabase/auth-helpers-react'
import { createPagesBrowserClient } from '@supabase/auth-helpers-nextjs'
import { useState, type ReactNode } from 'react'

// The marker for the provider goes above `return (`; nothing of the tree below may change.
export function Providers({ children, theme }: { children: ReactNode; theme: 'light' | 'dark' }) {
  const [client] = useState(() => createPagesBrowserClient())
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
