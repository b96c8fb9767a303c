// The source of the fresh app of tests/e2e/fresh-app.test.ts: a small Next 16 App Router app as
// `create-next-app` lays it out (eslint.config.mjs chosen by each test), with one mistake per rule where a
// rule can see it, and one thing eslint-config-next reports, so both configs are seen working together.
export const FRESH_APP: Record<string, string> = {
  'package.json': `${JSON.stringify(
    {
      name: 'fresh-app',
      private: true,
      scripts: { dev: 'next dev', build: 'next build', start: 'next start', lint: 'eslint' },
      dependencies: { '@supabase/ssr': '0.12.7', '@supabase/supabase-js': '2.119.1', next: '16.4.6', react: '19.3.1', 'react-dom': '19.3.1' },
      devDependencies: { eslint: '^9', 'eslint-config-next': '16.4.6', 'eslint-plugin-supabase-auth': 'file:eslint-plugin-supabase-auth-0.1.0.tgz', typescript: '^6' },
    },
    null,
    2,
  )}\n`,
  'tsconfig.json': `${JSON.stringify(
    {
      compilerOptions: { target: 'ES2017', lib: ['dom', 'esnext'], strict: true, noEmit: true, module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx', paths: { '@/*': ['./*'] } },
      include: ['**/*.ts', '**/*.tsx'],
      exclude: ['node_modules'],
    },
    null,
    2,
  )}\n`,
  'next.config.ts': `import type { NextConfig } from 'next'

const nextConfig: NextConfig = {}

export default nextConfig
`,
  'app/layout.tsx': `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
`,
  // eslint-config-next: @next/next/no-img-element (a warning) and react/jsx-key (an error).
  'app/page.tsx': `const links = ['Docs', 'Pricing']

export default function Home() {
  return (
    <main>
      <img src="/logo.png" alt="Acme" />
      <ul>
        {links.map((link) => (
          <li>{link}</li>
        ))}
      </ul>
    </main>
  )
}
`,
  // eslint-config-next: react-hooks/rules-of-hooks.
  'app/components/greeting.tsx': `'use client'

import { useState } from 'react'

export function Greeting({ name }: { name?: string }) {
  if (!name) return null
  const [open, setOpen] = useState(false)
  return <button onClick={() => setOpen(!open)}>Hello {name}</button>
}
`,
  // require-set-all: get/set/remove.
  'utils/supabase/server.ts': `import { createServerClient, type CookieOptions } from '@supabase/ssr'
import { cookies } from 'next/headers'

export async function createClient() {
  const cookieStore = await cookies()
  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      get(name: string) {
        return cookieStore.get(name)?.value
      },
      set(name: string, value: string, options: CookieOptions) {
        cookieStore.set({ name, value, ...options })
      },
      remove(name: string, options: CookieOptions) {
        cookieStore.set({ name, value: '', ...options })
      },
    },
  })
}
`,
  'utils/supabase/middleware.ts': `import { createServerClient } from '@supabase/ssr'
import { NextResponse, type NextRequest } from 'next/server'

export async function updateSession(request: NextRequest) {
  let response = NextResponse.next({ request })
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      getAll() {
        return request.cookies.getAll()
      },
      setAll(cookiesToSet) {
        cookiesToSet.forEach(({ name, value }) => request.cookies.set(name, value))
        response = NextResponse.next({ request })
        cookiesToSet.forEach(({ name, value, options }) => response.cookies.set(name, value, options))
      },
    },
  })
  await supabase.auth.getClaims()
  return response
}
`,
  // require-middleware-matcher (missingConfig, autofixed).
  'middleware.ts': `import { type NextRequest } from 'next/server'
import { updateSession } from '@/utils/supabase/middleware'

export async function middleware(request: NextRequest) {
  return await updateSession(request)
}
`,
  // no-server-get-session, through the app's wrapper.
  'app/dashboard/page.tsx': `import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Dashboard() {
  const supabase = await createClient()
  const {
    data: { session },
  } = await supabase.auth.getSession()
  if (!session) redirect('/login')
  return <p>Signed in as {session.user.email}</p>
}
`,
  // require-dynamic-auth-page (cachedRevalidate, autofixed).
  'app/account/page.tsx': `import { createClient } from '@/utils/supabase/server'

export const revalidate = 60

export default async function Account() {
  const supabase = await createClient()
  const { data } = await supabase.auth.getClaims()
  return <p>{data?.claims.email}</p>
}
`,
  // Right as long as cacheComponents is off.
  'app/settings/page.tsx': `import { createClient } from '@/utils/supabase/server'

export const dynamic = 'force-dynamic'

export default async function Settings() {
  const supabase = await createClient()
  const { data } = await supabase.auth.getClaims()
  return <p>{data?.claims.email}</p>
}
`,
  // A wrapper whose name says nothing: the plugin reads it to learn what getDb() returns. A cookie-less
  // supabase-js client to begin with, so the page's getSession() is not a cookie session.
  'lib/db.ts': `import { createClient } from '@supabase/supabase-js'

export async function getDb() {
  return createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!)
}
`,
  'app/notes/page.tsx': `import { getDb } from '@/lib/db'

export default async function Notes() {
  const db = await getDb()
  const {
    data: { session },
  } = await db.auth.getSession()
  return <p>{session ? session.user.email : 'Signed out'}</p>
}
`,
};

/** lib/db.ts turned into a cookie-bound server client: the getSession() in app/notes/page.tsx now trusts a cookie. */
export const SERVER_DB = `import { createServerClient } from '@supabase/ssr'
import { cookies } from 'next/headers'

export async function getDb() {
  const cookieStore = await cookies()
  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      getAll: () => cookieStore.getAll(),
      setAll: (cookiesToSet) => cookiesToSet.forEach(({ name, value, options }) => cookieStore.set(name, value, options)),
    },
  })
}
`;

/** The README's configs (section "Install"). */
export const CONFIGS = {
  alone: `import supabaseAuth from 'eslint-plugin-supabase-auth';
export default [...supabaseAuth.configs.recommended];
`,
  withNext: `import { defineConfig } from 'eslint/config';
import next from 'eslint-config-next/core-web-vitals';
import supabaseAuth from 'eslint-plugin-supabase-auth';

export default defineConfig([...next, ...supabaseAuth.configs.recommended]);
`,
  extends: `import { defineConfig } from 'eslint/config';
import supabaseAuth from 'eslint-plugin-supabase-auth';

export default defineConfig({
  plugins: { 'supabase-auth': supabaseAuth },
  extends: ['supabase-auth/recommended'],
});
`,
};
