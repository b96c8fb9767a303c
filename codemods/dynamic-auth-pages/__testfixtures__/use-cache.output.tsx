import { createClient } from '@/utils/supabase/server'

async function getProjects() {
  'use cache'
  // TODO(supabase-auth): this cached scope reads the user's Supabase session, but cookies() can't be read inside 'use cache' and its entries are shared between users: read the user outside the cached function (await createClient(), then supabase.auth.getClaims()) and pass the user id in as an argument, or use 'use cache: private'
  const supabase = await createClient()
  const { data } = await supabase.from('projects').select()
  return data
}

export default async function ProjectsPage() {
  const projects = await getProjects()
  return <pre>{JSON.stringify(projects)}</pre>
}
