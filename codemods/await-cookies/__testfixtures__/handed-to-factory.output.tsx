import { cookies } from 'next/headers'
import { createClient } from '@/utils/supabase/server'

export default async function Page() {
  const cookieStore = await cookies()
  const supabase = createClient(cookieStore)
  const { data } = await supabase.from('notes').select()
  return <pre>{JSON.stringify(data)}</pre>
}
