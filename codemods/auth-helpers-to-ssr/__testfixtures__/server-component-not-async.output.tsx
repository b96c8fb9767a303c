import { createClient } from '@/utils/supabase/server';
import { Notes } from './notes';

// Lists the notes of the signed-in user.
export default async function NotesPage() {
  const supabase = await createClient();
  const notes = supabase.from('notes').select('id, title');
  return <Notes notes={notes} />;
}
