import { createServerComponentClient } from '@supabase/auth-helpers-nextjs';
import { cookies } from 'next/headers';
import { Notes } from './notes';

// Lists the notes of the signed-in user.
export default function NotesPage() {
  const cookieStore = cookies();
  const supabase = createServerComponentClient({ cookies: () => cookieStore });
  const notes = supabase.from('notes').select('id, title');
  return <Notes notes={notes} />;
}
