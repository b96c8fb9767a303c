// core/project.ts: app roots, project facts (versions, next.config, entry files), file contexts, and the
// routes that do server-side Supabase auth. Temporary apps are built under os.tmpdir() by each test.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from '@typescript-eslint/typescript-estree';
import { afterAll, describe, expect, it } from 'vitest';
import { beginEpoch } from '../../core/graph/epoch.ts';
import { DEFAULT_PAGE_EXTENSIONS } from '../../core/next.ts';
import { findAppRoot, getFileContext, getProjectFacts, listAuthRoutes as listRoutes, moduleFacts, readNextConfig, roleOfProgram, type ProjectFacts } from '../../core/project.ts';
import type { PluginSettings } from '../../core/settings.ts';

/** The routes as file and URL (the graph also says what each does: tested in tests/core/graph). */
const listAuthRoutes = (facts: ProjectFacts, settings?: PluginSettings) => listRoutes(facts, settings).map(({ file, routePath }) => ({ file, routePath }));

const tempRoots: string[] = [];
afterAll(() => {
  for (const dir of tempRoots) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory holding these files (path → content); returns its real absolute path. */
function makeTree(files: Record<string, string>): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'supabase-auth-core-')));
  tempRoots.push(dir);
  writeTree(dir, files);
  return dir;
}

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

const pkg = (deps: Record<string, string> = { next: '16.0.0' }, field = 'dependencies') =>
  JSON.stringify({ name: 'app', private: true, [field]: { react: '19.2.0', ...deps } }, null, 2);

const tsconfigAlias = (target: string) => JSON.stringify({ compilerOptions: { strict: true, paths: { '@/*': [target] } } });

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
        } catch {}
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

const SERVER_PAGE = `import { createClient } from '@/utils/supabase/server'

export default async function Page() {
  const supabase = await createClient()
  const { data } = await supabase.auth.getClaims()
  return <p>{data?.claims.email}</p>
}
`;

describe('findAppRoot', () => {
  it('finds the nearest directory with a next.config.*', () => {
    for (const config of ['next.config.ts', 'next.config.mjs', 'next.config.js', 'next.config.cjs', 'next.config.mts']) {
      const root = makeTree({ [config]: 'export default {}\n', 'app/dashboard/page.tsx': SERVER_PAGE });
      expect(findAppRoot(join(root, 'app', 'dashboard'))).toBe(root);
      expect(findAppRoot(root)).toBe(root);
    }
  });

  it('finds a package.json that depends on next (dependencies or devDependencies)', () => {
    const root = makeTree({ 'package.json': pkg(), 'src/app/page.tsx': SERVER_PAGE });
    expect(findAppRoot(join(root, 'src', 'app'))).toBe(root);
    const dev = makeTree({ 'package.json': pkg({ next: '^15.3.0' }, 'devDependencies'), 'pages/index.tsx': '' });
    expect(findAppRoot(join(dev, 'pages'))).toBe(dev);
  });

  it('scopes a monorepo to the Next app, not to the repo root', () => {
    const repo = makeTree({
      'package.json': JSON.stringify({ name: 'repo', private: true, workspaces: ['apps/*', 'packages/*'] }),
      'apps/web/package.json': pkg(),
      'apps/web/app/page.tsx': SERVER_PAGE,
      'apps/docs/next.config.mjs': 'export default {}\n',
      'apps/docs/app/page.tsx': '',
      'packages/ui/package.json': JSON.stringify({ name: 'ui', dependencies: { react: '19.2.0' } }),
      'packages/ui/src/button.tsx': '',
    });
    expect(findAppRoot(join(repo, 'apps', 'web', 'app'))).toBe(join(repo, 'apps', 'web'));
    expect(findAppRoot(join(repo, 'apps', 'docs', 'app'))).toBe(join(repo, 'apps', 'docs'));
    expect(findAppRoot(join(repo, 'packages', 'ui', 'src'))).toBeUndefined();
  });

  it('skips package.json files that do not depend on next, and broken ones', () => {
    const root = makeTree({
      'next.config.js': 'module.exports = {}\n',
      'lib/package.json': JSON.stringify({ name: 'lib', type: 'module' }),
      'lib/db/package.json': '{ not json',
      'lib/db/get-supabase.ts': '',
    });
    expect(findAppRoot(join(root, 'lib', 'db'))).toBe(root);
  });
});

describe('getProjectFacts: layout', () => {
  it('detects an app that lives in src/', () => {
    const root = makeTree({ 'package.json': pkg(), 'src/app/page.tsx': SERVER_PAGE });
    expect(getProjectFacts(root).srcDir).toBe(true);
    const pages = makeTree({ 'package.json': pkg(), 'src/pages/index.tsx': '' });
    expect(getProjectFacts(pages).srcDir).toBe(true);
  });

  it('prefers root app/ (or pages/) over src/app, like Next', () => {
    const root = makeTree({ 'package.json': pkg(), 'app/page.tsx': SERVER_PAGE, 'src/app/page.tsx': SERVER_PAGE });
    expect(getProjectFacts(root).srcDir).toBe(false);
    const pagesAtRoot = makeTree({ 'package.json': pkg(), 'pages/index.tsx': '', 'src/app/page.tsx': SERVER_PAGE });
    expect(getProjectFacts(pagesAtRoot).srcDir).toBe(false);
  });

  it('is not a src/ app when src/ has no app/ or pages/', () => {
    const root = makeTree({ 'package.json': pkg(), 'src/lib/supabase/server.ts': SERVER_FACTORY });
    expect(getProjectFacts(root).srcDir).toBe(false);
  });
});

describe('getProjectFacts: next version', () => {
  it('reads the installed next, whatever package.json asks for', () => {
    const root = makeTree({
      'package.json': pkg({ next: '^16.0.0' }),
      'node_modules/next/package.json': JSON.stringify({ name: 'next', version: '16.2.1' }),
    });
    expect(getProjectFacts(root)).toMatchObject({ nextVersion: '16.2.1', nextMajor: 16 });
    const stale = makeTree({
      'package.json': pkg({ next: '^16.0.0' }),
      'node_modules/next/package.json': JSON.stringify({ name: 'next', version: '15.5.4' }),
    });
    expect(getProjectFacts(stale)).toMatchObject({ nextVersion: '15.5.4', nextMajor: 15 });
  });

  it('falls back to the lowest version the package.json range allows', () => {
    const root = makeTree({ 'package.json': pkg({ next: '^15.3.0' }) });
    expect(getProjectFacts(root)).toMatchObject({ nextVersion: '15.3.0', nextMajor: 15 });
    const exact = makeTree({ 'package.json': pkg({ next: '16.0.0' }) });
    expect(getProjectFacts(exact)).toMatchObject({ nextVersion: '16.0.0', nextMajor: 16 });
  });

  it('answers unknown for ranges that are not versions, or no next at all', () => {
    const tag = makeTree({ 'package.json': pkg({ next: 'canary' }) });
    expect(getProjectFacts(tag)).toMatchObject({ nextVersion: undefined, nextMajor: undefined });
    const none = makeTree({ 'next.config.mjs': 'export default {}\n' });
    expect(getProjectFacts(none)).toMatchObject({ nextVersion: undefined, nextMajor: undefined });
  });

  it('finds a next hoisted to the monorepo root', () => {
    const repo = makeTree({
      'package.json': JSON.stringify({ name: 'repo', workspaces: ['apps/*'] }),
      'node_modules/next/package.json': JSON.stringify({ name: 'next', version: '16.1.0' }),
      'apps/web/package.json': pkg({ next: '^16.0.0' }),
      'apps/web/app/page.tsx': SERVER_PAGE,
      'apps/catalog/package.json': pkg({ next: 'catalog:' }),
    });
    expect(getProjectFacts(join(repo, 'apps', 'web'))).toMatchObject({ nextVersion: '16.1.0', nextMajor: 16 });
    expect(getProjectFacts(join(repo, 'apps', 'catalog'))).toMatchObject({ nextVersion: '16.1.0', nextMajor: 16 });
  });

  it("ignores a hoisted next that the app's own range rules out (it belongs to another app)", () => {
    const repo = makeTree({
      'package.json': JSON.stringify({ name: 'repo', workspaces: ['apps/*'] }),
      'node_modules/next/package.json': JSON.stringify({ name: 'next', version: '16.1.0' }),
      'apps/legacy/package.json': pkg({ next: '^15.2.0' }),
      'apps/legacy/pages/index.tsx': '',
    });
    expect(getProjectFacts(join(repo, 'apps', 'legacy'))).toMatchObject({ nextVersion: '15.2.0', nextMajor: 15 });
  });

  it('lets settings.nextVersion override what is installed', () => {
    const root = makeTree({
      'package.json': pkg({ next: '^16.0.0' }),
      'node_modules/next/package.json': JSON.stringify({ name: 'next', version: '16.2.1' }),
    });
    expect(getProjectFacts(root, { nextVersion: '15.5.0' })).toMatchObject({ nextVersion: '15.5.0', nextMajor: 15 });
    expect(getProjectFacts(root)).toMatchObject({ nextVersion: '16.2.1' });
  });
});

describe('getProjectFacts: next.config', () => {
  const withConfig = (file: string, text: string) => getProjectFacts(makeTree({ 'package.json': pkg(), [file]: text, 'app/page.tsx': SERVER_PAGE }));

  it('is false without a next.config, or when the config does not set it', () => {
    expect(getProjectFacts(makeTree({ 'package.json': pkg(), 'app/page.tsx': SERVER_PAGE })).cacheComponents).toBe(false);
    expect(withConfig('next.config.mjs', 'const nextConfig = { reactStrictMode: true }\nexport default nextConfig\n').cacheComponents).toBe(false);
  });

  it('reads cacheComponents: true / false', () => {
    const ts = `import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  cacheComponents: true,
}

export default nextConfig
`;
    expect(withConfig('next.config.ts', ts).cacheComponents).toBe(true);
    expect(withConfig('next.config.js', 'module.exports = { cacheComponents: false }\n').cacheComponents).toBe(false);
    expect(withConfig('next.config.mjs', "export default { 'cacheComponents': true }\n").cacheComponents).toBe(true);
  });

  it('is unknown when the value is computed', () => {
    expect(withConfig('next.config.mjs', "export default { cacheComponents: process.env.CACHE_COMPONENTS === '1' }\n").cacheComponents).toBeUndefined();
    expect(withConfig('next.config.ts', 'export default { cacheComponents: process.env.X }\n').cacheComponents).toBeUndefined();
  });

  it('reads configs wrapped by plugins', () => {
    const sentry = `import { withSentryConfig } from '@sentry/nextjs'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = { cacheComponents: true, images: { remotePatterns: [] } }

export default withSentryConfig(nextConfig, { org: 'acme', project: 'web', silent: true })
`;
    expect(withConfig('next.config.ts', sentry).cacheComponents).toBe(true);
    const inline = `const { withSentryConfig } = require('@sentry/nextjs')
module.exports = withSentryConfig({ cacheComponents: true }, { silent: true })
`;
    expect(withConfig('next.config.js', inline).cacheComponents).toBe(true);
  });

  it('reads function exports', () => {
    expect(withConfig('next.config.mjs', 'export default (phase) => ({ cacheComponents: true })\n').cacheComponents).toBe(true);
    const block = `module.exports = async (phase, { defaultConfig }) => {
  const nextConfig = { ...defaultConfig, cacheComponents: true }
  return nextConfig
}
`;
    expect(withConfig('next.config.js', block).cacheComponents).toBe(true);
  });

  it('is unknown when next.config does not parse', () => {
    const facts = withConfig('next.config.mjs', 'export default { cacheComponents: true,, }}\n');
    expect(facts.cacheComponents).toBeUndefined();
    expect(facts.pageExtensions).toEqual(DEFAULT_PAGE_EXTENSIONS);
  });

  it('lets settings.cacheComponents override next.config', () => {
    const root = makeTree({ 'package.json': pkg(), 'next.config.mjs': 'export default { cacheComponents: process.env.X }\n' });
    expect(getProjectFacts(root).cacheComponents).toBeUndefined();
    expect(getProjectFacts(root, { cacheComponents: true }).cacheComponents).toBe(true);
    expect(getProjectFacts(root, { cacheComponents: false }).cacheComponents).toBe(false);
  });

  it('reads pageExtensions (literal arrays only)', () => {
    expect(withConfig('next.config.mjs', "export default { pageExtensions: ['page.tsx', 'page.ts'] }\n").pageExtensions).toEqual(['page.tsx', 'page.ts']);
    expect(withConfig('next.config.mjs', "export default { pageExtensions: ['tsx', 'ts', 'mdx'] }\n").pageExtensions).toEqual(['tsx', 'ts', 'mdx']);
    expect(withConfig('next.config.mjs', "const ext = ['md']\nexport default { pageExtensions: ['tsx', ...ext] }\n").pageExtensions).toEqual(DEFAULT_PAGE_EXTENSIONS);
    expect(withConfig('next.config.mjs', 'export default {}\n').pageExtensions).toEqual(DEFAULT_PAGE_EXTENSIONS);
  });

  it('readNextConfig without a program is unknown', () => {
    expect(readNextConfig(undefined)).toEqual({ cacheComponents: undefined, pageExtensions: DEFAULT_PAGE_EXTENSIONS });
  });
});

describe('getProjectFacts: middleware and proxy entry files', () => {
  it('lists root entry files, not helpers with the same name', () => {
    const root = makeTree({
      'package.json': pkg(),
      'app/page.tsx': SERVER_PAGE,
      'middleware.ts': 'export function middleware() {}\n',
      'utils/supabase/middleware.ts': 'export async function updateSession() {}\n',
      'lib/supabase/proxy.ts': 'export async function updateSession() {}\n',
    });
    const facts = getProjectFacts(root);
    expect(facts.middlewareFiles).toEqual([join(root, 'middleware.ts')]);
    expect(facts.proxyFiles).toEqual([]);
  });

  it('lists both when both exist', () => {
    const root = makeTree({ 'package.json': pkg(), 'app/page.tsx': '', 'middleware.ts': '', 'proxy.js': '' });
    const facts = getProjectFacts(root);
    expect(facts.middlewareFiles).toEqual([join(root, 'middleware.ts')]);
    expect(facts.proxyFiles).toEqual([join(root, 'proxy.js')]);
  });

  it('looks in src/ for a src/ app and ignores a root entry there', () => {
    const root = makeTree({ 'package.json': pkg(), 'src/app/page.tsx': '', 'src/proxy.ts': '', 'middleware.ts': '' });
    const facts = getProjectFacts(root);
    expect(facts.proxyFiles).toEqual([join(root, 'src', 'proxy.ts')]);
    expect(facts.middlewareFiles).toEqual([]);
  });

  it('uses the custom pageExtensions: proxy.page.tsx is the entry, proxy.ts is not', () => {
    const root = makeTree({
      'package.json': pkg(),
      'next.config.mjs': "export default { pageExtensions: ['page.tsx', 'page.ts'] }\n",
      'app/page.page.tsx': '',
      'proxy.page.tsx': '',
      'proxy.ts': '',
      'middleware.ts': '',
    });
    const facts = getProjectFacts(root);
    expect(facts.proxyFiles).toEqual([join(root, 'proxy.page.tsx')]);
    expect(facts.middlewareFiles).toEqual([]);
  });
});

describe('getFileContext', () => {
  it('locates an on-disk file in its app', () => {
    const root = makeTree({ 'package.json': pkg(), 'tsconfig.json': tsconfigAlias('./*'), 'app/dashboard/page.tsx': SERVER_PAGE, 'middleware.ts': '' });
    const ctx = getFileContext(join(root, 'app', 'dashboard', 'page.tsx'), '/', true);
    expect(ctx.file).toBe(join(root, 'app', 'dashboard', 'page.tsx'));
    expect(ctx.relPath).toBe('app/dashboard/page.tsx');
    expect(ctx.kind).toEqual({ type: 'app', file: 'page', routePath: '/dashboard' });
    expect(ctx.facts.root).toBe(root);
    expect(ctx.facts.middlewareFiles).toEqual([join(root, 'middleware.ts')]);
  });

  it('resolves a relative filename against cwd', () => {
    const root = makeTree({ 'package.json': pkg(), 'src/app/page.tsx': SERVER_PAGE, 'src/proxy.ts': '' });
    expect(getFileContext('src/proxy.ts', root, true).kind).toEqual({ type: 'proxy' });
    expect(getFileContext('src/app/page.tsx', root, true).kind).toEqual({ type: 'app', file: 'page', routePath: '/' });
  });

  it('scopes files of a monorepo app to that app', () => {
    const repo = makeTree({ 'package.json': '{}', 'apps/web/package.json': pkg(), 'apps/web/middleware.ts': '', 'apps/web/app/page.tsx': '' });
    const ctx = getFileContext('apps/web/middleware.ts', repo, true);
    expect(ctx.relPath).toBe('middleware.ts');
    expect(ctx.kind).toEqual({ type: 'middleware' });
    expect(ctx.facts.root).toBe(join(repo, 'apps', 'web'));
  });

  it('takes the root from settings.rootDir (relative to cwd)', () => {
    const repo = makeTree({ 'apps/web/app/page.tsx': SERVER_PAGE, 'apps/web/proxy.ts': '' });
    const ctx = getFileContext('apps/web/proxy.ts', repo, true, { rootDir: 'apps/web' });
    expect(ctx.facts.root).toBe(join(repo, 'apps', 'web'));
    expect(ctx.kind).toEqual({ type: 'proxy' });
  });

  it('reads nothing for a virtual file: facts come from its path and from settings', () => {
    const root = makeTree({ 'package.json': pkg({ next: '15.0.0' }), 'next.config.mjs': 'export default { cacheComponents: true }\n', 'middleware.ts': '' });
    const ctx = getFileContext('app/dashboard/page.tsx', root, false);
    expect(ctx.relPath).toBe('app/dashboard/page.tsx');
    expect(ctx.kind).toEqual({ type: 'app', file: 'page', routePath: '/dashboard' });
    expect(ctx.facts).toEqual({
      root: undefined,
      srcDir: false,
      pageExtensions: DEFAULT_PAGE_EXTENSIONS,
      nextVersion: undefined,
      nextMajor: undefined,
      cacheComponents: false,
      middlewareFiles: [],
      proxyFiles: [],
    });
  });

  it('derives srcDir of a virtual file from its path', () => {
    expect(getFileContext('src/app/settings/page.tsx', '/project', false).kind).toEqual({ type: 'app', file: 'page', routePath: '/settings' });
    expect(getFileContext('src/proxy.ts', '/project', false).kind).toEqual({ type: 'proxy' });
    expect(getFileContext('src/pages/api/me.ts', '/project', false).kind).toEqual({ type: 'pages-api', routePath: '/api/me' });
    expect(getFileContext('middleware.ts', '/project', false).kind).toEqual({ type: 'middleware' });
    expect(getFileContext('utils/supabase/middleware.ts', '/project', false).kind).toEqual({ type: 'other' });
    expect(getFileContext('pages/_app.tsx', '/project', false).kind).toEqual({ type: 'other' });
  });

  it('applies settings to a virtual file', () => {
    const ctx = getFileContext('app/page.tsx', '/project', false, { nextVersion: '15.2.4', cacheComponents: true });
    expect(ctx.facts).toMatchObject({ nextVersion: '15.2.4', nextMajor: 15, cacheComponents: true, root: undefined });
  });

  it('treats an on-disk file outside any Next app like a virtual one', () => {
    const dir = makeTree({ 'scripts/seed.ts': '' });
    const ctx = getFileContext(join(dir, 'scripts', 'seed.ts'), dir, true);
    expect(ctx.facts.root).toBeUndefined();
    expect(ctx.relPath).toBe('scripts/seed.ts');
    expect(ctx.kind).toEqual({ type: 'other' });
  });
});

describe('moduleFacts / roleOfProgram', () => {
  const program = (code: string) => parse(code, { jsx: true, range: true, loc: true });

  it('collects leading directives and import sources only', () => {
    const facts = moduleFacts(program(`'use client'\nimport { useEffect } from 'react'\nimport { createClient } from '@/utils/supabase/client'\n'use server'\n`));
    expect(facts).toEqual({ directives: ['use client'], importSources: ['react', '@/utils/supabase/client'] });
  });

  it('derives the module role', () => {
    const page = { type: 'app', file: 'page', routePath: '/' } as const;
    expect(roleOfProgram(program(`'use client'\nexport default function Page() { return null }`), page)).toBe('client');
    expect(roleOfProgram(program('export default function Page() { return null }'), page)).toBe('server');
    expect(roleOfProgram(program(`import 'server-only'\nexport const x = 1`), { type: 'other' })).toBe('server');
    expect(roleOfProgram(program('export const x = 1'), { type: 'other' })).toBe('shared');
  });
});

describe('listAuthRoutes', () => {
  const serverRouteApp = () =>
    makeTree({
      'package.json': pkg(),
      'tsconfig.json': tsconfigAlias('./*'),
      'utils/supabase/server.ts': SERVER_FACTORY,
      'utils/supabase/client.ts': BROWSER_FACTORY,
      'lib/auth.ts': `import { createClient } from '@/utils/supabase/server'

export async function currentUserId() {
  const supabase = await createClient()
  const { data } = await supabase.auth.getClaims()
  return data?.claims.sub
}
`,
      'app/layout.tsx': 'export default function RootLayout({ children }: { children: React.ReactNode }) {\n  return <html><body>{children}</body></html>\n}\n',
      'app/page.tsx': 'export default function Home() {\n  return <h1>Welcome</h1>\n}\n',
      'app/dashboard/page.tsx': SERVER_PAGE,
      'app/(app)/settings/page.tsx': SERVER_PAGE.replace("'@/utils/supabase/server'", "'../../../utils/supabase/server'"),
      'app/(app)/layout.tsx': `import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const supabase = await createClient()
  const { data } = await supabase.auth.getClaims()
  if (!data) redirect('/login')
  return <>{children}</>
}
`,
      'app/posts/[id]/page.tsx': SERVER_PAGE,
      'app/api/todos/route.ts': `import { NextResponse } from 'next/server'
import { createClient } from '@/utils/supabase/server'

export async function GET() {
  const supabase = await createClient()
  const { data } = await supabase.from('todos').select()
  return NextResponse.json(data)
}
`,
      'app/profile/page.tsx': `import { currentUserId } from '@/lib/auth'

export default async function Profile() {
  return <p>{await currentUserId()}</p>
}
`,
      // client components are not server auth routes, whatever they import
      'app/live/page.tsx': `'use client'
import { createClient } from '@/utils/supabase/client'

export default function Live() {
  const supabase = createClient()
  return <p>{String(Boolean(supabase))}</p>
}
`,
      // a server page that only creates the browser or a standalone client does no cookie auth
      'app/browser-in-server/page.tsx': `import { createClient } from '@/utils/supabase/client'

export default function Page() {
  createClient()
  return null
}
`,
      'app/blog/page.tsx': `import { createClient } from '@supabase/supabase-js'

export default async function Blog() {
  const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!)
  const { data } = await supabase.from('posts').select()
  return <ul>{data?.map((p) => <li key={p.id}>{p.title}</li>)}</ul>
}
`,
      'app/_components/page.tsx': SERVER_PAGE,
      'app/components/account-menu.tsx': SERVER_PAGE,
      'app/broken/page.tsx': 'export default function (( {\n',
    });

  it('lists pages, layouts and route handlers that create the server client, with their URL', () => {
    const root = serverRouteApp();
    const routes = listAuthRoutes(getProjectFacts(root));
    const rel = routes.map((r) => [r.file.slice(root.length + 1).split('\\').join('/'), r.routePath]).sort();
    expect(rel).toEqual(
      [
        ['app/(app)/layout.tsx', '/'],
        ['app/(app)/settings/page.tsx', '/settings'],
        ['app/api/todos/route.ts', '/api/todos'],
        ['app/dashboard/page.tsx', '/dashboard'],
        ['app/posts/[id]/page.tsx', '/posts/segment'],
        ['app/profile/page.tsx', '/profile'],
      ].sort(),
    );
  });

  it('walks src/app in a src/ app, through a ./src/* alias', () => {
    const root = makeTree({
      'package.json': pkg(),
      'tsconfig.json': tsconfigAlias('./src/*'),
      'src/lib/supabase/server.ts': SERVER_FACTORY,
      'src/app/settings/page.tsx': SERVER_PAGE.replace('@/utils/supabase/server', '@/lib/supabase/server'),
      'src/app/page.tsx': 'export default function Home() {\n  return null\n}\n',
    });
    const routes = listAuthRoutes(getProjectFacts(root));
    expect(routes).toEqual([{ file: join(root, 'src', 'app', 'settings', 'page.tsx'), routePath: '/settings' }]);
  });

  it('finds factories named in settings', () => {
    const root = makeTree({
      'package.json': pkg(),
      'tsconfig.json': tsconfigAlias('./*'),
      'lib/db.ts': "export { makeDb } from './db-impl'\n",
      'lib/db-impl.ts': 'export function makeDb() {\n  return {}\n}\n',
      'app/page.tsx': "import { makeDb } from '@/lib/db'\n\nexport default async function Home() {\n  makeDb()\n  return null\n}\n",
    });
    expect(listAuthRoutes(getProjectFacts(root))).toEqual([]);
    expect(listAuthRoutes(getProjectFacts(root), { serverClientModules: ['@/lib/db'] })).toEqual([{ file: join(root, 'app', 'page.tsx'), routePath: '/' }]);
  });

  it('is empty without a root or an app/ directory', () => {
    const pagesOnly = makeTree({ 'package.json': pkg(), 'pages/index.tsx': SERVER_PAGE, 'utils/supabase/server.ts': SERVER_FACTORY });
    expect(listAuthRoutes(getProjectFacts(pagesOnly))).toEqual([]);
    expect(listAuthRoutes(getFileContext('app/page.tsx', '/project', false).facts)).toEqual([]);
  });
});

describe('epochs: facts are checked once per epoch, recomputed only when their files changed', () => {
  it('keeps answers within an epoch, and sees next.config, entry files and routes in the next one', () => {
    const root = makeTree({
      'package.json': pkg(),
      'tsconfig.json': tsconfigAlias('./*'),
      'next.config.mjs': 'export default {}\n',
      'app/page.tsx': 'export default function Home() {\n  return null\n}\n',
      'utils/supabase/server.ts': SERVER_FACTORY,
    });
    beginEpoch();
    const before = getProjectFacts(root);
    expect(before).toMatchObject({ cacheComponents: false, middlewareFiles: [], proxyFiles: [] });
    expect(listAuthRoutes(before)).toEqual([]);

    writeTree(root, {
      'next.config.mjs': 'export default { cacheComponents: true, reactStrictMode: false }\n',
      'proxy.ts': "export { updateSession as proxy } from './utils/supabase/middleware'\n",
      'app/dashboard/page.tsx': SERVER_PAGE,
    });
    expect(getProjectFacts(root)).toBe(before); // same epoch: nothing is looked at again
    expect(listAuthRoutes(getProjectFacts(root))).toEqual([]);

    beginEpoch();
    const after = getProjectFacts(root);
    expect(after).not.toBe(before);
    expect(after).toMatchObject({ cacheComponents: true, proxyFiles: [join(root, 'proxy.ts')] });
    expect(listAuthRoutes(after)).toEqual([{ file: join(root, 'app', 'dashboard', 'page.tsx'), routePath: '/dashboard' }]);

    beginEpoch();
    expect(getProjectFacts(root)).toBe(after); // nothing changed: the same answer, not recomputed
  });
});
