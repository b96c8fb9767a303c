import { createServerClient } from '@supabase/ssr'

export async function GET() {
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY)
  const { data } = await supabase.from('todos').select()
  return Response.json(data)
}
