import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { currentUser } from '@/lib/current-user'
import { createClient } from '@/utils/supabase/server'

export default async function Dashboard() {
  const supabase = createClient({ cookieStore: await cookies() })
  const user = await currentUser(supabase)
  if (!user) redirect('/login')

  const { data: notes } = await supabase.from('notes').select('id, title').eq('owner', user.id)
  return (
    <ul>
      {(notes ?? []).map((note) => (
        <li key={note.id}>{note.title}</li>
      ))}
    </ul>
  )
}
