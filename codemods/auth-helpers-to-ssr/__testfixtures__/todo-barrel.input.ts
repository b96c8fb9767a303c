export { createServerClient } from '@supabase/auth-helpers-nextjs'
export { createClientComponentClient, type Session } from '@supabase/auth-helpers-nextjs'
export * from '@supabase/auth-helpers-react'
export { type User } from '@supabase/auth-helpers-nextjs'
