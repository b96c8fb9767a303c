const { createPagesServerClient } = require('@supabase/auth-helpers-nextjs')

module.exports = async function handler(req, res) {
  const supabase = createPagesServerClient({ req, res })
  const { data } = await supabase.auth.getUser()
  res.json(data)
}
