import type { NextRequest } from 'next/server'
import { updateSession } from './utils/supabase/middleware'
export { config } from './middleware/config'

export default async function middleware(request: NextRequest) {
  return updateSession(request)
}
