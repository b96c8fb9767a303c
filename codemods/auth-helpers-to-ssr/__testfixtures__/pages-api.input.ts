import type { NextApiRequest, NextApiResponse } from 'next'
import { createPagesServerClient } from '@supabase/auth-helpers-nextjs'

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const supabase = createPagesServerClient({ req, res })
  const { data, error } = await supabase.auth.getUser()
  if (error) return res.status(401).json({ error: error.message })
  res.status(200).json({ id: data.user.id })
}
