import { createServerComponentClient } from '@supabase/auth-helpers-nextjs'
import { cookies } from 'next/headers'
import type { Database } from '@/lib/database.types'

export default async function BillingPage() {
  const cookieStore = cookies()
  const supabase = createServerComponentClient<Database>({ cookies: () => cookieStore })
  const { data: invoices } = await supabase.from('invoices').select('id, total')
  return <ul>{invoices?.map((invoice) => <li key={invoice.id}>{invoice.total}</li>)}</ul>
}
