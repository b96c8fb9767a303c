import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { codemod } from '../../codemods/middleware-matcher/index.ts';
import { dropExclusions } from '../../codemods/middleware-matcher/decide.ts';
import { pathTest } from '../../codemods/middleware-matcher/write.ts';
import { buildProjectInfo } from '../../codemods/lib/project-info.ts';
import { beginEpoch } from '../../core/graph/epoch.ts';
import { middlewareHelperTemplate } from '../../core/templates.ts';
import { defaultProject, FIXTURE_ROOT, runFixtures } from './harness.ts';

runFixtures(codemod, 'require-middleware-matcher');

it('reads the routes to cover and the helper from disk: drops only the exclusion that hides an auth page', () => {
  const root = mkdtempSync(join(tmpdir(), 'middleware-matcher-'));
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  try {
    write('package.json', JSON.stringify({ dependencies: { next: '16.0.0' } }));
    write('utils/supabase/server.ts', "import { createServerClient } from '@supabase/ssr'\nexport async function createClient() { return createServerClient('u', 'k', { cookies: { getAll: () => [], setAll() {} } }) }\n");
    write('utils/supabase/middleware.ts', middlewareHelperTemplate({ typescript: true }));
    write('app/settings/page.tsx', "import { createClient } from '../../utils/supabase/server'\nexport default async function Page() { const supabase = await createClient(); await supabase.auth.getClaims(); return null }\n");
    // a route handler refreshes its own session: never a reason to widen (the rule's criterion)
    write('app/api/me/route.ts', "import { createClient } from '../../../utils/supabase/server'\nexport async function GET() { const supabase = await createClient(); return Response.json(await supabase.auth.getClaims()) }\n");
    const source = "import { updateSession } from './utils/supabase/middleware'\nexport async function proxy(request) { return await updateSession(request) }\nexport const config = { matcher: ['/((?!settings|api|_next/static).*)'] }\n";
    write('proxy.ts', source);
    const result = codemod.transform({ path: join(root, 'proxy.ts'), source }, buildProjectInfo(root));
    expect(result.output).toContain("'/((?!api|_next/static).*)'");
    expect(result.review).toHaveLength(1);
    expect(result.review[0]!.message).toContain("the matcher no longer excludes `settings`: it did not run on `/settings`, where Server Components read the session");
    expect(result.review[0]!.message).toContain("the previous matcher was ['/((?!settings|api|_next/static).*)']");

    // the same app whose helper redirects logged-out requests: nothing is widened
    write('utils/supabase/middleware.ts', middlewareHelperTemplate({ typescript: true }).replace('  return supabaseResponse', "  if (!request.cookies.size) return NextResponse.redirect(new URL('/login', request.url))\n  return supabaseResponse"));
    beginEpoch();
    const redirecting = codemod.transform({ path: join(root, 'proxy.ts'), source }, buildProjectInfo(root));
    expect(redirecting.output).toContain("matcher: ['/((?!settings|api|_next/static).*)']");
    expect(redirecting.review[0]!.message).toContain('it is not widened because `updateSession`');
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

it('guards a response with a readable test for a prefix matcher, with the compiled matcher otherwise', () => {
  const style = { quote: "'" as const };
  expect(pathTest('/account/:path*', 'p', style)).toBe("p === '/account' || p.startsWith('/account/')");
  expect(pathTest('/about', 'p', style)).toBe("p === '/about'");
  const test = new Function('p', `return ${pathTest('/((?!api|share).*)', 'p', style)}`) as (path: string) => boolean;
  expect([test('/'), test('/dashboard'), test('/api/auth/callback'), test('/share/1')]).toEqual([true, true, false, false]);
});

it('drops only the exclusions that hide the routes to cover', () => {
  expect(dropExclusions('/((?!api|share|_next/static).*)', ['/share/1'])).toEqual({ source: '/((?!api|_next/static).*)', removed: ['share'] });
  expect(dropExclusions('/dashboard/:path*', ['/share/1'])).toBeUndefined();
});
