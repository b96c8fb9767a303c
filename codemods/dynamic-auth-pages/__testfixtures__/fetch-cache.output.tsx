import { createClient } from '@/utils/supabase/server'

// Segment config
export const runtime = 'nodejs'

export default async function InvoicesPage() {
  const supabase = await createClient()
  const { data: invoices } = await supabase.from('invoices').select()
  return <pre>{JSON.stringify(invoices, null, 2)}</pre>
}
