// A browser helper on the 0.4-era shared package, and a shim name from 0.15 next to it.
// TODO(supabase-auth): `createBrowserSupabaseClient` from @supabase/auth-helpers-shared has no mechanical @supabase/ssr replacement: rewrite it with `@supabase/ssr` (`createServerClient`/`createBrowserClient` with `getAll`/`setAll` cookies)
import { createBrowserSupabaseClient } from '@supabase/auth-helpers-shared'
import { parseCookieHeader } from '@supabase/ssr'

export const createSupabaseClient = () =>
  createBrowserSupabaseClient({ supabaseUrl: process.env.NEXT_PUBLIC_SUPABASE_URL!, supabaseKey: process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY! })

export const readCookies = (header: string) => parseCookieHeader(header)
