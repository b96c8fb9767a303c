import { type NextRequest } from 'next/server'
import { updateSession } from '@/lib/supabase/proxy'

export async function proxy(request: NextRequest) {
  return await updateSession(request)
}

// Next's own example: skips API routes, static files and images.
export const config = {
  matcher: ['/((?!api|_next/static|_next/image|favicon.ico).*)'],
} satisfies { matcher: string[] }
