import Link from 'next/link'
import { createClient } from '@/utils/supabase/server'

export default async function Header() {
  const supabase = await createClient()
  const {
    data: { session },
  } = await supabase.auth.getSession()

  return (
    <header>
      {session ? <span>Signed in as {session.user.email}</span> : <Link href="/login">Sign in</Link>}
    </header>
  )
}
