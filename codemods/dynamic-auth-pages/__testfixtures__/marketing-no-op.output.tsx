import { createClient } from '@supabase/supabase-js'

// Public data only: cached for an hour.
export const revalidate = 3600

export default async function Blog() {
  const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!)
  const { data } = await supabase.from('posts').select()
  return <ul>{data?.map((post) => <li key={post.id}>{post.title}</li>)}</ul>
}
