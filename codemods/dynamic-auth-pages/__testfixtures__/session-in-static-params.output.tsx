import { createClient } from '@/utils/supabase/server'

export async function generateStaticParams() {
  // TODO(supabase-auth): generateStaticParams runs at build time without a request, so reading the session here fails `next build`: list the params with a client that needs no cookies (createClient from @supabase/supabase-js with the publishable key)
  const supabase = await createClient()
  const { data } = await supabase.from('teams').select('slug')
  return (data ?? []).map((team) => ({ team: team.slug }))
}

export default async function TeamPage({ params }: { params: Promise<{ team: string }> }) {
  const { team } = await params
  return <h1>{team}</h1>
}
