// Account area: every page below needs a signed-in user.
import type { ReactNode } from 'react'
import { createClient } from '@/utils/supabase/server'

/**
 * Refresh the account data every minute.
 */
export const revalidate = 60

async function requireClaims() {
  const supabase = await createClient()
  const { data } = await supabase.auth.getClaims()
  return data?.claims
}

export default async function AccountLayout({ children }: { children: ReactNode }) {
  const claims = await requireClaims()
  return (
    <>
      <nav>{claims?.email}</nav>
      {children}
    </>
  )
}
