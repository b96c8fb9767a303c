import { createServerComponentClient as createClient } from '@supabase/auth-helpers-nextjs'
import { cookies } from 'next/headers'

export default async function Layout({ children }: { children: React.ReactNode }) {
  const supabase = createClient({ cookies })
  const { data } = await supabase.auth.getUser()
  return (
    <main>
      {data.user ? <nav>{data.user.email}</nav> : null}
      {children}
    </main>
  )
}
