import { createClient } from '@/utils/supabase/server'

export default async function Layout({ children }: { children: React.ReactNode }) {
  const supabase = await createClient()
  const { data } = await supabase.auth.getUser()
  return (
    <main>
      {data.user ? <nav>{data.user.email}</nav> : null}
      {children}
    </main>
  )
}
