import { type NextRequest } from 'next/server'
import { updateSession } from '@/utils/supabase/middleware'
import { PROTECTED_ROUTES } from './routes'

export async function proxy(request: NextRequest) {
  return await updateSession(request)
}

export const config = {
  matcher: PROTECTED_ROUTES,
}
