import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { codemod } from '../../codemods/middleware-matcher.ts';
import { buildProjectInfo } from '../../codemods/lib/project-info.ts';
import { defaultProject, FIXTURE_ROOT, runFixtures } from './harness.ts';

runFixtures(codemod, 'require-middleware-matcher');

it('widens a matcher that leaves out a route of the app that does server-side auth (read from disk)', () => {
  const root = mkdtempSync(join(tmpdir(), 'middleware-matcher-'));
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  try {
    write('package.json', JSON.stringify({ dependencies: { next: '16.0.0' } }));
    write('utils/supabase/server.ts', "import { createServerClient } from '@supabase/ssr'\nexport async function createClient() { return createServerClient('u', 'k', { cookies: { getAll: () => [], setAll() {} } }) }\n");
    write('app/settings/page.tsx', "import { createClient } from '../../utils/supabase/server'\nexport default async function Page() { const supabase = await createClient(); await supabase.auth.getClaims(); return null }\n");
    const source = "import { updateSession } from './utils/supabase/middleware'\nexport async function proxy(request) { return await updateSession(request) }\nexport const config = { matcher: ['/((?!settings|_next/static).*)'] }\n";
    write('proxy.ts', source);
    const result = codemod.transform({ path: join(root, 'proxy.ts'), source }, buildProjectInfo(root));
    expect(result.output).toContain("'/((?!_next/static|_next/image|favicon.ico|.*\\\\.(?:svg|png|jpg|jpeg|gif|webp)$).*)'");
    expect(result.review).toHaveLength(1);
    expect(result.review[0]!.message).toContain("the previous matcher was ['/((?!settings|_next/static).*)']");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

it('skips files that cannot be an entry before parsing them', () => {
  expect(codemod.mightApply("export default function Page() { return 'hello' }\n")).toBe(false);
  expect(codemod.mightApply("import { updateSession } from '@/lib/session'\n")).toBe(true);
});

it('tells Next 16 apps that middleware.ts is deprecated, and nobody else', () => {
  const source = "import { updateSession } from '@/utils/supabase/middleware'\nexport async function middleware(request) { return await updateSession(request) }\nexport const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\\\.(?:svg|png|jpg|jpeg|gif|webp)$).*)'] }\n";
  const run = (file: string, nextMajor: number) => codemod.transform({ path: join(FIXTURE_ROOT, file), source }, defaultProject({ nextMajor }));
  const on16 = run('middleware.ts', 16);
  expect(on16.output).toBeUndefined();
  expect(on16.notices).toEqual([expect.stringContaining('npx @next/codemod@latest middleware-to-proxy')]);
  expect(run('middleware.ts', 15).notices).toEqual([]);
  expect(run('proxy.ts', 16).notices).toEqual([]);
});
