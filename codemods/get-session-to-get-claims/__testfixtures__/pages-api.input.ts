import type { NextApiRequest, NextApiResponse } from 'next'
import { createClient } from '@/utils/supabase/api'

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const supabase = createClient(req, res)
  const { data: { session } } = await supabase.auth.getSession()
  if (!session) return res.status(401).json({ error: 'Not signed in' })

  const { data: profile } = await supabase.from('profiles').select().eq('id', session.user.id).single()
  res.status(200).json(profile)
}
