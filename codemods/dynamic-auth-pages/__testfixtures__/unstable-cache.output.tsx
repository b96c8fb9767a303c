import { unstable_cache } from 'next/cache'
import { createClient } from '@/utils/supabase/server'

export default async function NotesPage() {
  const supabase = await createClient()
  const getNotes = unstable_cache(
    async () => {
      // TODO(supabase-auth): unstable_cache() keys its entry on its arguments only (not on cookies or closed-over variables), so this caches one user's data for everyone: read the user outside it (await createClient(), then supabase.auth.getClaims()) and pass the user id in as an argument, or do not cache user-specific data
      const { data } = await supabase.from('notes').select()
      return data
    },
    ['notes'],
    { revalidate: 60 },
  )
  const notes = await getNotes()
  return <pre>{JSON.stringify(notes)}</pre>
}
