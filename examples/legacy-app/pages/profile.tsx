import type { GetServerSidePropsContext } from 'next'
import { createPagesServerClient, type User } from '@supabase/auth-helpers-nextjs'

export default function ProfilePage({ user }: { user: User }) {
  return (
    <main>
      <h1>Profile</h1>
      <p>Signed in as {user.email}</p>
    </main>
  )
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
