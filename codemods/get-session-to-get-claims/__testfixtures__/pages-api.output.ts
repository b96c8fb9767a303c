import type { NextApiRequest, NextApiResponse } from 'next'
import { createClient } from '@/utils/supabase/api'

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const supabase = createClient(req, res)
  const { data } = await supabase.auth.getClaims()
  const claims = data?.claims
  if (!claims) return res.status(401).json({ error: 'Not signed in' })

  const { data: profile } = await supabase.from('profiles').select().eq('id', claims.sub).single()
  res.status(200).json(profile)
}
