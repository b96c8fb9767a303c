import { createClient } from '@/utils/supabase/server'

export async function DELETE(request) {
  const { id } = await request.json()
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession();
  if (!session) {
    return new Response('Unauthorized', { status: 401 });
  }
  await supabase.from('notes').delete().eq('id', id).eq('owner', session.user.id);
  return new Response(null, { status: 204 });
}
