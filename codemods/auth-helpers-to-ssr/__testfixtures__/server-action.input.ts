'use server'

import { createServerActionClient } from '@supabase/auth-helpers-nextjs'
import { cookies } from 'next/headers'
import { revalidatePath } from 'next/cache'

function supabase() {
  return createServerActionClient({ cookies })
}

export async function addTodo(formData: FormData) {
  const title = String(formData.get('title'))
  await supabase().from('todos').insert({ title })
  revalidatePath('/')
}

export const deleteTodo = (id: number) => {
  const client = supabase()
  return client.from('todos').delete().eq('id', id)
}
