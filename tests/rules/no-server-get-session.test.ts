// Cases for no-server-get-session. Most filenames are relative (not on disk): wrapper imports such as
// `@/utils/supabase/server` are classified by the naming convention, and the module role comes from the path.
// The cases on `fixtureApp` lint files of a real app tree, whose own factories (`lib/db.ts`, `lib/browser.ts`)
// are read from disk through tsconfig `paths` and relative imports.
import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { espreeOptions } from '../rule-tester.ts';
import rule from '../../rules/no-server-get-session.ts';

const ruleTester = new RuleTester();

const fixtureApp = path.join(import.meta.dirname, '../fixtures/no-server-get-session/app');

ruleTester.run('no-server-get-session', rule, {
  valid: [
    {
      name: 'a helper that takes the client as a SupabaseClient parameter, in a client module',
      filename: 'lib/current-user.ts',
      code: `'use client'
import type { SupabaseClient } from '@supabase/supabase-js'

export async function currentUser(supabase: SupabaseClient) {
  const { data: { session } } = await supabase.auth.getSession()
  return session?.user ?? null
}
`,
    },
    {
      name: 'a parameter typed SupabaseClient that is the app\'s own type, not supabase-js\'s',
      filename: 'lib/current-user.ts',
      code: `import 'server-only'
import type { SupabaseClient } from './types'

export async function currentUser(supabase: SupabaseClient) {
  const { data: { session } } = await supabase.auth.getSession()
  return session?.user ?? null
}
`,
    },
    {
      name: 'an untyped client parameter (JS): nothing says which client it is',
      filename: 'lib/current-user.js',
      languageOptions: espreeOptions,
      code: `import 'server-only'

export async function currentUser(supabase) {
  const { data: { session } } = await supabase.auth.getSession()
  return session?.user ?? null
}
`,
    },
    {
      name: 'a \'use client\' component may read session.user from its own browser storage',
      filename: 'app/dashboard/client-nav.tsx',
      code: `'use client'
import { useEffect, useState } from 'react'
import { createClient } from '@/utils/supabase/server'

export function Nav() {
  const [email, setEmail] = useState<string>()
  const supabase = createClient()
  supabase.auth.getSession().then(({ data: { session } }) => setEmail(session?.user.email))
  return <span>{email}</span>
}
`,
    },
    {
      name: 'a useEffect callback in a Pages Router page runs in the browser',
      filename: 'pages/account.tsx',
      code: `import { useEffect } from 'react'
import { createClient } from '@/utils/supabase/server'

export default function Account() {
  useEffect(() => {
    const supabase = createClient()
    supabase.auth.getSession().then(({ data: { session } }) => {
      if (!session) window.location.href = '/login'
      console.info(session?.user.id)
    })
  }, [])
  return null
}
`,
    },
    {
      name: 'an onClick handler in a Pages Router page runs in the browser',
      filename: 'pages/settings.tsx',
      code: `import { createClient } from '@/utils/supabase/server'

export default function Settings() {
  return (
    <button
      onClick={async () => {
        const { data: { session } } = await createClient().auth.getSession()
        alert(session?.user.email)
      }}
    >
      Who am I?
    </button>
  )
}
`,
    },
    {
      name: 'a module without directives may be imported by client code too, so it is not provably server',
      filename: 'utils/session.ts',
      code: `import { createClient } from '@/utils/supabase/server'

export async function currentUserId() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  return session?.user.id
}
`,
    },
    {
      name: 'a createBrowserClient client is not a cookie-bound server client',
      filename: 'app/page.tsx',
      code: `import { createBrowserClient } from '@supabase/ssr'

export default async function Page() {
  const supabase = createBrowserClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!)
  const { data: { session } } = await supabase.auth.getSession()
  return <p>{session?.user.email}</p>
}
`,
    },
    {
      name: 'forwarding the access token is the documented use of getSession()',
      filename: 'app/api/proxy/route.ts',
      code: `import { createClient } from '@/utils/supabase/server'

export async function GET() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  if (!session) return new Response(null, { status: 401 })
  return fetch('https://api.example.com/reports', {
    headers: { Authorization: \`Bearer \${session.access_token}\` },
  })
}
`,
    },
    {
      name: 'a null check that only guards a token read is fine',
      filename: 'app/reports/page.tsx',
      code: `import { createClient } from '@/utils/supabase/server'

export default async function Reports() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  let reports = []
  if (session) {
    const res = await fetch('https://api.example.com/reports', { headers: { Authorization: \`Bearer \${session.access_token}\` } })
    reports = await res.json()
  }
  return <pre>{JSON.stringify(reports)}</pre>
}
`,
    },
    {
      name: 'getUser() verifies first; getSession() afterwards only supplies the token',
      filename: 'app/dashboard/page.tsx',
      code: `import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Dashboard() {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) redirect('/login')
  const { data: { session } } = await supabase.auth.getSession()
  if (!session) redirect('/login')
  return <Client userId={user.id} />
}
`,
    },
    {
      name: 'an unrelated store.getSession() is not a Supabase client',
      filename: 'app/dashboard/page.tsx',
      code: `import { createClient } from '@/utils/supabase/server'
import { store } from '@/lib/store'

export default async function Page() {
  const session = await store.getSession()
  if (!session) return null
  return <p>{session.user.name}</p>
}
`,
    },
    {
      name: 'next-auth\'s getSession() is not Supabase',
      filename: 'pages/api/me.ts',
      code: `import { getSession } from 'next-auth/react'
import { createClient } from '@/utils/supabase/server'

export default async function handler(req, res) {
  const session = await getSession({ req })
  if (!session) return res.status(401).end()
  res.json({ user: session.user })
}
`,
    },
    {
      name: 'a supabase-js createClient service client carries no cookie session',
      filename: 'app/api/cron/route.ts',
      code: `import { createClient } from '@supabase/supabase-js'

export async function GET() {
  const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!)
  const { data: { session } } = await supabase.auth.getSession()
  return Response.json({ user: session?.user ?? null })
}
`,
    },
    {
      name: 'getStaticProps runs at build time without a request, so it is not flagged',
      filename: 'pages/blog.tsx',
      code: `import { createClient } from '@/utils/supabase/server'

export async function getStaticProps() {
  const supabase = createClient()
  const { data: { session } } = await supabase.auth.getSession()
  return { props: { session } }
}
`,
    },
    {
      name: 'a refresh-only call outside middleware stays quiet',
      filename: 'app/layout.tsx',
      code: `import { createClient } from '@/utils/supabase/server'

export default async function RootLayout({ children }) {
  const supabase = await createClient()
  await supabase.auth.getSession()
  return <html><body>{children}</body></html>
}
`,
    },
    {
      name: 'the @/utils/supabase/client wrapper is a browser client',
      filename: 'app/profile/page.tsx',
      code: `import { createClient } from '@/utils/supabase/client'

export default async function Profile() {
  const supabase = createClient()
  const { data: { session } } = await supabase.auth.getSession()
  return <p>{session?.user.email}</p>
}
`,
    },
    {
      name: 'a supabase parameter of unknown origin and this.auth are not known clients',
      filename: 'app/profile/page.tsx',
      code: `import { createClient } from '@/utils/supabase/server'

class Auth {
  async userId() {
    const { data: { session } } = await this.auth.getSession()
    return session?.user.id
  }
}

export default async function Profile({ supabase }) {
  const { data: { session } } = await supabase.auth.getSession()
  return <p>{session?.user.email}</p>
}
`,
    },
    {
      name: 'getClaims() in the same function verifies, so a session null check is not the access decision',
      filename: 'app/dashboard/page.tsx',
      code: `import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Page() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  if (!session) redirect('/login')
  const { data, error } = await supabase.auth.getClaims()
  if (error || !data?.claims) redirect('/login')
  return <p>{data.claims.email}</p>
}
`,
    },
    {
      name: 'the updateSession helper module is not itself a middleware entry file',
      filename: 'utils/supabase/middleware.ts',
      code: `import { createServerClient } from '@supabase/ssr'

export async function updateSession(request) {
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY, { cookies: {} })
  await supabase.auth.getSession()
}
`,
    },
    {
      name: 'a middleware reading only the token stays quiet',
      filename: 'middleware.ts',
      code: `import { NextResponse } from 'next/server'
import { createServerClient } from '@supabase/ssr'

export async function middleware(request) {
  const response = NextResponse.next({ request })
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY, { cookies: {} })
  const { data: { session } } = await supabase.auth.getSession()
  response.headers.set('x-token-expires', String(session?.expires_at ?? ''))
  return response
}
`,
    },
    {
      name: 'JS: a \'use client\' module parsed by espree',
      filename: 'app/dashboard/nav.jsx',
      languageOptions: espreeOptions,
      code: `'use client'
import { createClient } from '@/utils/supabase/client'

export default function Nav() {
  const supabase = createClient()
  supabase.auth.getSession().then(({ data: { session } }) => console.log(session?.user.email))
  return null
}
`,
    },
    {
      name: 'JS: a Pages API route forwarding the access token',
      filename: 'pages/api/forward.js',
      languageOptions: espreeOptions,
      code: `import { createServerClient } from '@supabase/ssr'

export default async function handler(req, res) {
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY, { cookies: {} })
  const { data: { session } } = await supabase.auth.getSession()
  const upstream = await fetch('https://api.example.com', { headers: { Authorization: \`Bearer \${session?.access_token}\` } })
  res.status(upstream.status).end()
}
`,
    },
    {
      name: 'on disk: a relative import of the app\'s browser factory (lib/browser.ts) is a browser client',
      filename: path.join(fixtureApp, 'app/profile/page.tsx'),
      code: `import { browserDb } from '../../lib/browser'

export default async function Profile() {
  const supabase = browserDb()
  const { data: { session } } = await supabase.auth.getSession()
  return <p>{session?.user.email}</p>
}
`,
    },
  ],
  invalid: [
    {
      name: 'a server helper that takes the caller\'s client (supabase: SupabaseClient<Database>) and trusts getSession',
      filename: 'lib/current-user.tsx',
      code: `import 'server-only'
import type { SupabaseClient } from '@supabase/supabase-js'

type Client = SupabaseClient<Database>
export async function currentUser({ supabase }: { supabase: Client }) {
  const { data: { session } } = await supabase.auth.getSession()
  return session?.user ?? null
}
`,
      errors: [
        {
          messageId: 'userFromSession',
          data: { name: 'supabase.auth' },
          line: 6,
          suggestions: [
            {
              messageId: 'suggestGetUser',
              data: { name: 'supabase.auth' },
              output: `import 'server-only'
import type { SupabaseClient } from '@supabase/supabase-js'

type Client = SupabaseClient<Database>
export async function currentUser({ supabase }: { supabase: Client }) {
  const { data: { user } } = await supabase.auth.getUser()
  return user ?? null
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'the documented anti-pattern: null check plus session.user.id in a Server Component',
      filename: 'app/dashboard/page.tsx',
      code: `import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Dashboard() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  if (!session) redirect('/login')
  const { data: todos } = await supabase.from('todos').select().eq('owner', session.user.id)
  return <Todos items={todos} />
}
`,
      errors: [
        {
          messageId: 'userFromSession',
          data: { name: 'supabase.auth' },
          line: 6,
          column: 53,
          endLine: 6,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'suggestGetClaims',
              data: { name: 'supabase.auth' },
              output: `import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Dashboard() {
  const supabase = await createClient()
  const { data } = await supabase.auth.getClaims()
  const claims = data?.claims
  if (!claims) redirect('/login')
  const { data: todos } = await supabase.from('todos').select().eq('owner', claims.sub)
  return <Todos items={todos} />
}
`,
            },
            {
              messageId: 'suggestGetUser',
              data: { name: 'supabase.auth' },
              output: `import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Dashboard() {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) redirect('/login')
  const { data: todos } = await supabase.from('todos').select().eq('owner', user.id)
  return <Todos items={todos} />
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'the unverified session alone decides the redirect',
      filename: 'app/settings/page.tsx',
      code: `import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Settings() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession();
  if (!session) {
    redirect('/login');
  }
  return <SettingsForm />
}
`,
      errors: [
        {
          messageId: 'sessionGuardsAccess',
          data: { name: 'supabase.auth' },
          line: 6,
          column: 53,
          endLine: 6,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'suggestGetClaims',
              data: { name: 'supabase.auth' },
              output: `import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Settings() {
  const supabase = await createClient()
  const { data } = await supabase.auth.getClaims();
  const claims = data?.claims;
  if (!claims) {
    redirect('/login');
  }
  return <SettingsForm />
}
`,
            },
            {
              messageId: 'suggestGetUser',
              data: { name: 'supabase.auth' },
              output: `import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Settings() {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) {
    redirect('/login');
  }
  return <SettingsForm />
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'middleware refresh-only call gets the milder message',
      filename: 'middleware.ts',
      code: `import { NextResponse } from 'next/server'
import { createServerClient } from '@supabase/ssr'

export async function middleware(request) {
  const response = NextResponse.next({ request })
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY, { cookies: {} })
  await supabase.auth.getSession()
  return response
}
`,
      errors: [
        {
          messageId: 'refreshOnly',
          data: { name: 'supabase.auth' },
          line: 7,
          column: 23,
          endLine: 7,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'suggestGetClaims',
              data: { name: 'supabase.auth' },
              output: `import { NextResponse } from 'next/server'
import { createServerClient } from '@supabase/ssr'

export async function middleware(request) {
  const response = NextResponse.next({ request })
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY, { cookies: {} })
  await supabase.auth.getClaims()
  return response
}
`,
            },
            {
              messageId: 'suggestGetUser',
              data: { name: 'supabase.auth' },
              output: `import { NextResponse } from 'next/server'
import { createServerClient } from '@supabase/ssr'

export async function middleware(request) {
  const response = NextResponse.next({ request })
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY, { cookies: {} })
  await supabase.auth.getUser()
  return response
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'proxy (Next 16) with a destructured but unused session is refresh-only too',
      filename: 'src/proxy.ts',
      code: `import { NextResponse } from 'next/server'
import { createServerClient } from '@supabase/ssr'

export async function proxy(request) {
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY, { cookies: {} })
  const { data: { session } } = await supabase.auth.getSession()
  return NextResponse.next({ request })
}
`,
      errors: [
        {
          messageId: 'refreshOnly',
          data: { name: 'supabase.auth' },
          line: 6,
          column: 53,
          endLine: 6,
          endColumn: 63,
          suggestions: [],
        },
      ],
    },
    {
      name: 'in middleware, a session that drives a redirect is a security report',
      filename: 'middleware.ts',
      code: `import { NextResponse } from 'next/server'
import { createServerClient } from '@supabase/ssr'

export async function middleware(request) {
  const response = NextResponse.next({ request })
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY, { cookies: {} })
  const { data: { session } } = await supabase.auth.getSession()
  if (!session && !request.nextUrl.pathname.startsWith('/login')) {
    return NextResponse.redirect(new URL('/login', request.url))
  }
  return response
}
`,
      errors: [
        {
          messageId: 'sessionGuardsAccess',
          data: { name: 'supabase.auth' },
          line: 7,
          column: 53,
          endLine: 7,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'suggestGetClaims',
              data: { name: 'supabase.auth' },
              output: `import { NextResponse } from 'next/server'
import { createServerClient } from '@supabase/ssr'

export async function middleware(request) {
  const response = NextResponse.next({ request })
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY, { cookies: {} })
  const { data } = await supabase.auth.getClaims()
  const claims = data?.claims
  if (!claims && !request.nextUrl.pathname.startsWith('/login')) {
    return NextResponse.redirect(new URL('/login', request.url))
  }
  return response
}
`,
            },
            {
              messageId: 'suggestGetUser',
              data: { name: 'supabase.auth' },
              output: `import { NextResponse } from 'next/server'
import { createServerClient } from '@supabase/ssr'

export async function middleware(request) {
  const response = NextResponse.next({ request })
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY, { cookies: {} })
  const { data: { user } } = await supabase.auth.getUser()
  if (!user && !request.nextUrl.pathname.startsWith('/login')) {
    return NextResponse.redirect(new URL('/login', request.url))
  }
  return response
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'aliased createServerClient import; `error` is used, so only getClaims keeps the no-session behaviour',
      filename: 'app/account/page.tsx',
      code: `import { createServerClient as css } from '@supabase/ssr'
import { cookies } from 'next/headers'

export default async function Account() {
  const cookieStore = await cookies()
  const supabase = css(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, { cookies: { getAll: () => cookieStore.getAll() } })
  const { data: { session }, error } = await supabase.auth.getSession()
  if (error) throw error
  return <p>{session?.user.email}</p>
}
`,
      errors: [
        {
          messageId: 'userFromSession',
          data: { name: 'supabase.auth' },
          line: 7,
          column: 60,
          endLine: 7,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'suggestGetClaims',
              data: { name: 'supabase.auth' },
              output: `import { createServerClient as css } from '@supabase/ssr'
import { cookies } from 'next/headers'

export default async function Account() {
  const cookieStore = await cookies()
  const supabase = css(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, { cookies: { getAll: () => cookieStore.getAll() } })
  const { data, error } = await supabase.auth.getClaims()
  const claims = data?.claims
  if (error) throw error
  return <p>{claims?.email}</p>
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'namespace import and `const { auth } = supabase`; the session decides what the page returns',
      filename: 'app/admin/page.tsx',
      code: `import * as ssr from '@supabase/ssr'
import { cookies } from 'next/headers'

export default async function Admin() {
  const cookieStore = await cookies()
  const supabase = ssr.createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, { cookies: { getAll: () => cookieStore.getAll() } })
  const { auth } = supabase
  const { data: { session } } = await auth.getSession()
  return session ? <AdminPanel /> : <SignIn />
}
`,
      errors: [
        {
          messageId: 'sessionGuardsAccess',
          data: { name: 'auth' },
          line: 8,
          column: 44,
          endLine: 8,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'suggestGetClaims',
              data: { name: 'auth' },
              output: `import * as ssr from '@supabase/ssr'
import { cookies } from 'next/headers'

export default async function Admin() {
  const cookieStore = await cookies()
  const supabase = ssr.createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, { cookies: { getAll: () => cookieStore.getAll() } })
  const { auth } = supabase
  const { data } = await auth.getClaims()
  const claims = data?.claims
  return claims ? <AdminPanel /> : <SignIn />
}
`,
            },
            {
              messageId: 'suggestGetUser',
              data: { name: 'auth' },
              output: `import * as ssr from '@supabase/ssr'
import { cookies } from 'next/headers'

export default async function Admin() {
  const cookieStore = await cookies()
  const supabase = ssr.createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, { cookies: { getAll: () => cookieStore.getAll() } })
  const { auth } = supabase
  const { data: { user } } = await auth.getUser()
  return user ? <AdminPanel /> : <SignIn />
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'JS with require(): a .then callback that redirects on the session',
      filename: 'app/orders/page.jsx',
      languageOptions: espreeOptions,
      code: `const { createServerClient } = require('@supabase/ssr')
const { redirect } = require('next/navigation')

export default async function Orders() {
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY, { cookies: {} })
  await supabase.auth.getSession().then(({ data: { session } }) => {
    if (!session) redirect('/login')
  })
  return <OrderList />
}
`,
      errors: [
        {
          messageId: 'sessionGuardsAccess',
          data: { name: 'supabase.auth' },
          line: 6,
          column: 23,
          endLine: 6,
          endColumn: 33,
          suggestions: [],
        },
      ],
    },
    {
      name: '`const { data } = await …` then data.session.user in a route handler',
      filename: 'app/api/me/route.ts',
      code: `import { createClient } from '@/utils/supabase/server'

export async function GET() {
  const supabase = await createClient()
  const { data } = await supabase.auth.getSession()
  if (!data.session) return new Response('Unauthorized', { status: 401 })
  return Response.json({ id: data.session.user.id, email: data.session.user.email })
}
`,
      errors: [
        {
          messageId: 'userFromSession',
          data: { name: 'supabase.auth' },
          line: 5,
          column: 40,
          endLine: 5,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'suggestGetClaims',
              data: { name: 'supabase.auth' },
              output: `import { createClient } from '@/utils/supabase/server'

export async function GET() {
  const supabase = await createClient()
  const { data } = await supabase.auth.getClaims()
  if (!data?.claims) return new Response('Unauthorized', { status: 401 })
  return Response.json({ id: data?.claims.sub, email: data?.claims.email })
}
`,
            },
            {
              messageId: 'suggestGetUser',
              data: { name: 'supabase.auth' },
              output: `import { createClient } from '@/utils/supabase/server'

export async function GET() {
  const supabase = await createClient()
  const { data } = await supabase.auth.getUser()
  if (!data.user) return new Response('Unauthorized', { status: 401 })
  return Response.json({ id: data.user.id, email: data.user.email })
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a \'use server\' function inside a shared module is server code',
      filename: 'lib/actions.ts',
      code: `import { createClient } from '@/utils/supabase/server'

export async function updateProfile(form: FormData) {
  'use server'
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  await supabase.from('profiles').update({ name: form.get('name') }).eq('id', session?.user?.id)
}
`,
      errors: [
        {
          messageId: 'userFromSession',
          data: { name: 'supabase.auth' },
          line: 6,
          column: 53,
          endLine: 6,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'suggestGetClaims',
              data: { name: 'supabase.auth' },
              output: `import { createClient } from '@/utils/supabase/server'

export async function updateProfile(form: FormData) {
  'use server'
  const supabase = await createClient()
  const { data } = await supabase.auth.getClaims()
  const claims = data?.claims
  await supabase.from('profiles').update({ name: form.get('name') }).eq('id', claims?.sub)
}
`,
            },
            {
              messageId: 'suggestGetUser',
              data: { name: 'supabase.auth' },
              output: `import { createClient } from '@/utils/supabase/server'

export async function updateProfile(form: FormData) {
  'use server'
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  await supabase.from('profiles').update({ name: form.get('name') }).eq('id', user?.id)
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'getServerSideProps with auth-helpers createPagesServerClient passes the session as props',
      filename: 'pages/account.tsx',
      code: `import { createPagesServerClient } from '@supabase/auth-helpers-nextjs'

export const getServerSideProps = async (ctx) => {
  const supabase = createPagesServerClient(ctx)
  const { data: { session } } = await supabase.auth.getSession()
  if (!session) return { redirect: { destination: '/login', permanent: false } }
  return { props: { initialSession: session } }
}

export default function Account({ initialSession }) {
  return <p>{initialSession.user.email}</p>
}
`,
      errors: [
        {
          messageId: 'sessionPassedOn',
          data: { name: 'supabase.auth' },
          line: 5,
          column: 53,
          endLine: 5,
          endColumn: 63,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a Pages API route that answers 401 on the unverified session',
      filename: 'pages/api/me.ts',
      code: `import { createClient } from '@/utils/supabase/server-props'

export default async function handler(req, res) {
  const supabase = createClient({ req, res })
  const { data: { session } } = await supabase.auth.getSession()
  if (!session) return res.status(401).json({ error: 'Not signed in' })
  res.json({ ok: true })
}
`,
      errors: [
        {
          messageId: 'sessionGuardsAccess',
          data: { name: 'supabase.auth' },
          line: 5,
          column: 53,
          endLine: 5,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'suggestGetClaims',
              data: { name: 'supabase.auth' },
              output: `import { createClient } from '@/utils/supabase/server-props'

export default async function handler(req, res) {
  const supabase = createClient({ req, res })
  const { data } = await supabase.auth.getClaims()
  const claims = data?.claims
  if (!claims) return res.status(401).json({ error: 'Not signed in' })
  res.json({ ok: true })
}
`,
            },
            {
              messageId: 'suggestGetUser',
              data: { name: 'supabase.auth' },
              output: `import { createClient } from '@/utils/supabase/server-props'

export default async function handler(req, res) {
  const supabase = createClient({ req, res })
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) return res.status(401).json({ error: 'Not signed in' })
  res.json({ ok: true })
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a route handler returning the whole session',
      filename: 'app/auth/session/route.ts',
      code: `import { NextResponse } from 'next/server'
import { createClient } from '@/utils/supabase/server'

export async function GET() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  return NextResponse.json({ session })
}
`,
      errors: [
        {
          messageId: 'sessionPassedOn',
          data: { name: 'supabase.auth' },
          line: 6,
          column: 53,
          endLine: 6,
          endColumn: 63,
          suggestions: [],
        },
      ],
    },
    {
      name: '`const { user } = session`: the getUser rewrite drops the extra destructuring',
      filename: 'app/profile/page.tsx',
      code: `import { createClient } from '@/utils/supabase/server'

export default async function Profile() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  const { user } = session
  return <p>{user.email}</p>
}
`,
      errors: [
        {
          messageId: 'userFromSession',
          data: { name: 'supabase.auth' },
          line: 5,
          column: 53,
          endLine: 5,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'suggestGetUser',
              data: { name: 'supabase.auth' },
              output: `import { createClient } from '@/utils/supabase/server'

export default async function Profile() {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  return <p>{user.email}</p>
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'created_at is not in the claims, so only getUser is suggested',
      filename: 'app/profile/page.tsx',
      code: `import { createClient } from '@/utils/supabase/server'

export default async function Profile() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  return <p>Member since {session.user.created_at}</p>
}
`,
      errors: [
        {
          messageId: 'userFromSession',
          data: { name: 'supabase.auth' },
          line: 5,
          column: 53,
          endLine: 5,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'suggestGetUser',
              data: { name: 'supabase.auth' },
              output: `import { createClient } from '@/utils/supabase/server'

export default async function Profile() {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  return <p>Member since {user.created_at}</p>
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'after getUser(), session.user is still the cookie\'s copy; `user` is taken, so only getClaims is suggested',
      filename: 'app/dashboard/page.tsx',
      code: `import { createClient } from '@/utils/supabase/server'

export default async function Dashboard() {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  const { data: { session } } = await supabase.auth.getSession()
  return <p>{user?.email} {session?.user.id}</p>
}
`,
      errors: [
        {
          messageId: 'userFromSession',
          data: { name: 'supabase.auth' },
          line: 6,
          column: 53,
          endLine: 6,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'suggestGetClaims',
              data: { name: 'supabase.auth' },
              output: `import { createClient } from '@/utils/supabase/server'

export default async function Dashboard() {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  const { data } = await supabase.auth.getClaims()
  const claims = data?.claims
  return <p>{user?.email} {claims?.sub}</p>
}
`,
            },
          ],
        },
      ],
    },
    {
      name: '`.then(({ data }) => data.session)` handed to a component',
      filename: 'app/page.tsx',
      code: `import { createClient } from '@/utils/supabase/server'

export default async function Home() {
  const supabase = await createClient()
  const session = await supabase.auth.getSession().then(({ data }) => data.session)
  return <Header session={session} />
}
`,
      errors: [
        {
          messageId: 'sessionPassedOn',
          data: { name: 'supabase.auth' },
          line: 5,
          column: 39,
          endLine: 5,
          endColumn: 49,
          suggestions: [],
        },
      ],
    },
    {
      name: '`session === null`: getClaims would yield undefined, so only getUser is suggested',
      filename: 'app/billing/page.tsx',
      code: `import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Billing() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  if (session === null) redirect('/login')
  return <p>{session.user.email}</p>
}
`,
      errors: [
        {
          messageId: 'userFromSession',
          data: { name: 'supabase.auth' },
          line: 6,
          column: 53,
          endLine: 6,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'suggestGetUser',
              data: { name: 'supabase.auth' },
              output: `import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Billing() {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (user === null) redirect('/login')
  return <p>{user.email}</p>
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'JS: a Pages API route reading session.user',
      filename: 'pages/api/profile.js',
      languageOptions: espreeOptions,
      code: `import { createServerClient } from '@supabase/ssr'

export default async function handler(req, res) {
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY, { cookies: {} })
  const { data: { session } } = await supabase.auth.getSession()
  res.json({ id: session?.user.id })
}
`,
      errors: [
        {
          messageId: 'userFromSession',
          data: { name: 'supabase.auth' },
          line: 5,
          column: 53,
          endLine: 5,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'suggestGetClaims',
              data: { name: 'supabase.auth' },
              output: `import { createServerClient } from '@supabase/ssr'

export default async function handler(req, res) {
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY, { cookies: {} })
  const { data } = await supabase.auth.getClaims()
  const claims = data?.claims
  res.json({ id: claims?.sub })
}
`,
            },
            {
              messageId: 'suggestGetUser',
              data: { name: 'supabase.auth' },
              output: `import { createServerClient } from '@supabase/ssr'

export default async function handler(req, res) {
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY, { cookies: {} })
  const { data: { user } } = await supabase.auth.getUser()
  res.json({ id: user?.id })
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a server-only helper returning the getSession() result hands the session on',
      filename: 'lib/auth.ts',
      code: `import 'server-only'
import { createClient } from '@/utils/supabase/server'

export async function getSession() {
  const supabase = await createClient()
  return supabase.auth.getSession()
}
`,
      errors: [
        {
          messageId: 'sessionPassedOn',
          data: { name: 'supabase.auth' },
          line: 6,
          column: 24,
          endLine: 6,
          endColumn: 34,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a boolean derived from the session decides the redirect',
      filename: 'app/members/page.tsx',
      code: `import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Members() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  const signedIn = !!session
  if (!signedIn) redirect('/login')
  return <MemberList />
}
`,
      errors: [
        {
          messageId: 'sessionGuardsAccess',
          data: { name: 'supabase.auth' },
          line: 6,
          column: 53,
          endLine: 6,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'suggestGetClaims',
              data: { name: 'supabase.auth' },
              output: `import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Members() {
  const supabase = await createClient()
  const { data } = await supabase.auth.getClaims()
  const claims = data?.claims
  const signedIn = !!claims
  if (!signedIn) redirect('/login')
  return <MemberList />
}
`,
            },
            {
              messageId: 'suggestGetUser',
              data: { name: 'supabase.auth' },
              output: `import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Members() {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  const signedIn = !!user
  if (!signedIn) redirect('/login')
  return <MemberList />
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'optional chains and a whole `session.user` in a test are rewritten',
      filename: 'app/account/page.tsx',
      code: `import { notFound } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Account() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  if (!session?.user) notFound()
  return <p>{session?.user?.id} {session.user.user_metadata.full_name}</p>
}
`,
      errors: [
        {
          messageId: 'userFromSession',
          data: { name: 'supabase.auth' },
          line: 6,
          column: 53,
          endLine: 6,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'suggestGetClaims',
              data: { name: 'supabase.auth' },
              output: `import { notFound } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Account() {
  const supabase = await createClient()
  const { data } = await supabase.auth.getClaims()
  const claims = data?.claims
  if (!claims) notFound()
  return <p>{claims?.sub} {claims.user_metadata.full_name}</p>
}
`,
            },
            {
              messageId: 'suggestGetUser',
              data: { name: 'supabase.auth' },
              output: `import { notFound } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Account() {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) notFound()
  return <p>{user?.id} {user.user_metadata.full_name}</p>
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'JS wrapper import `@/utils/supabase/server` and session passed as a prop',
      filename: 'app/account/page.js',
      languageOptions: espreeOptions,
      code: `import { createClient } from '@/utils/supabase/server'

export default async function Account() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  return <AccountForm session={session} />
}
`,
      errors: [
        {
          messageId: 'sessionPassedOn',
          data: { name: 'supabase.auth' },
          line: 5,
          column: 53,
          endLine: 5,
          endColumn: 63,
          suggestions: [],
        },
      ],
    },
    {
      name: 'on disk: the app\'s own server factory `@/lib/db` is read through tsconfig paths',
      filename: path.join(fixtureApp, 'app/dashboard/page.tsx'),
      code: `import { db } from '@/lib/db'

export default async function Dashboard() {
  const supabase = await db()
  const { data: { session } } = await supabase.auth.getSession()
  return <p>{session?.user.email}</p>
}
`,
      errors: [
        {
          messageId: 'userFromSession',
          data: { name: 'supabase.auth' },
          line: 5,
          column: 53,
          endLine: 5,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'suggestGetClaims',
              data: { name: 'supabase.auth' },
              output: `import { db } from '@/lib/db'

export default async function Dashboard() {
  const supabase = await db()
  const { data } = await supabase.auth.getClaims()
  const claims = data?.claims
  return <p>{claims?.email}</p>
}
`,
            },
            {
              messageId: 'suggestGetUser',
              data: { name: 'supabase.auth' },
              output: `import { db } from '@/lib/db'

export default async function Dashboard() {
  const supabase = await db()
  const { data: { user } } = await supabase.auth.getUser()
  return <p>{user?.email}</p>
}
`,
            },
          ],
        },
      ],
    },
  ],
});
