import type { NextRequest } from 'next/server'
import { updateSession } from '../utils/supabase/middleware'
export { config } from './config'

export default async function middleware(request: NextRequest) {
  return updateSession(request)
}
