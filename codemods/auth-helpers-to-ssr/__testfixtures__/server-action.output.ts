'use server'

import { createClient } from '@/utils/supabase/server'
import { revalidatePath } from 'next/cache'

async function supabase() {
  return await createClient()
}

export async function addTodo(formData: FormData) {
  const title = String(formData.get('title'))
  await (await supabase()).from('todos').insert({ title })
  revalidatePath('/')
}

export const deleteTodo = async (id: number) => {
  const client = await supabase()
  return client.from('todos').delete().eq('id', id)
}
