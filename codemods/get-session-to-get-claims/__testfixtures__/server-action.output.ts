'use server'

import { revalidatePath } from 'next/cache'
import { createClient } from '@/utils/supabase/server'

export async function addTodo(formData: FormData) {
  const supabase = await createClient()
  const { data } = await supabase.auth.getClaims()
  const claims = data?.claims
  if (!claims) throw new Error('Not signed in')

  await supabase.from('todos').insert({ title: String(formData.get('title')), user_id: claims.sub })
  revalidatePath('/todos')
}
