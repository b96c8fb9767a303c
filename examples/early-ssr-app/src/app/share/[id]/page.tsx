import { createClient } from '@supabase/supabase-js'

// Public, shared notes: no session, an anonymous client, and outside the middleware's matcher on purpose.
export default async function SharedNote({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!)
  const { data: note } = await supabase.from('notes').select('title, body').eq('id', id).eq('shared', true).maybeSingle()
  if (!note) return <p>Not found</p>
  return (
    <article>
      <h1>{note.title}</h1>
      <p>{note.body}</p>
    </article>
  )
}
