import { createServerClient, type CookieOptions } from '@supabase/ssr'
import { serialize } from 'cookie'
import type { GetServerSidePropsContext } from 'next'

export function createClient(context: GetServerSidePropsContext) {
  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      get(name: string) {
        return context.req.cookies[name]
      },
      set(name: string, value: string, options: CookieOptions) {
        context.res.appendHeader('Set-Cookie', serialize(name, value, options))
      },
      remove(name: string, options: CookieOptions) {
        context.res.appendHeader('Set-Cookie', serialize(name, '', options))
      },
    },
  })
}
