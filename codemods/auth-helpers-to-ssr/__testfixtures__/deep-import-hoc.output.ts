import { withMiddlewareAuth } from '@supabase/auth-helpers-nextjs/dist/middleware'

// TODO(supabase-auth): `withMiddlewareAuth` was removed in auth-helpers 0.6 and has no @supabase/ssr equivalent: replace it with the `updateSession(request)` middleware pattern with a `getClaims()` check (`updateSession` from '@/utils/supabase/middleware')
export const middleware = withMiddlewareAuth({
  redirectTo: '/login',
  authGuard: {
    isPermitted: async (user) => user.email?.endsWith('@example.com') ?? false,
    redirectTo: '/insufficient-permissions',
  },
})

export const config = { matcher: ['/admin/:path*'] }
