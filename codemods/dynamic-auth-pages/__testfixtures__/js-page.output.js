import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function OrdersPage() {
  const supabase = await createClient()
  const { data } = await supabase.auth.getUser()
  if (!data.user) redirect('/login')
  const { data: orders } = await supabase.from('orders').select()
  return <ul>{orders.map((o) => <li key={o.id}>{o.total}</li>)}</ul>
}
