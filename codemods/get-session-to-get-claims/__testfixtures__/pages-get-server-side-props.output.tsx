import type { GetServerSidePropsContext } from 'next'
import { createClient } from '@/utils/supabase/server-props'

export default function Account({ email }: { email: string }) {
  return <p>Signed in as {email}</p>
}

export async function getServerSideProps(ctx: GetServerSidePropsContext) {
  const supabase = createClient(ctx)
  const { data } = await supabase.auth.getClaims()
  const claims = data?.claims
  if (!claims) {
    return { redirect: { destination: '/login', permanent: false } }
  }
  return { props: { email: claims.email ?? '' } }
}
