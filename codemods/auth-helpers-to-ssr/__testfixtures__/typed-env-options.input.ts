import { createClientComponentClient } from '@supabase/auth-helpers-nextjs'
import type { Database } from '@/types/database'

// The helpers typed these options `string | undefined`: ssr needs `string`.
export const createBrowserSupabase = () =>
  createClientComponentClient<Database>({
    supabaseUrl: process.env.NEXT_PUBLIC_SUPABASE_URL,
    supabaseKey: process.env['NEXT_PUBLIC_SUPABASE_ANON_KEY'],
  })
