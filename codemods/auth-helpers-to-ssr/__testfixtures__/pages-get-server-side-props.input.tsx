import { createPagesServerClient, type User } from '@supabase/auth-helpers-nextjs'
import type { GetServerSidePropsContext } from 'next'

export default function Account({ user }: { user: User }) {
  return <p>Signed in as {user.email}</p>
}

export const getServerSideProps = async (ctx: GetServerSidePropsContext) => {
  const supabase = createPagesServerClient(ctx)
  const {
    data: { session },
  } = await supabase.auth.getSession()

  if (!session) {
    return { redirect: { destination: '/login', permanent: false } }
  }

  return { props: { user: session.user } }
}
