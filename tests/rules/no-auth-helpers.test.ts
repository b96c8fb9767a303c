// Tests for no-auth-helpers: every module load of a deprecated auth-helpers package is reported with the
// replacement of each export; only 0.14/0.15 shim names and the type re-exports are autofixed (facts §1.2, §4.9).
import { RuleTester } from '@typescript-eslint/rule-tester';
import { espreeOptions } from '../rule-tester.ts';
import rule from '../../rules/no-auth-helpers.ts';

const ruleTester = new RuleTester();

// The replacements named in the messages (core/supabase.ts `helperReplacement`).
const BROWSER = '`createBrowserClient` from `@supabase/ssr`';
const SERVER_FACTORY =
  '`await createClient()` from your `@supabase/ssr` server factory (`createServerClient` with `getAll`/`setAll`)';
const UPDATE_SESSION = 'the `updateSession(request)` helper built on `createServerClient` that returns `supabaseResponse`';
const PAGES_SERVER =
  '`createServerClient` from `@supabase/ssr` with `getAll` from `req.cookies` and `setAll` writing `Set-Cookie` via `serializeCookieHeader`';
const ANY_SSR = '`@supabase/ssr` (`createServerClient`/`createBrowserClient` with `getAll`/`setAll` cookies)';

ruleTester.run('no-auth-helpers', rule, {
  valid: [
    {
      name: '@supabase/ssr is the replacement',
      filename: 'utils/supabase/server.ts',
      code: [
        "import { createServerClient, parseCookieHeader } from '@supabase/ssr'",
        '',
        'export { createServerClient, parseCookieHeader }',
        '',
      ].join('\n'),
    },
    {
      name: 'supabase-js types and createClient',
      filename: 'app/dashboard/user-card.tsx',
      code: [
        "import type { Session, User } from '@supabase/supabase-js'",
        "import { createClient } from '@supabase/supabase-js'",
        '',
        'export const admin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!)',
        'export type Props = { user: User; session: Session }',
        '',
      ].join('\n'),
    },
    {
      name: '@supabase/auth-ui-react is not a helper package',
      filename: 'app/login/page.tsx',
      code: [
        "'use client'",
        "import { Auth } from '@supabase/auth-ui-react'",
        '',
        'export default function Login() {',
        '  return <Auth supabaseClient={supabase} />',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'a local file named auth-helpers-nextjs',
      filename: 'app/dashboard/page.tsx',
      code: [
        "import { createClient } from './auth-helpers-nextjs'",
        '',
        'export default async function Page() {',
        '  const supabase = await createClient()',
        '  return null',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'an alias path ending in auth-helpers-nextjs',
      filename: 'app/page.tsx',
      code: [
        "import { getUser } from '@/lib/auth-helpers-nextjs'",
        '',
        'export default async function Home() {',
        '  return <p>{(await getUser())?.email}</p>',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'a string that is not a module specifier',
      filename: 'scripts/check-deps.js',
      languageOptions: espreeOptions,
      code: [
        "const pkg = '@supabase/auth-helpers-nextjs'",
        'console.log(`please uninstall ${pkg}`)',
        '',
      ].join('\n'),
    },
    {
      name: 'a comment mentioning the package',
      filename: 'utils/supabase/client.ts',
      code: [
        '// migrated from @supabase/auth-helpers-nextjs to @supabase/ssr',
        "import { createBrowserClient } from '@supabase/ssr'",
        '',
        'export const createClient = () => createBrowserClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!)',
        '',
      ].join('\n'),
    },
    {
      name: 'test mocks are not module loads',
      filename: 'tests/login.test.ts',
      code: [
        "vi.mock('@supabase/auth-helpers-nextjs')",
        "jest.mock('@supabase/auth-helpers-react', () => ({}))",
        '',
      ].join('\n'),
    },
    {
      name: 'require.resolve is not a module load',
      filename: 'scripts/where.js',
      languageOptions: espreeOptions,
      code: [
        "console.log(require.resolve('@supabase/auth-helpers-nextjs'))",
        '',
      ].join('\n'),
    },
    {
      name: 'a method named require on another object',
      filename: 'lib/loader.ts',
      code: [
        "export const helpers = loader.require('@supabase/auth-helpers-nextjs')",
        '',
      ].join('\n'),
    },
    {
      name: 'an ambient module declaration does not load the package',
      filename: 'types/auth-helpers.d.ts',
      code: [
        "declare module '@supabase/auth-helpers-nextjs' {",
        '  export const createClientComponentClient: () => unknown',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'a dynamic import whose source is not static',
      filename: 'app/components/lazy.tsx',
      code: [
        "'use client'",
        'export const load = (name: string) => import(name)',
        '',
      ].join('\n'),
    },
    {
      name: 'a package.json-like object key',
      filename: 'scripts/deps.mjs',
      languageOptions: espreeOptions,
      code: [
        'export const removed = {',
        "  '@supabase/auth-helpers-nextjs': '0.10.0',",
        "  '@supabase/auth-helpers-react': '0.5.0',",
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 're-exports from @supabase/ssr and a local barrel',
      filename: 'lib/supabase/index.ts',
      code: [
        "export { createServerClient, createBrowserClient } from '@supabase/ssr'",
        "export * from './auth-helpers-nextjs'",
        '',
      ].join('\n'),
    },
    {
      name: 'the canonical middleware with @supabase/ssr',
      filename: 'middleware.ts',
      code: [
        "import { type NextRequest } from 'next/server'",
        "import { updateSession } from '@/utils/supabase/middleware'",
        '',
        'export async function middleware(request: NextRequest) {',
        '  return await updateSession(request)',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'a deep import of another scoped package with a similar name',
      filename: 'app/page.tsx',
      code: [
        "import { x } from '@supabase/auth-helpers-nextjs-extra'",
        "import { y } from '@supabase/auth-helpers'",
        'export { x, y }',
        '',
      ].join('\n'),
    },
    {
      name: 'a Pages Router page with no Supabase import at all',
      filename: 'pages/about.jsx',
      languageOptions: espreeOptions,
      code: [
        'export default function About() {',
        '  return <p>About</p>',
        '}',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: '0.7–0.10 createClientComponentClient in a client component; the codemod rewrites the call shape',
      filename: 'app/components/login-button.tsx',
      code: [
        "'use client'",
        "import { createClientComponentClient } from '@supabase/auth-helpers-nextjs'",
        '',
        'export function LoginButton() {',
        '  const supabase = createClientComponentClient()',
        "  return <button onClick={() => supabase.auth.signInWithOAuth({ provider: 'github' })}>Sign in</button>",
        '}',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedCreator', data: { name: 'createClientComponentClient', source: '@supabase/auth-helpers-nextjs', replacement: BROWSER }, line: 2, column: 10, endLine: 2, endColumn: 37 },
      ],
    },
    {
      name: 'createServerComponentClient reads cookies() synchronously: fails on Next 16',
      filename: 'app/dashboard/page.tsx',
      code: [
        "import { cookies } from 'next/headers'",
        "import { createServerComponentClient } from '@supabase/auth-helpers-nextjs'",
        '',
        'export default async function DashboardPage() {',
        '  const supabase = createServerComponentClient({ cookies })',
        '  const { data } = await supabase.auth.getUser()',
        '  return <p>{data.user?.email}</p>',
        '}',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'syncCookiesClient', data: { name: 'createServerComponentClient', source: '@supabase/auth-helpers-nextjs', replacement: SERVER_FACTORY }, line: 2, column: 10, endLine: 2, endColumn: 37 },
      ],
    },
    {
      name: 'createRouteHandlerClient in the OAuth callback route',
      filename: 'app/auth/callback/route.ts',
      code: [
        "import { createRouteHandlerClient } from '@supabase/auth-helpers-nextjs'",
        "import { cookies } from 'next/headers'",
        "import { NextResponse, type NextRequest } from 'next/server'",
        '',
        'export async function GET(request: NextRequest) {',
        "  const code = new URL(request.url).searchParams.get('code')",
        '  if (code) await createRouteHandlerClient({ cookies }).auth.exchangeCodeForSession(code)',
        "  return NextResponse.redirect(new URL('/dashboard', request.url))",
        '}',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'syncCookiesClient', data: { name: 'createRouteHandlerClient', source: '@supabase/auth-helpers-nextjs', replacement: SERVER_FACTORY }, line: 1, column: 10, endLine: 1, endColumn: 34 },
      ],
    },
    {
      name: 'createServerActionClient in a Server Actions module',
      filename: 'app/actions.ts',
      code: [
        "'use server'",
        "import { createServerActionClient } from '@supabase/auth-helpers-nextjs'",
        "import { cookies } from 'next/headers'",
        '',
        'export async function signOut() {',
        '  await createServerActionClient({ cookies }).auth.signOut()',
        '}',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'syncCookiesClient', data: { name: 'createServerActionClient', source: '@supabase/auth-helpers-nextjs', replacement: SERVER_FACTORY }, line: 2, column: 10, endLine: 2, endColumn: 34 },
      ],
    },
    {
      name: 'createMiddlewareClient: replaced by the updateSession(request) pattern',
      filename: 'middleware.ts',
      code: [
        "import { createMiddlewareClient } from '@supabase/auth-helpers-nextjs'",
        "import { NextResponse, type NextRequest } from 'next/server'",
        '',
        'export async function middleware(req: NextRequest) {',
        '  const res = NextResponse.next()',
        '  await createMiddlewareClient({ req, res }).auth.getSession()',
        '  return res',
        '}',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedCreator', data: { name: 'createMiddlewareClient', source: '@supabase/auth-helpers-nextjs', replacement: UPDATE_SESSION }, line: 1, column: 10, endLine: 1, endColumn: 32 },
      ],
    },
    {
      name: 'createPagesBrowserClient in the Pages Router _app',
      filename: 'pages/_app.tsx',
      code: [
        "import { createPagesBrowserClient } from '@supabase/auth-helpers-nextjs'",
        "import type { AppProps } from 'next/app'",
        '',
        'const supabase = createPagesBrowserClient()',
        '',
        'export default function App({ Component, pageProps }: AppProps) {',
        '  return <Component {...pageProps} supabase={supabase} />',
        '}',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedCreator', data: { name: 'createPagesBrowserClient', source: '@supabase/auth-helpers-nextjs', replacement: BROWSER }, line: 1, column: 10, endLine: 1, endColumn: 34 },
      ],
    },
    {
      name: 'createPagesServerClient in a Pages API route',
      filename: 'pages/api/me.ts',
      code: [
        "import { createPagesServerClient } from '@supabase/auth-helpers-nextjs'",
        "import type { NextApiRequest, NextApiResponse } from 'next'",
        '',
        'export default async function handler(req: NextApiRequest, res: NextApiResponse) {',
        '  const supabase = createPagesServerClient({ req, res })',
        '  const { data } = await supabase.auth.getUser()',
        '  res.json(data.user)',
        '}',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedCreator', data: { name: 'createPagesServerClient', source: '@supabase/auth-helpers-nextjs', replacement: PAGES_SERVER }, line: 1, column: 10, endLine: 1, endColumn: 33 },
      ],
    },
    {
      name: 'the three deprecated aliases, one report each (default JS parser)',
      filename: 'pages/account.js',
      languageOptions: espreeOptions,
      code: [
        'import {',
        '  createBrowserSupabaseClient,',
        '  createServerSupabaseClient,',
        '  createMiddlewareSupabaseClient,',
        "} from '@supabase/auth-helpers-nextjs'",
        '',
        'export const browser = createBrowserSupabaseClient()',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedCreator', data: { name: 'createBrowserSupabaseClient', source: '@supabase/auth-helpers-nextjs', replacement: BROWSER }, line: 2, column: 3, endLine: 2, endColumn: 30 },
        { messageId: 'deprecatedCreator', data: { name: 'createServerSupabaseClient', source: '@supabase/auth-helpers-nextjs', replacement: PAGES_SERVER }, line: 3, column: 3, endLine: 3, endColumn: 29 },
        { messageId: 'deprecatedCreator', data: { name: 'createMiddlewareSupabaseClient', source: '@supabase/auth-helpers-nextjs', replacement: UPDATE_SESSION }, line: 4, column: 3, endLine: 4, endColumn: 33 },
      ],
    },
    {
      name: '0.5 higher-order functions have no @supabase/ssr counterpart',
      filename: 'pages/profile.jsx',
      code: [
        "import { withPageAuth, withApiAuth } from '@supabase/auth-helpers-nextjs'",
        '',
        "export const getServerSideProps = withPageAuth({ redirectTo: '/login' })",
        'export const guard = withApiAuth',
        '',
        'export default function Profile({ user }) {',
        '  return <p>{user.email}</p>',
        '}',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'removedHelper', data: { name: 'withPageAuth', source: '@supabase/auth-helpers-nextjs', replacement: 'a server client plus an explicit `getClaims()` check and redirect in `getServerSideProps`' }, line: 1, column: 10, endLine: 1, endColumn: 22 },
        { messageId: 'removedHelper', data: { name: 'withApiAuth', source: '@supabase/auth-helpers-nextjs', replacement: 'a server client plus an explicit `getClaims()` check in the API route' }, line: 1, column: 24, endLine: 1, endColumn: 35 },
      ],
    },
    {
      name: 'type-only import of Session and User: fixed to supabase-js',
      filename: 'app/dashboard/user-card.tsx',
      code: [
        "import type { Session, User } from '@supabase/auth-helpers-nextjs'",
        '',
        'export function UserCard({ user }: { user: User; session: Session }) {',
        '  return <p>{user.email}</p>',
        '}',
        '',
      ].join('\n'),
      output: [
        "import type { Session, User } from '@supabase/supabase-js'",
        '',
        'export function UserCard({ user }: { user: User; session: Session }) {',
        '  return <p>{user.email}</p>',
        '}',
        '',
      ].join('\n'),
      errors: [
        { messageId: 'helperType', data: { name: 'Session', source: '@supabase/auth-helpers-nextjs', replacement: 'the `Session` type from `@supabase/supabase-js`' }, line: 1, column: 15, endLine: 1, endColumn: 22 },
        { messageId: 'helperType', data: { name: 'User', source: '@supabase/auth-helpers-nextjs', replacement: 'the `User` type from `@supabase/supabase-js`' }, line: 1, column: 24, endLine: 1, endColumn: 28 },
      ],
    },
    {
      name: 'inline type specifier of SupabaseClient: fixed, double quotes kept',
      filename: 'utils/supabase/types.ts',
      code: [
        'import { type SupabaseClient } from "@supabase/auth-helpers-nextjs";',
        '',
        'export type Client = SupabaseClient;',
        '',
      ].join('\n'),
      output: [
        'import { type SupabaseClient } from "@supabase/supabase-js";',
        '',
        'export type Client = SupabaseClient;',
        '',
      ].join('\n'),
      errors: [
        { messageId: 'helperType', data: { name: 'SupabaseClient', source: '@supabase/auth-helpers-nextjs', replacement: 'the `SupabaseClient` type from `@supabase/supabase-js`' }, line: 1, column: 10, endLine: 1, endColumn: 29 },
      ],
    },
    {
      name: '0.14/0.15 shim name createServerClient: only the specifier changes',
      filename: 'utils/supabase/server.ts',
      code: [
        "import { createServerClient } from '@supabase/auth-helpers-nextjs'",
        "import { cookies } from 'next/headers'",
        '',
        'export async function createClient() {',
        '  const cookieStore = await cookies()',
        '  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {',
        '    cookies: {',
        '      getAll: () => cookieStore.getAll(),',
        '      setAll(list) {',
        '        try {',
        '          list.forEach(({ name, value, options }) => cookieStore.set(name, value, options))',
        '        } catch {}',
        '      },',
        '    },',
        '  })',
        '}',
        '',
      ].join('\n'),
      output: [
        "import { createServerClient } from '@supabase/ssr'",
        "import { cookies } from 'next/headers'",
        '',
        'export async function createClient() {',
        '  const cookieStore = await cookies()',
        '  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {',
        '    cookies: {',
        '      getAll: () => cookieStore.getAll(),',
        '      setAll(list) {',
        '        try {',
        '          list.forEach(({ name, value, options }) => cookieStore.set(name, value, options))',
        '        } catch {}',
        '      },',
        '    },',
        '  })',
        '}',
        '',
      ].join('\n'),
      errors: [
        { messageId: 'shimExport', data: { name: 'createServerClient', source: '@supabase/auth-helpers-nextjs', replacement: '`createServerClient` from `@supabase/ssr`' }, line: 1, column: 10, endLine: 1, endColumn: 28 },
      ],
    },
    {
      name: 'several shim names from auth-helpers-react: fixed, one report each',
      filename: 'utils/supabase/client.ts',
      code: [
        "import { createBrowserClient, parseCookieHeader, serializeCookieHeader } from '@supabase/auth-helpers-react'",
        '',
        'export const createClient = () => createBrowserClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!)',
        'export { parseCookieHeader, serializeCookieHeader }',
        '',
      ].join('\n'),
      output: [
        "import { createBrowserClient, parseCookieHeader, serializeCookieHeader } from '@supabase/ssr'",
        '',
        'export const createClient = () => createBrowserClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!)',
        'export { parseCookieHeader, serializeCookieHeader }',
        '',
      ].join('\n'),
      errors: [
        { messageId: 'shimExport', data: { name: 'createBrowserClient', source: '@supabase/auth-helpers-react', replacement: BROWSER }, line: 1, column: 10, endLine: 1, endColumn: 29 },
        { messageId: 'shimExport', data: { name: 'parseCookieHeader', source: '@supabase/auth-helpers-react', replacement: '`parseCookieHeader` from `@supabase/ssr`' }, line: 1, column: 31, endLine: 1, endColumn: 48 },
        { messageId: 'shimExport', data: { name: 'serializeCookieHeader', source: '@supabase/auth-helpers-react', replacement: '`serializeCookieHeader` from `@supabase/ssr`' }, line: 1, column: 50, endLine: 1, endColumn: 71 },
      ],
    },
    {
      name: 'a shim name next to a real helper: two reports, no fix',
      filename: 'app/login/page.tsx',
      code: [
        "import { createServerClient, createClientComponentClient } from '@supabase/auth-helpers-nextjs'",
        '',
        'export { createServerClient, createClientComponentClient }',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'shimExport', data: { name: 'createServerClient', source: '@supabase/auth-helpers-nextjs', replacement: '`createServerClient` from `@supabase/ssr`' }, line: 1, column: 10, endLine: 1, endColumn: 28 },
        { messageId: 'deprecatedCreator', data: { name: 'createClientComponentClient', source: '@supabase/auth-helpers-nextjs', replacement: BROWSER }, line: 1, column: 30, endLine: 1, endColumn: 57 },
      ],
    },
    {
      name: 'a shim name next to a type: two targets, no fix',
      filename: 'lib/supabase/server.ts',
      code: [
        "import { createServerClient, type Session } from '@supabase/auth-helpers-nextjs'",
        '',
        'export type { Session }',
        'export { createServerClient }',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'shimExport', data: { name: 'createServerClient', source: '@supabase/auth-helpers-nextjs', replacement: '`createServerClient` from `@supabase/ssr`' }, line: 1, column: 10, endLine: 1, endColumn: 28 },
        { messageId: 'helperType', data: { name: 'Session', source: '@supabase/auth-helpers-nextjs', replacement: 'the `Session` type from `@supabase/supabase-js`' }, line: 1, column: 30, endLine: 1, endColumn: 42 },
      ],
    },
    {
      name: 'aliased specifier names the imported export',
      filename: 'app/providers.tsx',
      code: [
        "'use client'",
        "import { createClientComponentClient as ccc } from '@supabase/auth-helpers-nextjs'",
        '',
        'export const supabase = ccc()',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedCreator', data: { name: 'createClientComponentClient', source: '@supabase/auth-helpers-nextjs', replacement: BROWSER }, line: 2, column: 10, endLine: 2, endColumn: 44 },
      ],
    },
    {
      name: 'namespace import: one report on the module specifier',
      filename: 'app/settings/page.tsx',
      code: [
        "import * as helpers from '@supabase/auth-helpers-nextjs'",
        "import { cookies } from 'next/headers'",
        '',
        'export default async function SettingsPage() {',
        '  const supabase = helpers.createServerComponentClient({ cookies })',
        '  const { data } = await supabase.auth.getUser()',
        '  return <p>{data.user?.id}</p>',
        '}',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedPackage', data: { source: '@supabase/auth-helpers-nextjs' }, line: 1, column: 26, endLine: 1, endColumn: 57 },
      ],
    },
    {
      name: 'default import of the CommonJS module: one report on the module specifier',
      filename: 'pages/login.jsx',
      languageOptions: espreeOptions,
      code: [
        "import helpers from '@supabase/auth-helpers-nextjs'",
        '',
        'const supabase = helpers.createPagesBrowserClient()',
        '',
        'export default function Login() {',
        "  return <button onClick={() => supabase.auth.signInWithOtp({ email: 'a@b.c' })}>Sign in</button>",
        '}',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedPackage', data: { source: '@supabase/auth-helpers-nextjs' }, line: 1, column: 21, endLine: 1, endColumn: 52 },
      ],
    },
    {
      name: 'default import next to a named one: package report plus the named report, no fix',
      filename: 'lib/supabase/index.ts',
      code: [
        "import helpers, { createServerClient } from '@supabase/auth-helpers-nextjs'",
        '',
        'export { helpers, createServerClient }',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'shimExport', data: { name: 'createServerClient', source: '@supabase/auth-helpers-nextjs', replacement: '`createServerClient` from `@supabase/ssr`' }, line: 1, column: 19, endLine: 1, endColumn: 37 },
        { messageId: 'deprecatedPackage', data: { source: '@supabase/auth-helpers-nextjs' }, line: 1, column: 45, endLine: 1, endColumn: 76 },
      ],
    },
    {
      name: 'side-effect import',
      filename: 'app/layout.tsx',
      code: [
        "import '@supabase/auth-helpers-nextjs'",
        '',
        'export default function RootLayout({ children }: { children: React.ReactNode }) {',
        '  return <html lang="en"><body>{children}</body></html>',
        '}',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedPackage', data: { source: '@supabase/auth-helpers-nextjs' }, line: 1, column: 8, endLine: 1, endColumn: 39 },
      ],
    },
    {
      name: 'dynamic import (default JS parser)',
      filename: 'app/components/sign-out.jsx',
      languageOptions: espreeOptions,
      code: [
        "'use client'",
        '',
        'export function SignOut() {',
        '  async function onClick() {',
        "    const { createClientComponentClient } = await import('@supabase/auth-helpers-nextjs')",
        '    await createClientComponentClient().auth.signOut()',
        '  }',
        '  return <button onClick={onClick}>Sign out</button>',
        '}',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedPackage', data: { source: '@supabase/auth-helpers-nextjs' }, line: 5, column: 58, endLine: 5, endColumn: 89 },
      ],
    },
    {
      name: 'require destructuring of a shim name: specifier fixed (default JS parser)',
      filename: 'utils/supabase/server.js',
      languageOptions: espreeOptions,
      code: [
        "const { createServerClient } = require('@supabase/auth-helpers-nextjs')",
        '',
        'module.exports = { createServerClient }',
        '',
      ].join('\n'),
      output: [
        "const { createServerClient } = require('@supabase/ssr')",
        '',
        'module.exports = { createServerClient }',
        '',
      ].join('\n'),
      errors: [
        { messageId: 'shimExport', data: { name: 'createServerClient', source: '@supabase/auth-helpers-nextjs', replacement: '`createServerClient` from `@supabase/ssr`' }, line: 1, column: 9, endLine: 1, endColumn: 27 },
      ],
    },
    {
      name: 'require destructuring of a real helper: no fix',
      filename: 'pages/api/session.js',
      code: [
        "const { createPagesServerClient: createClient } = require('@supabase/auth-helpers-nextjs')",
        '',
        'module.exports = async function handler(req, res) {',
        '  const { data } = await createClient({ req, res }).auth.getUser()',
        '  res.json(data)',
        '}',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedCreator', data: { name: 'createPagesServerClient', source: '@supabase/auth-helpers-nextjs', replacement: PAGES_SERVER }, line: 1, column: 9, endLine: 1, endColumn: 46 },
      ],
    },
    {
      name: 'require to a plain identifier: one report on the module specifier',
      filename: 'pages/api/logout.js',
      code: [
        "const helpers = require('@supabase/auth-helpers-nextjs')",
        '',
        'module.exports = async function handler(req, res) {',
        '  await helpers.createPagesServerClient({ req, res }).auth.signOut()',
        '  res.end()',
        '}',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedPackage', data: { source: '@supabase/auth-helpers-nextjs' }, line: 1, column: 25, endLine: 1, endColumn: 56 },
      ],
    },
    {
      name: 'member access on require names the export',
      filename: 'lib/supabase/browser.js',
      code: [
        "const supabase = require('@supabase/auth-helpers-nextjs').createClientComponentClient()",
        '',
        'module.exports = supabase',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedCreator', data: { name: 'createClientComponentClient', source: '@supabase/auth-helpers-nextjs', replacement: BROWSER }, line: 1, column: 59, endLine: 1, endColumn: 86 },
      ],
    },
    {
      name: 'require with a template literal: fix keeps the backticks',
      filename: 'lib/supabase/cookies.js',
      code: [
        'const { parseCookieHeader } = require(`@supabase/auth-helpers-nextjs`)',
        '',
        'module.exports = { parseCookieHeader }',
        '',
      ].join('\n'),
      output: [
        'const { parseCookieHeader } = require(`@supabase/ssr`)',
        '',
        'module.exports = { parseCookieHeader }',
        '',
      ].join('\n'),
      errors: [
        { messageId: 'shimExport', data: { name: 'parseCookieHeader', source: '@supabase/auth-helpers-nextjs', replacement: '`parseCookieHeader` from `@supabase/ssr`' }, line: 1, column: 9, endLine: 1, endColumn: 26 },
      ],
    },
    {
      name: 're-export of shim names from a barrel: fixed',
      filename: 'lib/supabase/index.ts',
      code: [
        "export { createServerClient, createBrowserClient as makeBrowserClient } from '@supabase/auth-helpers-nextjs'",
        '',
      ].join('\n'),
      output: [
        "export { createServerClient, createBrowserClient as makeBrowserClient } from '@supabase/ssr'",
        '',
      ].join('\n'),
      errors: [
        { messageId: 'shimExport', data: { name: 'createServerClient', source: '@supabase/auth-helpers-nextjs', replacement: '`createServerClient` from `@supabase/ssr`' }, line: 1, column: 10, endLine: 1, endColumn: 28 },
        { messageId: 'shimExport', data: { name: 'createBrowserClient', source: '@supabase/auth-helpers-nextjs', replacement: BROWSER }, line: 1, column: 30, endLine: 1, endColumn: 70 },
      ],
    },
    {
      name: 're-export of a real helper under a new name: no fix',
      filename: 'utils/supabase/client.ts',
      code: [
        "export { createClientComponentClient as createClient } from '@supabase/auth-helpers-nextjs'",
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedCreator', data: { name: 'createClientComponentClient', source: '@supabase/auth-helpers-nextjs', replacement: BROWSER }, line: 1, column: 10, endLine: 1, endColumn: 53 },
      ],
    },
    {
      name: 'type re-export: fixed to supabase-js',
      filename: 'types/supabase.ts',
      code: [
        "export type { Session } from '@supabase/auth-helpers-nextjs'",
        '',
      ].join('\n'),
      output: [
        "export type { Session } from '@supabase/supabase-js'",
        '',
      ].join('\n'),
      errors: [
        { messageId: 'helperType', data: { name: 'Session', source: '@supabase/auth-helpers-nextjs', replacement: 'the `Session` type from `@supabase/supabase-js`' }, line: 1, column: 15, endLine: 1, endColumn: 22 },
      ],
    },
    {
      name: 'export * from a helper package',
      filename: 'lib/supabase/index.ts',
      code: [
        "export * from '@supabase/auth-helpers-nextjs'",
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedPackage', data: { source: '@supabase/auth-helpers-nextjs' }, line: 1, column: 15, endLine: 1, endColumn: 46 },
      ],
    },
    {
      name: 'auth-helpers-react hooks and provider: no @supabase/ssr equivalent',
      filename: 'app/providers.tsx',
      code: [
        "'use client'",
        "import { SessionContextProvider, useUser } from '@supabase/auth-helpers-react'",
        '',
        'export function Avatar() {',
        '  const user = useUser()',
        '  return <span>{user?.email}</span>',
        '}',
        'export { SessionContextProvider }',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'noEquivalent', data: { name: 'SessionContextProvider', source: '@supabase/auth-helpers-react', replacement: 'no 1:1 replacement: remove the provider; create the browser client with `createBrowserClient` where needed, or pass the server-verified user down as props' }, line: 2, column: 10, endLine: 2, endColumn: 32 },
        { messageId: 'noEquivalent', data: { name: 'useUser', source: '@supabase/auth-helpers-react', replacement: 'no 1:1 replacement: get the user on the server with `getClaims()`/`getUser()` and pass it as props, or subscribe with `onAuthStateChange` on a `createBrowserClient` client' }, line: 2, column: 34, endLine: 2, endColumn: 41 },
      ],
    },
    {
      name: 'auth-helpers-shared is internal to the helpers',
      filename: 'utils/cookies.ts',
      code: [
        "import { parseSupabaseCookie } from '@supabase/auth-helpers-shared'",
        '',
        'export const read = (value: string) => parseSupabaseCookie(value)',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedExport', data: { name: 'parseSupabaseCookie', source: '@supabase/auth-helpers-shared', replacement: ANY_SSR }, line: 1, column: 10, endLine: 1, endColumn: 29 },
      ],
    },
    {
      name: 'remix createServerClient has another signature: reported, no fix',
      filename: 'app/root.tsx',
      code: [
        "import { createServerClient } from '@supabase/auth-helpers-remix'",
        '',
        'export { createServerClient }',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedExport', data: { name: 'createServerClient', source: '@supabase/auth-helpers-remix', replacement: '`createServerClient` from `@supabase/ssr`' }, line: 1, column: 10, endLine: 1, endColumn: 28 },
      ],
    },
    {
      name: 'TypeScript import-equals require',
      filename: 'lib/legacy.ts',
      code: [
        "import helpers = require('@supabase/auth-helpers-nextjs')",
        '',
        'export const create = helpers.createPagesBrowserClient',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedPackage', data: { source: '@supabase/auth-helpers-nextjs' }, line: 1, column: 26, endLine: 1, endColumn: 57 },
      ],
    },
    {
      name: 'import type of a Session: fixed to supabase-js',
      filename: 'app/dashboard/types.ts',
      code: [
        "export type DashboardSession = import('@supabase/auth-helpers-nextjs').Session",
        '',
      ].join('\n'),
      output: [
        "export type DashboardSession = import('@supabase/supabase-js').Session",
        '',
      ].join('\n'),
      errors: [
        { messageId: 'helperType', data: { name: 'Session', source: '@supabase/auth-helpers-nextjs', replacement: 'the `Session` type from `@supabase/supabase-js`' }, line: 1, column: 72, endLine: 1, endColumn: 79 },
      ],
    },
    {
      name: 'value import of Session (no type keyword) is still only the supabase-js type: fixed',
      filename: 'app/account/page.tsx',
      code: [
        "import { Session } from '@supabase/auth-helpers-nextjs'",
        '',
        'export default function AccountPage({ session }: { session: Session }) {',
        '  return <p>{session.expires_at}</p>',
        '}',
        '',
      ].join('\n'),
      output: [
        "import { Session } from '@supabase/supabase-js'",
        '',
        'export default function AccountPage({ session }: { session: Session }) {',
        '  return <p>{session.expires_at}</p>',
        '}',
        '',
      ].join('\n'),
      errors: [
        { messageId: 'helperType', data: { name: 'Session', source: '@supabase/auth-helpers-nextjs', replacement: 'the `Session` type from `@supabase/supabase-js`' }, line: 1, column: 10, endLine: 1, endColumn: 17 },
      ],
    },
    {
      name: '0.5/0.6 server creator reads cookies() synchronously too',
      filename: 'app/profile/page.tsx',
      code: [
        "import { createServerComponentSupabaseClient } from '@supabase/auth-helpers-nextjs'",
        "import { cookies, headers } from 'next/headers'",
        '',
        'export default async function ProfilePage() {',
        '  const supabase = createServerComponentSupabaseClient({ headers, cookies })',
        '  const { data } = await supabase.auth.getUser()',
        '  return <p>{data.user?.email}</p>',
        '}',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'syncCookiesClient', data: { name: 'createServerComponentSupabaseClient', source: '@supabase/auth-helpers-nextjs', replacement: SERVER_FACTORY }, line: 1, column: 10, endLine: 1, endColumn: 45 },
      ],
    },
    {
      name: '0.5 logger has no replacement',
      filename: 'pages/api/debug.js',
      languageOptions: espreeOptions,
      code: [
        "import { logger } from '@supabase/auth-helpers-nextjs'",
        '',
        "logger.debug('request')",
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'removedHelper', data: { name: 'logger', source: '@supabase/auth-helpers-nextjs', replacement: 'your own logging (no `@supabase/ssr` equivalent)' }, line: 1, column: 10, endLine: 1, endColumn: 16 },
      ],
    },
    {
      name: 'useSupabaseClient from auth-helpers-react',
      filename: 'app/components/avatar.jsx',
      code: [
        "'use client'",
        "import { useSupabaseClient } from '@supabase/auth-helpers-react'",
        '',
        'export function Avatar() {',
        '  const supabase = useSupabaseClient()',
        '  return <button onClick={() => supabase.auth.signOut()}>Sign out</button>',
        '}',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'noEquivalent', data: { name: 'useSupabaseClient', source: '@supabase/auth-helpers-react', replacement: 'no 1:1 replacement: call `createClient()` from your browser factory (`createBrowserClient` is a singleton in the browser)' }, line: 2, column: 10, endLine: 2, endColumn: 27 },
      ],
    },
    {
      name: 'export * as namespace from auth-helpers-sveltekit',
      filename: 'lib/supabase/index.ts',
      code: [
        "export * as helpers from '@supabase/auth-helpers-sveltekit'",
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedPackage', data: { source: '@supabase/auth-helpers-sveltekit' }, line: 1, column: 26, endLine: 1, endColumn: 60 },
      ],
    },
    {
      name: 'typeof import of the whole package',
      filename: 'lib/supabase/types.ts',
      code: [
        "export type Helpers = typeof import('@supabase/auth-helpers-nextjs')",
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedPackage', data: { source: '@supabase/auth-helpers-nextjs' }, line: 1, column: 37, endLine: 1, endColumn: 68 },
      ],
    },
    {
      name: 'typeof import of a shim export: fixed to @supabase/ssr',
      filename: 'lib/supabase/types.ts',
      code: [
        "export type Factory = typeof import('@supabase/auth-helpers-nextjs').createServerClient",
        '',
      ].join('\n'),
      output: [
        "export type Factory = typeof import('@supabase/ssr').createServerClient",
        '',
      ].join('\n'),
      errors: [
        { messageId: 'shimExport', data: { name: 'createServerClient', source: '@supabase/auth-helpers-nextjs', replacement: '`createServerClient` from `@supabase/ssr`' }, line: 1, column: 70, endLine: 1, endColumn: 88 },
      ],
    },
    {
      name: 'require from createRequire is still a module load',
      filename: 'scripts/seed.mjs',
      languageOptions: espreeOptions,
      code: [
        "import { createRequire } from 'node:module'",
        'const require = createRequire(import.meta.url)',
        "const { createPagesBrowserClient } = require('@supabase/auth-helpers-nextjs')",
        'export const supabase = createPagesBrowserClient()',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedCreator', data: { name: 'createPagesBrowserClient', source: '@supabase/auth-helpers-nextjs', replacement: BROWSER }, line: 3, column: 9, endLine: 3, endColumn: 33 },
      ],
    },
    {
      name: 'empty named import still loads the package',
      filename: 'app/layout.tsx',
      code: [
        "import {} from '@supabase/auth-helpers-nextjs'",
        '',
        'export default function RootLayout({ children }: { children: React.ReactNode }) {',
        '  return <html lang="en"><body>{children}</body></html>',
        '}',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'deprecatedPackage', data: { source: '@supabase/auth-helpers-nextjs' }, line: 1, column: 16, endLine: 1, endColumn: 47 },
      ],
    },
    {
      name: 'a deep import into the package: reported by name, never fixed',
      filename: 'utils/supabase/server.ts',
      code: [
        "import { createServerClient } from '@supabase/auth-helpers-nextjs/dist/index.js'",
        '',
        'export { createServerClient }',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'shimExport', data: { name: 'createServerClient', source: '@supabase/auth-helpers-nextjs', replacement: '`createServerClient` from `@supabase/ssr`' }, line: 1, column: 10, endLine: 1, endColumn: 28 },
      ],
    },
    {
      name: 'rest element in require destructuring: named reports plus the package, no fix',
      filename: 'lib/supabase/all.js',
      code: [
        "const { createBrowserClient, ...rest } = require('@supabase/auth-helpers-nextjs')",
        '',
        'module.exports = { createBrowserClient, rest }',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'shimExport', data: { name: 'createBrowserClient', source: '@supabase/auth-helpers-nextjs', replacement: BROWSER }, line: 1, column: 9, endLine: 1, endColumn: 28 },
        { messageId: 'deprecatedPackage', data: { source: '@supabase/auth-helpers-nextjs' }, line: 1, column: 50, endLine: 1, endColumn: 81 },
      ],
    },
  ],
});
