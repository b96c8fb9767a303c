import { createClient } from '@/utils/supabase/server'
import { loadDashboard } from '@/lib/dashboard'
import { DashboardView } from './dashboard-view'

export default async function Dashboard() {
  const supabase = await createClient()
  // TODO(supabase-auth): the session from supabase.auth.getSession() is passed on with its unverified user; verify with supabase.auth.getClaims() and pass claims.sub (or the user from supabase.auth.getUser()) instead of the session, and update the code that receives it
  const { data: { session } } = await supabase.auth.getSession()
  const dashboard = await loadDashboard(session)
  return <DashboardView data={dashboard} />
}
