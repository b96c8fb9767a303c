import { type NextRequest } from 'next/server'
import { updateSession } from '@/utils/supabase/middleware'

// Ignored by Next: this app lives in src/, so the entry must be src/middleware.ts.
export async function middleware(request: NextRequest) {
  return await updateSession(request)
}
