import { createClient } from '@/utils/supabase/server'

export async function DELETE(request) {
  const { id } = await request.json()
  const supabase = await createClient()
  const { data } = await supabase.auth.getClaims();
  const claims = data?.claims;
  if (!claims) {
    return new Response('Unauthorized', { status: 401 });
  }
  await supabase.from('notes').delete().eq('id', id).eq('owner', claims.sub);
  return new Response(null, { status: 204 });
}
