import { createClient } from '@/utils/supabase/server'

export async function generateStaticParams() {
  const supabase = await createClient()
  const { data } = await supabase.from('teams').select('slug')
  return (data ?? []).map((team) => ({ team: team.slug }))
}

export default async function TeamPage({ params }: { params: Promise<{ team: string }> }) {
  const { team } = await params
  return <h1>{team}</h1>
}
