import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { codemod } from '../../codemods/middleware-session/index.ts';
import { buildProjectInfo } from '../../codemods/lib/project-info.ts';
import { beginEpoch } from '../../core/graph/epoch.ts';
import { entryExportsRun, entryMoveTarget } from '../../core/next.ts';
import { middlewareHelperTemplate } from '../../core/templates.ts';
import { defaultProject, FIXTURE_ROOT, runFixtures } from './harness.ts';

runFixtures(codemod, ['no-dropped-auth-cookies', 'require-session-refresh']);

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** An app on disk, so the rules see the rest of it (helpers, entry files, routes) through the project graph. */
function app(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'middleware-session-'));
  roots.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  beginEpoch();
  return root;
}

const PACKAGE = (next: string) => JSON.stringify({ dependencies: { next, '@supabase/ssr': '0.12.7', '@supabase/supabase-js': '2.119.1' } });
const SERVER = "import { createServerClient } from '@supabase/ssr'\nimport { cookies } from 'next/headers'\nexport async function createClient() {\n  const cookieStore = await cookies()\n  return createServerClient('u', 'k', { cookies: { getAll: () => cookieStore.getAll(), setAll() {} } })\n}\n";
const PAGE = "import { createClient } from '../../utils/supabase/server'\nexport default async function Page() {\n  const supabase = await createClient()\n  await supabase.auth.getClaims()\n  return null\n}\n";

it('keeps the response of a helper it cannot see inside under a name, and copies its cookies (i18n proxy)', () => {
  const source = "import createMiddleware from 'next-intl/middleware'\nimport { type NextRequest } from 'next/server'\nimport { updateSession } from './utils/supabase/middleware'\n\nconst i18n = createMiddleware({ locales: ['en'], defaultLocale: 'en' })\n\nexport async function proxy(request: NextRequest) {\n  await updateSession(request)\n  return i18n(request)\n}\n";
  const root = app({ 'package.json': PACKAGE('16.0.0'), 'utils/supabase/middleware.ts': middlewareHelperTemplate({ typescript: true }), 'app/page.tsx': 'export default function Page() { return null }\n', 'proxy.ts': source });
  const result = codemod.transform({ path: join(root, 'proxy.ts'), source, moveWithin: [root] }, buildProjectInfo(root));
  expect(result.output).toContain('  const supabaseResponse = await updateSession(request)\n  const response = i18n(request)\n  supabaseResponse.cookies.getAll().forEach((cookie) => response.cookies.set(cookie))\n');
  expect(result.review).toEqual([]);
});

it('marks the factory when no middleware refreshes the sessions Server Components read', () => {
  const root = app({ 'package.json': PACKAGE('15.5.0'), 'utils/supabase/server.ts': SERVER, 'app/dashboard/page.tsx': PAGE });
  const result = codemod.transform({ path: join(root, 'utils/supabase/server.ts'), source: SERVER, moveWithin: [root] }, buildProjectInfo(root));
  expect(result.review).toEqual([{ line: 5, message: expect.stringContaining('no middleware/proxy refreshes it') }]);
  expect(result.moveTo).toBeUndefined();
});

it('moves a root middleware.ts of an app that lives in src/ into src/, rewriting its relative import', () => {
  const source = "import { updateSession } from './src/utils/supabase/middleware'\n\nexport async function middleware(request) {\n  return updateSession(request)\n}\n";
  const root = app({ 'package.json': PACKAGE('15.5.0'), 'src/utils/supabase/middleware.ts': middlewareHelperTemplate({ typescript: true }), 'src/app/page.tsx': 'export default function Page() { return null }\n', 'middleware.ts': source });
  const result = codemod.transform({ path: join(root, 'middleware.ts'), source, moveWithin: [root] }, buildProjectInfo(root));
  expect(result.moveTo).toBe(join(root, 'src/middleware.ts'));
  expect(result.output).toBe(source.replace("'./src/utils/supabase/middleware'", "'./utils/supabase/middleware'"));
});

it('lists a move for review where the caller cannot move files (plain jscodeshift)', () => {
  const source = "import { updateSession } from '../utils/supabase/middleware'\nexport async function middleware(request) {\n  return updateSession(request)\n}\n";
  const path = join(FIXTURE_ROOT, 'src/app/middleware.ts');
  const result = codemod.transform({ path, source }, defaultProject({ srcDir: true, nextMajor: 15 }));
  expect(result.moveTo).toBeUndefined();
  expect(result.review).toEqual([{ line: 2, message: expect.stringContaining('Not moved automatically: this run cannot move files; `npx supabase-auth migrate` can.') }]);
});

it('does not move a file whose meaning depends on its folder in a way it cannot rewrite', () => {
  const source = "import { createServerClient } from '@supabase/ssr'\n\nexport async function middleware(request) {\n  const supabase = createServerClient('u', 'k', { cookies: { getAll: () => request.cookies.getAll(), setAll() {} } })\n  await supabase.auth.getClaims()\n  console.log(new URL('./log', import.meta.url))\n}\n";
  const path = join(FIXTURE_ROOT, 'src/app/middleware.ts');
  const result = codemod.transform({ path, source, moveWithin: [FIXTURE_ROOT] }, defaultProject({ srcDir: true, nextMajor: 15 }));
  expect(result.moveTo).toBeUndefined();
  expect(result.review).toEqual([{ line: 3, message: expect.stringContaining("Not moved automatically: it uses `import.meta`, whose URL is the file's own, which would mean something else from `src/`.") }]);
});

it('knows where Next runs an entry file, and which exports it runs', () => {
  const layout = { srcDir: true, pageExtensions: ['tsx', 'ts', 'jsx', 'js'] };
  expect(entryMoveTarget('src/app/middleware.ts', layout, 15)).toBe('src/middleware.ts');
  expect(entryMoveTarget('middleware.js', layout, 16)).toBe('src/middleware.js');
  expect(entryMoveTarget('src/proxy.ts', layout, 15)).toBe('src/middleware.ts');
  expect(entryMoveTarget('src/proxy.ts', layout, 16)).toBeUndefined();
  expect(entryMoveTarget('src/lib/proxy.ts', layout, 15)).toBeUndefined();
  expect(entryExportsRun(['default', 'config'], 'middleware')).toBe(true);
  expect(entryExportsRun(['proxy', 'config'], 'middleware')).toBe(false);
});
