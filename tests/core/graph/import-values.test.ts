// The project graph's answer for an import (facts §4.7, §4.8, §4.9): packages by name, the app's own
// wrappers (resolved and analysed), settings, the naming convention, cycles; and module-level bindings.
import { join } from 'node:path';
import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../../core/graph/evaluate.ts';
import { conventionalValue } from '../../../core/graph/known-values.ts';
import { moduleBinding } from '../../../core/graph/module-scope.ts';
import { graphFor, standaloneContext } from '../../../core/graph/project-graph.ts';
import { moduleUse } from '../../../core/graph/routes.ts';
import { requireSource, summarize } from '../../../core/graph/summary.ts';
import { bindingInfo } from '../../../core/graph/values.ts';
import { AUTH_HELPERS_NEXTJS_EXPORTS, SSR_SHIM_EXPORTS } from '../../../core/supabase.ts';
import { alias, appLayout, classify, makeTree } from './helpers.ts';

const program = (code: string) => parse(code, { jsx: true, range: true, loc: true });

const SERVER = { factory: 'server', runsSupabase: 'server' };
const BROWSER = { factory: 'browser', runsSupabase: 'browser' };
const STANDALONE = { factory: 'standalone', runsSupabase: 'standalone' };

const SERVER_FACTORY = `import { createServerClient } from '@supabase/ssr'
import { cookies } from 'next/headers'

export async function createClient() {
  const cookieStore = await cookies()

  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      getAll() {
        return cookieStore.getAll()
      },
      setAll(cookiesToSet) {
        try {
          cookiesToSet.forEach(({ name, value, options }) => cookieStore.set(name, value, options))
        } catch {
          // called from a Server Component: the proxy refreshes the session
        }
      },
    },
  })
}
`;

const BROWSER_FACTORY = `import { createBrowserClient } from '@supabase/ssr'

export function createClient() {
  return createBrowserClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!)
}
`;

const UPDATE_SESSION = `import { createServerClient } from '@supabase/ssr'
import { NextResponse, type NextRequest } from 'next/server'

export async function updateSession(request: NextRequest) {
  let supabaseResponse = NextResponse.next({ request })
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      getAll() {
        return request.cookies.getAll()
      },
      setAll(cookiesToSet) {
        cookiesToSet.forEach(({ name, value }) => request.cookies.set(name, value))
        supabaseResponse = NextResponse.next({ request })
        cookiesToSet.forEach(({ name, value, options }) => supabaseResponse.cookies.set(name, value, options))
      },
    },
  })
  const { data } = await supabase.auth.getClaims()
  if (!data?.claims && !request.nextUrl.pathname.startsWith('/login')) {
    const url = request.nextUrl.clone()
    url.pathname = '/login'
    return NextResponse.redirect(url)
  }
  return supabaseResponse
}
`;

describe('importValue: packages by name', () => {
  const from = '/app/app/page.tsx';

  it('knows @supabase/ssr factories and nothing else of it', () => {
    expect(classify('@supabase/ssr', 'createServerClient', from, undefined)).toEqual(SERVER);
    expect(classify('@supabase/ssr', 'createBrowserClient', from, undefined)).toEqual(BROWSER);
    expect(classify('@supabase/ssr', 'serializeCookieHeader', from, undefined)).toBeUndefined();
    expect(classify('@supabase/ssr', 'parseCookieHeader', from, undefined)).toBeUndefined();
    expect(classify('@supabase/ssr', 'default', from, undefined)).toBeUndefined();
    expect(classify('@supabase/ssr', '*', from, undefined)).toBeUndefined();
  });

  it('knows supabase-js createClient as a standalone (cookie-less) client', () => {
    expect(classify('@supabase/supabase-js', 'createClient', from, undefined)).toEqual(STANDALONE);
    expect(classify('@supabase/supabase-js', 'SupabaseClient', from, undefined)).toBeUndefined();
    expect(classify('@supabase/supabase-js', 'AuthError', from, undefined)).toBeUndefined();
  });

  it('knows every auth-helpers-nextjs creator', () => {
    for (const name of ['createServerComponentClient', 'createRouteHandlerClient', 'createServerActionClient', 'createMiddlewareClient', 'createPagesServerClient', 'createServerSupabaseClient', 'createServerComponentSupabaseClient', 'createRouteHandlerSupabaseClient', 'createMiddlewareSupabaseClient']) {
      expect(classify('@supabase/auth-helpers-nextjs', name, from, undefined), name).toEqual(SERVER);
    }
    for (const name of ['createClientComponentClient', 'createPagesBrowserClient', 'createBrowserSupabaseClient']) {
      expect(classify('@supabase/auth-helpers-nextjs', name, from, undefined), name).toEqual(BROWSER);
    }
    for (const [name, info] of Object.entries(AUTH_HELPERS_NEXTJS_EXPORTS)) {
      const expected = info.clientKind ? { factory: info.clientKind, runsSupabase: info.clientKind } : undefined;
      expect(classify('@supabase/auth-helpers-nextjs', name, from, undefined), name).toEqual(expected);
    }
  });

  it('knows the auth-helpers 0.14/0.15 shim names (the ssr API under the old package name)', () => {
    expect(SSR_SHIM_EXPORTS).toContain('createServerClient');
    expect(classify('@supabase/auth-helpers-nextjs', 'createServerClient', from, undefined)).toEqual(SERVER);
    expect(classify('@supabase/auth-helpers-nextjs', 'createBrowserClient', from, undefined)).toEqual(BROWSER);
    expect(classify('@supabase/auth-helpers-nextjs', 'serializeCookieHeader', from, undefined)).toBeUndefined();
    expect(classify('@supabase/auth-helpers-nextjs', 'Session', from, undefined)).toBeUndefined();
    expect(classify('@supabase/auth-helpers-nextjs', 'withPageAuth', from, undefined)).toBeUndefined();
  });

  it('ignores unrelated packages', () => {
    expect(classify('next/headers', 'cookies', from, undefined)).toBeUndefined();
    expect(classify('@supabase/storage-js', 'StorageClient', from, undefined)).toBeUndefined();
    expect(classify('react', 'cache', from, undefined)).toBeUndefined();
  });
});

describe('importValue: the naming convention (module not readable)', () => {
  it.each([
    ['@/utils/supabase/server', SERVER],
    ['@/lib/supabase/server', SERVER],
    ['../../utils/supabase/server.ts', SERVER],
    ['~/supabase/server-client', SERVER],
    ['@/lib/supabase-server', SERVER],
    ['@/utils/supabase/client', BROWSER],
    ['@/lib/supabase/browser', BROWSER],
    ['@/lib/supabase/admin', STANDALONE],
    ['@/utils/supabase/middleware', { runsSupabase: 'server' }],
    ['@/lib/supabase/proxy', { runsSupabase: 'server' }],
  ])('%s without a root', (source, expected) => {
    expect(classify(source, 'createClient', '/app/app/page.tsx', undefined)).toEqual(expected);
    expect(bindingInfo(conventionalValue(source))).toEqual(expected);
  });

  it.each(['@/utils/supabase', '@/lib/db/server', './server', '@/my-supabase/server', '@/utils/supabase/types'])('%s is not a conventional Supabase module', (source) => {
    expect(classify(source, 'createClient', '/app/app/page.tsx', undefined)).toBeUndefined();
  });

  it('falls back to the convention when the import does not resolve, or the file does not parse', () => {
    const root = makeTree({
      'utils/supabase/server.ts': 'export async function createClient( {\n', // a syntax error mid-edit
      'app/page.tsx': '',
    });
    const page = join(root, 'app/page.tsx');
    expect(classify('../utils/supabase/server', 'createClient', page, root)).toEqual(SERVER);
    // no tsconfig: the alias does not resolve at all
    expect(classify('@/utils/supabase/server', 'createClient', page, root)).toEqual(SERVER);
    expect(classify('@/lib/supabase/client', 'createClient', page, root)).toEqual(BROWSER);
  });

  it('trusts the analysed module over its name when it can be read', () => {
    const root = makeTree({
      'tsconfig.json': alias('./*'),
      'utils/supabase/server.ts': "export type Database = { public: {} }\nexport const SUPABASE_URL = process.env.NEXT_PUBLIC_SUPABASE_URL!\n",
      'utils/supabase/client.ts': SERVER_FACTORY, // misnamed: it is the server factory
    });
    const page = join(root, 'app/page.tsx');
    expect(classify('@/utils/supabase/server', 'SUPABASE_URL', page, root)).toBeUndefined();
    expect(classify('@/utils/supabase/client', 'createClient', page, root)).toEqual(SERVER);
  });
});

describe('importValue: wrapper modules of the app', () => {
  it('resolves a relative import and analyses the factory', () => {
    const root = makeTree({ 'utils/supabase/server.ts': SERVER_FACTORY, 'utils/supabase/client.ts': BROWSER_FACTORY });
    const page = join(root, 'app/dashboard/page.tsx');
    expect(classify('../../utils/supabase/server', 'createClient', page, root)).toEqual(SERVER);
    expect(classify('../../utils/supabase/client', 'createClient', page, root)).toEqual(BROWSER);
    expect(classify('../../utils/supabase/server', 'somethingElse', page, root)).toBeUndefined();
    expect(classify('../../utils/supabase/server', '*', page, root)).toBeUndefined();
  });

  it('resolves tsconfig paths @/* → ./*', () => {
    const root = makeTree({ 'tsconfig.json': alias('./*'), 'utils/supabase/server.ts': SERVER_FACTORY, 'utils/supabase/client.ts': BROWSER_FACTORY });
    const page = join(root, 'app/page.tsx');
    expect(classify('@/utils/supabase/server', 'createClient', page, root)).toEqual(SERVER);
    expect(classify('@/utils/supabase/client', 'createClient', page, root)).toEqual(BROWSER);
  });

  it('resolves tsconfig paths @/* → ./src/*', () => {
    const root = makeTree({ 'tsconfig.json': alias('./src/*'), 'src/lib/supabase/server.ts': SERVER_FACTORY, 'src/lib/supabase/client.ts': BROWSER_FACTORY });
    const page = join(root, 'src/app/settings/page.tsx');
    expect(classify('@/lib/supabase/server', 'createClient', page, root)).toEqual(SERVER);
    expect(classify('@/lib/supabase/client', 'createClient', page, root)).toEqual(BROWSER);
  });

  it('resolves jsconfig.json paths in a JavaScript app', () => {
    const root = makeTree({
      'jsconfig.json': alias('./*'),
      'utils/supabase/server.js': SERVER_FACTORY.replaceAll('!', ''),
      'lib/db.js': "const { createClient } = require('@supabase/supabase-js')\n\nfunction adminClient() {\n  return createClient(process.env.SUPABASE_URL, process.env.SUPABASE_SERVICE_ROLE_KEY)\n}\n\nmodule.exports = { adminClient }\n",
    });
    const page = join(root, 'app/page.jsx');
    expect(classify('@/utils/supabase/server', 'createClient', page, root)).toEqual(SERVER);
    // CommonJS exports are not analysed: nothing is claimed
    expect(classify('@/lib/db', 'adminClient', page, root)).toBeUndefined();
  });

  it('follows a .js extension in a TS import', () => {
    const root = makeTree({
      'utils/supabase/server.ts': SERVER_FACTORY,
      'utils/supabase/index.ts': "export { createClient } from './server.js'\n",
    });
    const page = join(root, 'app/page.tsx');
    expect(classify('../utils/supabase/server.js', 'createClient', page, root)).toEqual(SERVER);
    expect(classify('../utils/supabase/index.js', 'createClient', page, root)).toEqual(SERVER);
  });

  it('follows barrels: named re-exports, renamed re-exports and export *', () => {
    const root = makeTree({
      'tsconfig.json': alias('./*'),
      'utils/supabase/server.ts': SERVER_FACTORY,
      'utils/supabase/client.ts': BROWSER_FACTORY,
      'utils/supabase/index.ts': "export { createClient } from './server'\nexport { createClient as createBrowserSupabase } from './client'\n",
      'lib/supabase/index.ts': "export * from './server'\nexport * as browser from './client'\n",
      'lib/supabase/server.ts': SERVER_FACTORY,
      'lib/supabase/client.ts': BROWSER_FACTORY,
      'lib/all.ts': "export * from './supabase'\n",
      'lib/local.ts': "import { createClient } from './supabase/server'\n\nexport { createClient as getServerClient }\n",
    });
    const page = join(root, 'app/page.tsx');
    expect(classify('@/utils/supabase', 'createClient', page, root)).toEqual(SERVER);
    expect(classify('@/utils/supabase', 'createBrowserSupabase', page, root)).toEqual(BROWSER);
    expect(classify('@/lib/supabase', 'createClient', page, root)).toEqual(SERVER);
    expect(classify('@/lib/supabase', 'browser', page, root)).toBeUndefined();
    expect(classify('@/lib/all', 'createClient', page, root)).toEqual(SERVER);
    expect(classify('@/lib/local', 'getServerClient', page, root)).toEqual(SERVER);
  });

  it('re-exports a package factory under a new name', () => {
    const root = makeTree({
      'lib/supabase.ts': "export { createServerClient as createClient, createBrowserClient } from '@supabase/ssr'\nexport { createClient as createAdminClient } from '@supabase/supabase-js'\n",
    });
    const page = join(root, 'app/page.tsx');
    expect(classify('../lib/supabase', 'createClient', page, root)).toEqual(SERVER);
    expect(classify('../lib/supabase', 'createBrowserClient', page, root)).toEqual(BROWSER);
    expect(classify('../lib/supabase', 'createAdminClient', page, root)).toEqual(STANDALONE);
  });

  it('recognises a wrapper that returns the client through a local const', () => {
    const root = makeTree({
      'lib/server.ts': `import { createServerClient } from '@supabase/ssr'
import { cookies } from 'next/headers'

export async function getSupabase() {
  const cookieStore = await cookies()
  const client = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: { getAll: () => cookieStore.getAll(), setAll: () => {} },
  })
  return client
}
`,
    });
    expect(classify('../lib/server', 'getSupabase', join(root, 'app/page.tsx'), root)).toEqual(SERVER);
  });

  it('recognises arrow-function wrappers, block and expression bodied, and default exports', () => {
    const root = makeTree({
      'lib/arrow.ts': `import { createServerClient, createBrowserClient } from '@supabase/ssr'
import { cookies } from 'next/headers'

export const createClient = async () => {
  const cookieStore = await cookies()
  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: { getAll: () => cookieStore.getAll(), setAll: () => {} },
  })
}

export const browserClient = () => createBrowserClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!)

export const typed = (() => createBrowserClient('u', 'k')) as () => ReturnType<typeof createBrowserClient>
`,
      'lib/default.ts': SERVER_FACTORY.replace('export async function createClient', 'export default async function createClient'),
      'lib/default-id.ts': "import { createBrowserClient } from '@supabase/ssr'\n\nconst make = () => createBrowserClient('u', 'k')\n\nexport default make\n",
    });
    const page = join(root, 'app/page.tsx');
    expect(classify('../lib/arrow', 'createClient', page, root)).toEqual(SERVER);
    expect(classify('../lib/arrow', 'browserClient', page, root)).toEqual(BROWSER);
    expect(classify('../lib/arrow', 'typed', page, root)).toEqual(BROWSER);
    expect(classify('../lib/default', 'default', page, root)).toEqual(SERVER);
    expect(classify('../lib/default-id', 'default', page, root)).toEqual(BROWSER);
  });

  it("sees through React's cache(): `export const createClient = cache(async () => …)`", () => {
    const root = makeTree({
      'lib/memo.ts': `import { cache } from 'react'
import { createServerClient } from '@supabase/ssr'
import { cookies } from 'next/headers'

export const createClient = cache(async () => {
  const cookieStore = await cookies()
  return createServerClient('u', 'k', { cookies: { getAll: () => cookieStore.getAll(), setAll: () => {} } })
})
`,
    });
    expect(classify('../lib/memo', 'createClient', join(root, 'app/page.tsx'), root)).toEqual(SERVER);
  });

  it('recognises a factory that calls another local factory (declared in any order)', () => {
    const root = makeTree({
      'lib/server.ts': `import { createServerClient } from '@supabase/ssr'

export async function getDb() {
  return await makeClient()
}

async function makeClient() {
  return createServerClient('u', 'k', { cookies: { getAll: () => [], setAll: () => {} } })
}
`,
    });
    expect(classify('../lib/server', 'getDb', join(root, 'app/page.tsx'), root)).toEqual(SERVER);
  });

  it('recognises a module that exports a client instance', () => {
    const root = makeTree({
      'lib/supabase.ts': `import { createBrowserClient } from '@supabase/ssr'
import { createClient } from '@supabase/supabase-js'

export const supabase = createBrowserClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!)
export const admin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!)
const internal = createBrowserClient('u', 'k')
export default internal
`,
    });
    const page = join(root, 'app/page.tsx');
    expect(classify('../lib/supabase', 'supabase', page, root)).toEqual({ client: 'browser' });
    expect(classify('../lib/supabase', 'admin', page, root)).toEqual({ client: 'standalone' });
    expect(classify('../lib/supabase', 'default', page, root)).toEqual({ client: 'browser' });
  });

  it('calls updateSession a function that runs Supabase, not a factory', () => {
    const root = makeTree({ 'utils/supabase/middleware.ts': UPDATE_SESSION, 'lib/supabase/proxy.ts': UPDATE_SESSION });
    const entry = join(root, 'middleware.ts');
    expect(classify('./utils/supabase/middleware', 'updateSession', entry, root)).toEqual({ runsSupabase: 'server' });
    expect(classify('./utils/supabase/middleware', 'updateSession', entry, root)?.factory).toBeUndefined();
    expect(classify('./lib/supabase/proxy', 'updateSession', entry, root)).toEqual({ runsSupabase: 'server' });
  });

  it('calls a helper that creates the server client inside a runsSupabase function', () => {
    const root = makeTree({
      'tsconfig.json': alias('./*'),
      'utils/supabase/server.ts': SERVER_FACTORY,
      'lib/auth.ts': `import { createClient } from '@/utils/supabase/server'

export async function requireUser() {
  const supabase = await createClient()
  const { data } = await supabase.auth.getClaims()
  return data?.claims ?? null
}
`,
    });
    expect(classify('@/lib/auth', 'requireUser', join(root, 'app/page.tsx'), root)).toEqual({ runsSupabase: 'server' });
  });

  it('answers undefined for exports that have nothing to do with Supabase', () => {
    const root = makeTree({ 'lib/format.ts': 'export function formatDate(d: Date) {\n  return d.toISOString()\n}\nexport const x = 1\n' });
    const page = join(root, 'app/page.tsx');
    expect(classify('../lib/format', 'formatDate', page, root)).toBeUndefined();
    expect(classify('../lib/format', 'x', page, root)).toBeUndefined();
    expect(classify('../lib/format', 'missing', page, root)).toBeUndefined();
  });
});

describe('importValue: settings', () => {
  const root = makeTree({
    'tsconfig.json': alias('./*'),
    'lib/db/index.ts': "export { getDb } from './impl'\n",
    'lib/db/impl.ts': 'export function getDb() {\n  return globalThis.fetch\n}\n',
    'lib/browser-db.ts': 'export function db() {\n  return null\n}\n',
  });
  const page = join(root, 'app/page.tsx');

  it('serverClientModules by specifier or root-relative path', () => {
    expect(classify('@/lib/db', 'getDb', page, root)).toBeUndefined();
    expect(classify('@/lib/db', 'getDb', page, root, { serverClientModules: ['@/lib/db'] })).toEqual(SERVER);
    expect(classify('@/lib/db', 'getDb', page, root, { serverClientModules: ['lib/db/index.ts'] })).toEqual(SERVER);
    expect(classify('../lib/db', 'getDb', page, root, { serverClientModules: ['./lib/db/index'] })).toEqual(SERVER);
    expect(classify('@acme/db', 'getDb', page, root, { serverClientModules: ['@acme/db'] })).toEqual(SERVER);
  });

  it('browserClientModules', () => {
    expect(classify('@/lib/browser-db', 'db', page, root, { browserClientModules: ['lib/browser-db'] })).toEqual(BROWSER);
  });

  it('applies to re-exports read through wrapper modules', () => {
    const app = makeTree({
      'tsconfig.json': alias('./*'),
      'lib/db.ts': 'export function getDb() {\n  return {}\n}\n',
      'lib/index.ts': "export { getDb } from './db'\n",
    });
    expect(classify('@/lib', 'getDb', join(app, 'app/page.tsx'), app, { serverClientModules: ['lib/db.ts'] })).toEqual(SERVER);
  });
});

describe('importValue: import cycles', () => {
  it('terminates on a.ts ↔ b.ts and still finds what it can', () => {
    const root = makeTree({
      'lib/a.ts': `import { createServerClient } from '@supabase/ssr'
import { helper } from './b'

export function createClient() {
  helper()
  return createServerClient('u', 'k', { cookies: { getAll: () => [], setAll: () => {} } })
}
`,
      'lib/b.ts': `import { createClient } from './a'

export function helper() {
  return 1
}

export async function getDb() {
  return createClient()
}
`,
    });
    const page = join(root, 'app/page.tsx');
    expect(classify('../lib/a', 'createClient', page, root)).toEqual(SERVER);
    expect(classify('../lib/b', 'getDb', page, root)).toEqual(SERVER);
    expect(classify('../lib/b', 'helper', page, root)).toBeUndefined();
  });

  it('terminates on export * cycles', () => {
    const root = makeTree({
      'lib/a.ts': "export * from './b'\nexport { createServerClient as createClient } from '@supabase/ssr'\n",
      'lib/b.ts': "export * from './a'\nexport * from './b'\n",
    });
    const page = join(root, 'app/page.tsx');
    expect(classify('../lib/a', 'createClient', page, root)).toEqual(SERVER);
    expect(classify('../lib/b', 'createClient', page, root)).toEqual(SERVER);
    expect(classify('../lib/b', 'nothing', page, root)).toBeUndefined();
  });

  it('gives the same answer whichever module of a cycle is analysed first (barrel ↔ factory type import)', () => {
    const root = makeTree({
      'tsconfig.json': alias('./*'),
      'utils/supabase/index.ts': "export * from './server'\nexport type Database = { public: { Tables: {} } }\n",
      'utils/supabase/server.ts': SERVER_FACTORY.replace("import { cookies } from 'next/headers'", "import { cookies } from 'next/headers'\nimport type { Database } from '.'"),
    });
    const page = join(root, 'app/page.tsx');
    expect(classify('@/utils/supabase/server', 'createClient', page, root)).toEqual(SERVER);
    expect(classify('@/utils/supabase', 'createClient', page, root)).toEqual(SERVER);
  });

  it('terminates on a self-import', () => {
    const root = makeTree({ 'lib/self.ts': "import { x } from './self'\nexport function x() {\n  return x()\n}\n" });
    expect(classify('../lib/self', 'x', join(root, 'app/page.tsx'), root)).toBeUndefined();
  });
});

describe('exportValue', () => {
  it('answers each export of a wrapper module', () => {
    const root = makeTree({ 'utils/supabase/server.ts': SERVER_FACTORY + 'export const PAGE_SIZE = 20\n' });
    const graph = graphFor(root, {}, appLayout);
    const file = join(root, 'utils/supabase/server.ts');
    expect(bindingInfo(graph.exportValue(file, 'createClient'))).toEqual(SERVER);
    expect(bindingInfo(graph.exportValue(file, 'PAGE_SIZE'))).toBeUndefined();
  });

  it('is undefined for a file that cannot be read or parsed', () => {
    // (a file that mentions nothing Supabase-related is not parsed at all: its summary is empty)
    const root = makeTree({ 'lib/broken.ts': "import { createServerClient } from '@supabase/ssr'\nexport function (" });
    const graph = graphFor(root, {}, appLayout);
    expect(graph.modules.summaryOf(join(root, 'lib/broken.ts'))).toBeUndefined();
    expect(graph.exportValue(join(root, 'lib/broken.ts'), 'x')).toBeUndefined();
    expect(graph.exportValue(join(root, 'lib/missing.ts'), 'x')).toBeUndefined();
  });
});

describe('module bindings / summarize', () => {
  const bindingsOf = (code: string) => {
    const module = standaloneContext('/app/app/page.tsx', summarize(program(code)), {});
    return (name: string) => bindingInfo(moduleBinding(module, name));
  };

  it('binds imports however they are written', () => {
    const code = `import { createServerClient as css } from '@supabase/ssr'
import * as ssr from '@supabase/ssr'
import createDefault from '@/utils/supabase/server'
const { createClient: sb } = require('@supabase/supabase-js')
const cjs = require('@supabase/ssr')
`;
    const imports = summarize(program(code)).imports;
    expect([...imports].map(([local, b]) => [local, b.source, b.imported])).toEqual([
      ['css', '@supabase/ssr', 'createServerClient'],
      ['ssr', '@supabase/ssr', '*'],
      ['createDefault', '@/utils/supabase/server', 'default'],
      ['sb', '@supabase/supabase-js', 'createClient'],
      ['cjs', '@supabase/ssr', '*'],
    ]);
    const binding = bindingsOf(code);
    expect(binding('css')).toEqual(SERVER);
    expect(binding('sb')).toEqual(STANDALONE);
    expect(binding('createDefault')).toEqual(SERVER); // naming convention, any export name
    expect(binding('ssr')).toBeUndefined(); // namespaces are looked up per member
  });

  it('finds local factories that use a namespace import', () => {
    const binding = bindingsOf(`import * as ssr from '@supabase/ssr'
export function make() {
  return ssr.createBrowserClient('u', 'k')
}
export const instance = make()
`);
    expect(binding('make')).toEqual(BROWSER);
    expect(binding('instance')).toEqual({ client: 'browser' });
  });

  it('finds a factory that requires @supabase/ssr inside its body', () => {
    const binding = bindingsOf(`export function createClient() {
  const { createServerClient } = require('@supabase/ssr')
  return createServerClient('u', 'k', { cookies: {} })
}
`);
    expect(binding('createClient')).toEqual(SERVER);
  });

  it('requireSource and unwrap', () => {
    const init = (code: string) => {
      const statement = program(code).body[0];
      return statement?.type === 'VariableDeclaration' ? statement.declarations[0]!.init : null;
    };
    expect(requireSource(init("const a = require('@supabase/ssr')"))).toBe('@supabase/ssr');
    expect(requireSource(init("const a = await import('@supabase/ssr')"))).toBe('@supabase/ssr');
    expect(requireSource(init("const a = require(name)"))).toBeUndefined();
    expect(requireSource(init("const a = load('@supabase/ssr')"))).toBeUndefined();
    const wrapped = parse('const a = (await createClient() as any)!', { range: true });
    const decl = wrapped.body[0];
    const expr = decl?.type === 'VariableDeclaration' ? decl.declarations[0]!.init! : undefined;
    expect(expr && unwrap(expr).type).toBe('CallExpression');
  });
});

describe('moduleUse', () => {
  const root = makeTree({
    'tsconfig.json': alias('./*'),
    'utils/supabase/server.ts': SERVER_FACTORY,
    'utils/supabase/client.ts': BROWSER_FACTORY,
    'utils/supabase/middleware.ts': UPDATE_SESSION,
  });
  const creates = (code: string, file = 'app/page.tsx') => moduleUse(graphFor(root, {}, appLayout).programContext(join(root, file), program(code))).creates.has('server');

  it('sees the server factory, direct or through a namespace', () => {
    expect(creates("import { createClient } from '@/utils/supabase/server'\nexport default async function P() {\n  await createClient()\n}\n")).toBe(true);
    expect(creates("import * as server from '@/utils/supabase/server'\nexport default async function P() {\n  await server.createClient()\n}\n")).toBe(true);
    expect(creates("import { createServerClient } from '@supabase/ssr'\nexport function GET() {\n  createServerClient('u', 'k', {} as never)\n}\n", 'app/api/route.ts')).toBe(true);
    expect(creates("import { updateSession } from '@/utils/supabase/middleware'\nexport function middleware(r: never) {\n  return updateSession(r)\n}\n", 'middleware.ts')).toBe(true);
  });

  it('ignores browser, standalone and uncalled imports', () => {
    expect(creates("import { createClient } from '@/utils/supabase/client'\nexport default function P() {\n  createClient()\n}\n")).toBe(false);
    expect(creates("import { createClient } from '@supabase/supabase-js'\nexport default function P() {\n  createClient('u', 'k')\n}\n")).toBe(false);
  });
});
