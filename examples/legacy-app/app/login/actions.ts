'use server'

import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { revalidatePath } from 'next/cache'
import { createServerActionClient } from '@supabase/auth-helpers-nextjs'

export async function signIn(formData: FormData) {
  const supabase = createServerActionClient({ cookies })
  const { error } = await supabase.auth.signInWithPassword({
    email: String(formData.get('email')),
    password: String(formData.get('password')),
  })

  if (error) {
    redirect(`/login?error=${encodeURIComponent(error.message)}`)
  }

  revalidatePath('/', 'layout')
  redirect('/dashboard')
}

export async function signInWithGitHub() {
  const supabase = createServerActionClient({ cookies })
  const origin = (await headers()).get('origin')
  const { data } = await supabase.auth.signInWithOAuth({
    provider: 'github',
    options: { redirectTo: `${origin}/auth/callback` },
  })

  redirect(data.url ?? '/login?error=Could%20not%20sign%20in%20with%20GitHub')
}

export async function signOut() {
  const supabase = createServerActionClient({ cookies })
  await supabase.auth.signOut()

  revalidatePath('/', 'layout')
  redirect('/login')
}
