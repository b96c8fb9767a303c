import { createServerComponentSupabaseClient } from '@supabase/auth-helpers-nextjs'
import { cookies, headers } from 'next/headers'

export const revalidate = 0

export default async function Posts() {
  const supabase = createServerComponentSupabaseClient({ headers, cookies })
  const { data: posts } = await supabase.from('posts').select('*')
  return <pre>{JSON.stringify(posts, null, 2)}</pre>
}
