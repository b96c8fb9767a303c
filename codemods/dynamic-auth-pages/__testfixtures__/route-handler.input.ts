import { NextResponse } from 'next/server';
import { createClient } from '@/utils/supabase/server';

export const revalidate = 300;

export async function GET() {
  const supabase = await createClient();
  const { data, error } = await supabase.auth.getClaims();
  if (error || !data?.claims) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const { data: todos } = await supabase.from('todos').select().eq('user_id', data.claims.sub);
  return NextResponse.json(todos);
}
