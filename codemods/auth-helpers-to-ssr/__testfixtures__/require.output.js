// TODO(supabase-auth): `require('@supabase/auth-helpers-nextjs')`: import the names you use with a static `import { … } from '@supabase/auth-helpers-nextjs'` and run this codemod again, or move to @supabase/ssr by hand
const { createPagesServerClient } = require('@supabase/auth-helpers-nextjs')

module.exports = async function handler(req, res) {
  const supabase = createPagesServerClient({ req, res })
  const { data } = await supabase.auth.getUser()
  res.json(data)
}
