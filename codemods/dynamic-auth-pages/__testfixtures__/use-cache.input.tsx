import { createClient } from '@/utils/supabase/server'

async function getProjects() {
  'use cache'
  const supabase = await createClient()
  const { data } = await supabase.from('projects').select()
  return data
}

export default async function ProjectsPage() {
  const projects = await getProjects()
  return <pre>{JSON.stringify(projects)}</pre>
}
