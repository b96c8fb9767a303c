import { unstable_cache } from 'next/cache'
import { createClient } from '@/utils/supabase/server'

export default async function NotesPage() {
  const supabase = await createClient()
  const getNotes = unstable_cache(
    async () => {
      const { data } = await supabase.from('notes').select()
      return data
    },
    ['notes'],
    { revalidate: 60 },
  )
  const notes = await getNotes()
  return <pre>{JSON.stringify(notes)}</pre>
}
