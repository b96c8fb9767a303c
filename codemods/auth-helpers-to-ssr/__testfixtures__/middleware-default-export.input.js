import { createMiddlewareSupabaseClient } from '@supabase/auth-helpers-nextjs'
import { NextResponse } from 'next/server'

export default async function proxy(request) {
  const response = NextResponse.next()
  const supabase = createMiddlewareSupabaseClient({ req: request, res: response })
  await supabase.auth.getUser()
  return response
}
