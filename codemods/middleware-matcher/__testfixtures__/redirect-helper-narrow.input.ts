import { type NextRequest } from 'next/server'
import { updateSession } from '@/utils/supabase/middleware'

// Logged-out visitors of the account pages go to /login (in updateSession).
export async function proxy(request: NextRequest) {
  return await updateSession(request)
}

export const config = {
  matcher: ['/account/:path*'],
}
