import { type NextRequest } from 'next/server'
import { updateSession } from '../utils/supabase/proxy'

// TODO(supabase-auth): Next.js 16.0.0 never runs this file: it only looks for `src/proxy.ts` (the app lives in `src/`, so its entry file does too), so this proxy never refreshes the Supabase session and users are logged out at random. Move it to `src/proxy.ts`. Not moved automatically: a proxy may not set `runtime` (Next fails the build: "Route segment config is not allowed in Proxy file"; it always runs on Node.js): remove it, then move the file.
export async function proxy(request: NextRequest) {
  return await updateSession(request)
}

export const config = {
  runtime: 'experimental-edge',
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
