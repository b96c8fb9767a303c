import { useEffect, useState } from 'react'
import { createPagesBrowserClient } from '@supabase/auth-helpers-nextjs'

// Still on the Pages Router: the billing screen loads its data in the browser.
export default function BillingPage() {
  const [plan, setPlan] = useState<string | null>(null)

  useEffect(() => {
    const supabase = createPagesBrowserClient()
    supabase.auth.getSession().then(async ({ data: { session } }) => {
      if (!session) return
      const { data } = await supabase.from('subscriptions').select('plan').eq('user_id', session.user.id).maybeSingle()
      setPlan(data?.plan ?? 'Personal')
    })
  }, [])

  return (
    <main>
      <h1>Billing</h1>
      <p>{plan ? `Current plan: ${plan}` : 'Loading…'}</p>
    </main>
  )
}
