import { createClient } from '@/utils/supabase/server'

export default async function BillingPage() {
  const supabase = await createClient()
  const { data: invoices } = await supabase.from('invoices').select('id, total')
  return <ul>{invoices?.map((invoice) => <li key={invoice.id}>{invoice.total}</li>)}</ul>
}
