import { createClient } from '@supabase/supabase-js'

export async function GET() {
  const admin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY!)
  return Response.json(await admin.from('users').select())
}
