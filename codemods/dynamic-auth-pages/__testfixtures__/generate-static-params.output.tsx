import { notFound } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const supabase = await createClient()
  const { data: order } = await supabase.from('orders').select().eq('id', id).single()
  if (!order) notFound()
  return <p>Total: {order.total}</p>
}
