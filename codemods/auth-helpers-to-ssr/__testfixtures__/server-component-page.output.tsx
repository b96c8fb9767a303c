// The signed-in user's dashboard.
import { createClient } from '@/utils/supabase/server'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

export default async function Dashboard() {
  const supabase = await createClient()
  const {
    data: { user },
  } = await supabase.auth.getUser()
  if (!user) redirect('/login')

  const locale = (await headers()).get('accept-language')
  return (
    <h1>
      Hello {user.email} ({locale})
    </h1>
  )
}
