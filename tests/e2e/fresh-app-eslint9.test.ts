// A fresh Next 16 app on ESLint 9 (what most Next apps run) with the plugin installed from its tarball:
// tests/e2e/support/fresh-app-tests.ts. Also what `eslint --cache` cannot know: a result that depends on
// another file is not refreshed when only that other file changes (README, "Cross-file facts and --cache").
import { beforeAll, describe, expect, it } from 'vitest';
import { CONFIGS, SERVER_DB } from './support/fresh-app-files.ts';
import { describeFreshApp, SUPABASE_FINDINGS, useFreshApp } from './support/fresh-app-tests.ts';

const app = useFreshApp(9);
describeFreshApp(9, app);

describe('eslint --cache and cross-file facts, on ESLint 9', { timeout: 120_000 }, () => {
  // One cached baseline, then three changes to files other than the ones whose results they change, then a
  // cached run and an uncached one. Each change touches different findings, so one pair of runs shows all three.
  let cached: string[];
  let uncached: string[];
  const both = 'supabase-auth/require-middleware-matcher (bothMiddlewareAndProxy)';
  const newProxy = ['proxy.ts:4 supabase-auth/require-middleware-matcher (missingConfig)', `proxy.ts:4 ${both}`];
  beforeAll(() => {
    app().write('eslint.config.mjs', CONFIGS.alone);
    expect(app().lint(['--cache'])).toEqual(SUPABASE_FINDINGS);
    const originals = ['lib/db.ts', 'next.config.ts'].map((file) => [file, app().read(file)] as const);
    app().write('lib/db.ts', SERVER_DB);
    app().write('next.config.ts', originals[1]![1].replace('const nextConfig: NextConfig = {}', 'const nextConfig: NextConfig = { cacheComponents: true }'));
    app().write('proxy.ts', app().read('middleware.ts').replace('function middleware', 'function proxy'));
    cached = app().lint(['--cache']);
    // Without --cache, ESLint lints every file (and deletes the cache file).
    uncached = app().lint();
    for (const [file, text] of originals) app().write(file, text);
    app().remove('proxy.ts');
  }, 120_000);

  it('the changed and new files themselves are linted again', () => {
    expect(cached).toEqual([...SUPABASE_FINDINGS, ...newProxy].sort());
  });

  it('a wrapper module that becomes a cookie-bound server client: its callers keep their cached result', () => {
    const notes = 'app/notes/page.tsx:7 supabase-auth/no-server-get-session (userFromSession)';
    expect(cached).not.toContain(notes);
    expect(uncached).toContain(notes);
  });

  it('next.config turning cacheComponents on: the pages it affects keep their cached result', () => {
    const incompatible = ['app/account/page.tsx', 'app/settings/page.tsx'].map((f) => `${f}:3 supabase-auth/require-dynamic-auth-page (incompatibleSegmentConfig)`);
    expect(cached).toContain('app/account/page.tsx:3 supabase-auth/require-dynamic-auth-page (cachedRevalidate)');
    for (const finding of incompatible) {
      expect(cached).not.toContain(finding);
      expect(uncached).toContain(finding);
    }
  });

  it('a new proxy.ts next to middleware.ts: middleware.ts keeps its cached result', () => {
    expect(cached).not.toContain(`middleware.ts:4 ${both}`);
    expect(uncached).toEqual(
      [
        ...SUPABASE_FINDINGS.filter((f) => !f.startsWith('app/account/')),
        'app/account/page.tsx:3 supabase-auth/require-dynamic-auth-page (incompatibleSegmentConfig)',
        'app/notes/page.tsx:7 supabase-auth/no-server-get-session (userFromSession)',
        'app/settings/page.tsx:3 supabase-auth/require-dynamic-auth-page (incompatibleSegmentConfig)',
        `middleware.ts:4 ${both}`,
        ...newProxy,
      ].sort(),
    );
  });
});
