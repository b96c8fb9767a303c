import { createBrowserClient } from '@supabase/ssr'
import type { Database } from '@/types/database'

// The helpers typed these options `string | undefined`: ssr needs `string`.
export const createBrowserSupabase = () =>
  createBrowserClient<Database>(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env['NEXT_PUBLIC_SUPABASE_ANON_KEY']!)
