/**
 * Copyright (c) Acme Inc. All rights reserved.
 */
import { createRouteHandlerClient } from '@supabase/auth-helpers-nextjs';
import { cookies } from 'next/headers';

export async function POST() {
  const supabase = createRouteHandlerClient({ cookies });
  await supabase.auth.signOut();
  return new Response(null, { status: 204 });
}
