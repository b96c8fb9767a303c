import { createClient } from '@/utils/supabase/server-props'
import type { User } from '@supabase/supabase-js'
import type { GetServerSidePropsContext } from 'next'

export default function Account({ user }: { user: User }) {
  return <p>Signed in as {user.email}</p>
}

export const getServerSideProps = async (ctx: GetServerSidePropsContext) => {
  const supabase = createClient(ctx)
  const {
    data: { session },
  } = await supabase.auth.getSession()

  if (!session) {
    return { redirect: { destination: '/login', permanent: false } }
  }

  return { props: { user: session.user } }
}
