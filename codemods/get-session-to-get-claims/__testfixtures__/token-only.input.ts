import { createClient } from '@/utils/supabase/server'

// Forwards the caller's token: the reports API verifies it itself.
export async function GET() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  if (!session) return new Response(null, { status: 401 })
  return fetch('https://reports.example.com/v1', {
    headers: { Authorization: `Bearer ${session.access_token}` },
  })
}
