import { createClient } from '@/utils/supabase/server'

export const dynamic = 'force-dynamic'

export default async function BillingPage() {
  const supabase = await createClient()
  const { data } = await supabase.auth.getClaims()
  return <p>{data?.claims?.email}</p>
}
