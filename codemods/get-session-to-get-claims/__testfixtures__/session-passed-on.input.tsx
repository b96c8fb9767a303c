import { createClient } from '@/utils/supabase/server'
import { loadDashboard } from '@/lib/dashboard'
import { DashboardView } from './dashboard-view'

export default async function Dashboard() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  const dashboard = await loadDashboard(session)
  return <DashboardView data={dashboard} />
}
