import { notFound } from 'next/navigation'
import { createClient as createPublicClient } from '@supabase/supabase-js'
import { createClient } from '@/utils/supabase/server'

/** Prerender every order page at build time. */
export async function generateStaticParams() {
  const supabase = createPublicClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!)
  const { data } = await supabase.from('orders').select('id')
  return (data ?? []).map((order) => ({ id: String(order.id) }))
}

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const supabase = await createClient()
  const { data: order } = await supabase.from('orders').select().eq('id', id).single()
  if (!order) notFound()
  return <p>Total: {order.total}</p>
}
