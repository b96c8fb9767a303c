export { createServerClient } from '@supabase/ssr'
// TODO(supabase-auth): re-export from @supabase/auth-helpers-nextjs: re-export your own factories (or @supabase/ssr names) instead
export { createClientComponentClient, type Session } from '@supabase/auth-helpers-nextjs'
// TODO(supabase-auth): `export * from '@supabase/auth-helpers-react'`: re-export the @supabase/ssr names you need instead
export * from '@supabase/auth-helpers-react'
export type { User } from '@supabase/supabase-js'
