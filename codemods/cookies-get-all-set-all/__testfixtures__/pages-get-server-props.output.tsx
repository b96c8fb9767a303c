import { createServerClient, serializeCookieHeader } from '@supabase/ssr'
import type { GetServerSideProps } from 'next'

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      getAll() {
        return Object.keys(req.cookies).map((name) => ({ name, value: req.cookies[name] || '' }))
      },
      setAll(cookiesToSet) {
        res.setHeader(
          'Set-Cookie',
          cookiesToSet.map(({ name, value, options }) => serializeCookieHeader(name, value, options)),
        )
      },
    },
  })
  const { data } = await supabase.auth.getClaims()
  if (!data?.claims) return { redirect: { destination: '/login', permanent: false } }
  return { props: { email: data.claims.email ?? null } }
}

export default function Account({ email }: { email: string | null }) {
  return <p>{email}</p>
}
