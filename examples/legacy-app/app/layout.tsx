import type { Metadata } from 'next'
import Link from 'next/link'
import { cookies } from 'next/headers'
import { createServerComponentClient } from '@supabase/auth-helpers-nextjs'
import UserMenu from './components/user-menu'

export const metadata: Metadata = {
  title: 'Acme Notes',
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const supabase = createServerComponentClient({ cookies })
  const {
    data: { session },
  } = await supabase.auth.getSession()

  return (
    <html lang="en">
      <body>
        <header>
          <Link href="/">Acme Notes</Link> <Link href="/pricing">Pricing</Link>{' '}
          {session ? (
            <>
              <span>{session.user.email}</span>
              <UserMenu />
            </>
          ) : (
            <Link href="/login">Sign in</Link>
          )}
        </header>
        <main>{children}</main>
      </body>
    </html>
  )
}
