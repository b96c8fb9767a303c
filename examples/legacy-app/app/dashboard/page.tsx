import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { createServerComponentClient } from '@supabase/auth-helpers-nextjs'

export default async function DashboardPage() {
  const supabase = createServerComponentClient({ cookies })
  const {
    data: { session },
  } = await supabase.auth.getSession()

  if (!session) {
    redirect('/login')
  }

  // Only the signed-in user's notes.
  const { data: notes } = await supabase
    .from('notes')
    .select('id, title')
    .eq('user_id', session.user.id)
    .order('created_at', { ascending: false })

  return (
    <section>
      <h1>Your notes</h1>
      <ul>
        {notes?.map((note) => (
          <li key={note.id}>{note.title}</li>
        ))}
      </ul>
    </section>
  )
}
