/**
 * Copyright (c) Acme Inc. All rights reserved.
 */
import { createClient } from '@/utils/supabase/server';

export async function POST() {
  const supabase = await createClient();
  await supabase.auth.signOut();
  return new Response(null, { status: 204 });
}
