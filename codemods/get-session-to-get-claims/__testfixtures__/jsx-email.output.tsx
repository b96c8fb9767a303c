import Link from 'next/link'
import { createClient } from '@/utils/supabase/server'

export default async function Header() {
  const supabase = await createClient()
  const {
    data,
  } = await supabase.auth.getClaims()
  const claims = data?.claims

  return (
    <header>
      {claims ? <span>Signed in as {claims.email}</span> : <Link href="/login">Sign in</Link>}
    </header>
  )
}
