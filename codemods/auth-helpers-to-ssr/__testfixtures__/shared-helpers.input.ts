// A browser helper on the 0.4-era shared package, and a shim name from 0.15 next to it.
import { createBrowserSupabaseClient, parseCookieHeader } from '@supabase/auth-helpers-shared'

export const createSupabaseClient = () =>
  createBrowserSupabaseClient({ supabaseUrl: process.env.NEXT_PUBLIC_SUPABASE_URL!, supabaseKey: process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY! })

export const readCookies = (header: string) => parseCookieHeader(header)
