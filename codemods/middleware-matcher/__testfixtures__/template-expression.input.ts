import { type NextRequest } from 'next/server'
import { updateSession } from '@/utils/supabase/middleware'

const BASE = '/app'

export async function proxy(request: NextRequest) {
  return await updateSession(request)
}

export const config = {
  matcher: [`${BASE}/:path*`],
}
