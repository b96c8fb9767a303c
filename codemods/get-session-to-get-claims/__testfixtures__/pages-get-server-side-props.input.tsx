import type { GetServerSidePropsContext } from 'next'
import { createClient } from '@/utils/supabase/server-props'

export default function Account({ email }: { email: string }) {
  return <p>Signed in as {email}</p>
}

export async function getServerSideProps(ctx: GetServerSidePropsContext) {
  const supabase = createClient(ctx)
  const { data: { session } } = await supabase.auth.getSession()
  if (!session) {
    return { redirect: { destination: '/login', permanent: false } }
  }
  return { props: { email: session.user.email ?? '' } }
}
