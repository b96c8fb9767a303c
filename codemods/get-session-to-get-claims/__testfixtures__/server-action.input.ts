'use server'

import { revalidatePath } from 'next/cache'
import { createClient } from '@/utils/supabase/server'

export async function addTodo(formData: FormData) {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  if (!session) throw new Error('Not signed in')

  await supabase.from('todos').insert({ title: String(formData.get('title')), user_id: session.user.id })
  revalidatePath('/todos')
}
