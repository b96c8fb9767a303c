// The tests of a fresh app with the packed plugin on one ESLint major (tests/e2e/fresh-app-eslint9.test.ts
// and fresh-app-eslint10.test.ts): the README's configs, next to eslint-config-next or alone, and the
// `--concurrency`, `--cache` and `--fix` flags, each through ESLint's own command line. eslint-config-next
// is loaded only where the combination is the point: it costs several seconds per run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshApp, packPlugin, type FreshApp } from './fresh-app.ts';
import { CONFIGS, FRESH_APP } from './fresh-app-files.ts';

/** The plugin's findings on FRESH_APP with the recommended preset. */
export const SUPABASE_FINDINGS = [
  'app/account/page.tsx:3 supabase-auth/require-dynamic-auth-page (cachedRevalidate)',
  'app/dashboard/page.tsx:8 supabase-auth/no-server-get-session (userFromSession)',
  'middleware.ts:4 supabase-auth/require-middleware-matcher (missingConfig)',
  'utils/supabase/server.ts:7 supabase-auth/require-set-all (deprecatedMethods)',
];

/** eslint-config-next's findings on FRESH_APP: one from each of its Next, React and React Hooks plugins. */
const NEXT_FINDINGS = [
  'app/components/greeting.tsx:7 react-hooks/rules-of-hooks (-)',
  'app/page.tsx:6 @next/next/no-img-element (-)',
  'app/page.tsx:9 react/jsx-key (missingIterKey)',
];

/** app/dashboard/page.tsx as it should be: the user comes from getUser(), which asks the Auth server. */
const VERIFIED_DASHBOARD = `import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

export default async function Dashboard() {
  const supabase = await createClient()
  const {
    data: { user },
  } = await supabase.auth.getUser()
  if (!user) redirect('/login')
  return <p>Signed in as {user.email}</p>
}
`;

const sorted = (list: readonly string[]) => [...list].sort();

/** Creates the app in beforeAll (returned getter), disposes of it in afterAll. */
export function useFreshApp(eslintMajor: 9 | 10): () => FreshApp {
  let app: FreshApp;
  let packDir: string;
  beforeAll(() => {
    packDir = mkdtempSync(join(tmpdir(), 'supabase-auth-pack-'));
    app = createFreshApp(FRESH_APP, { eslintMajor, tarball: packPlugin(packDir) });
  }, 120_000);
  afterAll(() => {
    app?.dispose();
    if (packDir) rmSync(packDir, { recursive: true, force: true });
  }, 120_000);
  return () => app;
}

export function describeFreshApp(eslintMajor: 9 | 10, app: () => FreshApp): void {
  describe(`a fresh Next 16 app with the packed plugin, on ESLint ${eslintMajor}`, { timeout: 120_000 }, () => {
    it(`runs ESLint ${eslintMajor}`, () => {
      expect(app().eslint(['--version']).stdout).toMatch(new RegExp(`^v${eslintMajor}\\.`));
    });

    it("the README's config next to eslint-config-next: both report, nothing crashes", () => {
      app().write('eslint.config.mjs', CONFIGS.withNext);
      expect(app().lint()).toEqual(sorted([...SUPABASE_FINDINGS, ...NEXT_FINDINGS]));
    });

    it('the three-line config and the `extends` form report the same', () => {
      for (const config of [CONFIGS.alone, CONFIGS.extends]) {
        app().write('eslint.config.mjs', config);
        expect(app().lint()).toEqual(SUPABASE_FINDINGS);
      }
    });

    it('--concurrency (worker threads) reports what a single thread reports', () => {
      app().write('eslint.config.mjs', CONFIGS.alone);
      expect(app().lint(['--concurrency', '2'])).toEqual(SUPABASE_FINDINGS);
      expect(app().lint(['--concurrency', 'auto'])).toEqual(SUPABASE_FINDINGS);
    });

    it('--cache: a second run reports the same from the cache, an edited file is linted again', () => {
      app().write('eslint.config.mjs', CONFIGS.alone);
      expect(app().lint(['--cache'])).toEqual(SUPABASE_FINDINGS);
      expect(app().read('.eslintcache')).toContain('app/dashboard/page.tsx');
      expect(app().lint(['--cache'])).toEqual(SUPABASE_FINDINGS);
      const dashboard = app().read('app/dashboard/page.tsx');
      app().write('app/dashboard/page.tsx', VERIFIED_DASHBOARD);
      expect(app().lint(['--cache'])).toEqual(SUPABASE_FINDINGS.filter((f) => !f.startsWith('app/dashboard/')));
      app().write('app/dashboard/page.tsx', dashboard);
      app().remove('.eslintcache');
    });

    it('--fix adds the matcher to middleware.ts and leaves what it cannot fix reported', () => {
      app().write('eslint.config.mjs', CONFIGS.alone);
      const untouched = ['app/dashboard/page.tsx', 'app/account/page.tsx', 'utils/supabase/server.ts'].map((f) => [f, app().read(f)]);
      const middleware = app().read('middleware.ts');
      const fix = app().eslint(['--fix', '.']);
      expect(fix.status).toBe(1);
      expect(app().read('middleware.ts')).toContain("matcher: [\n    '/((?!_next/static|_next/image|favicon.ico|.*\\\\.(?:svg|png|jpg|jpeg|gif|webp)$).*)',\n  ],");
      for (const [file, text] of untouched) expect(app().read(file!), file).toBe(text);
      expect(app().lint()).toEqual(SUPABASE_FINDINGS.filter((f) => !f.includes('(missingConfig)')));
      app().write('middleware.ts', middleware);
    });
  });
}
