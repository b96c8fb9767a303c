import { type NextRequest } from 'next/server'
import { updateSession } from '@/utils/supabase/middleware'

const PROTECTED = ['/dashboard/:path*', '/account/:path*']

export async function proxy(request: NextRequest) {
  return await updateSession(request)
}

export const config = {
  matcher: [...PROTECTED, '/settings'],
}
