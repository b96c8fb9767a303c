import {
  createServerClient,
  serialize,
  type CookieOptions,
} from '@supabase/ssr'
import type { NextApiRequest, NextApiResponse } from 'next'

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      get: (name: string) => req.cookies[name],
      set: (name: string, value: string, options: CookieOptions) => {
        res.setHeader('Set-Cookie', serialize(name, value, options))
      },
      remove: (name: string, options: CookieOptions) => {
        res.setHeader('Set-Cookie', serialize(name, '', options))
      },
    },
  })

  const { data } = await supabase.auth.getClaims()
  res.status(200).json({ sub: data?.claims?.sub ?? null })
}
