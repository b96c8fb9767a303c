import { createClient } from '@supabase/supabase-js'

// Service-role client: bypasses Row Level Security. Only for trusted server code (cron jobs, webhooks),
// never in a client component.
export function createAdminClient() {
  return createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!, {
    auth: { persistSession: false, autoRefreshToken: false },
  })
}
