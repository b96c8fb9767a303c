// A fresh Next 16 app on ESLint 9 (what most Next apps run) with the plugin installed from its tarball:
// tests/e2e/support/fresh-app-tests.ts. Also what `eslint --cache` cannot know: a result that depends on
// another file is not refreshed when only that other file changes (README, "Cross-file facts and --cache").
// Each case lints with --cache, changes the other file, and compares a cached run with an uncached one.
import { describe, expect, it } from 'vitest';
import { CONFIGS, SERVER_DB } from './support/fresh-app-files.ts';
import { describeFreshApp, SUPABASE_FINDINGS, useFreshApp } from './support/fresh-app-tests.ts';

const app = useFreshApp(9);
describeFreshApp(9, app);

describe('eslint --cache and cross-file facts, on ESLint 9', { timeout: 120_000 }, () => {
  /** Lints with --cache, applies `change`, and returns [cached, uncached] findings after it, then undoes it. */
  function afterChange(change: () => void, undo: () => void): [string[], string[]] {
    app().write('eslint.config.mjs', CONFIGS.alone);
    expect(app().lint(['--cache'])).toEqual(SUPABASE_FINDINGS);
    change();
    const cached = app().lint(['--cache']);
    // Without --cache, ESLint lints everything (and deletes the cache file).
    const uncached = app().lint();
    undo();
    return [cached, uncached];
  }

  it('a wrapper module that becomes a cookie-bound server client: its callers are not re-linted', () => {
    const db = app().read('lib/db.ts');
    const [cached, uncached] = afterChange(
      () => app().write('lib/db.ts', SERVER_DB),
      () => app().write('lib/db.ts', db),
    );
    const notes = 'app/notes/page.tsx:7 supabase-auth/no-server-get-session (userFromSession)';
    expect(cached).toEqual(SUPABASE_FINDINGS);
    expect(uncached).toEqual([...SUPABASE_FINDINGS, notes].sort());
  });

  it('next.config turning cacheComponents on: the pages it affects are not re-linted', () => {
    const config = app().read('next.config.ts');
    const [cached, uncached] = afterChange(
      () => app().write('next.config.ts', config.replace('const nextConfig: NextConfig = {}', 'const nextConfig: NextConfig = { cacheComponents: true }')),
      () => app().write('next.config.ts', config),
    );
    expect(cached).toEqual(SUPABASE_FINDINGS);
    expect(uncached).toEqual(
      [
        ...SUPABASE_FINDINGS.filter((f) => !f.startsWith('app/account/')),
        'app/account/page.tsx:3 supabase-auth/require-dynamic-auth-page (incompatibleSegmentConfig)',
        'app/settings/page.tsx:3 supabase-auth/require-dynamic-auth-page (incompatibleSegmentConfig)',
      ].sort(),
    );
  });

  it('a new proxy.ts next to middleware.ts: the new file is linted, middleware.ts is not', () => {
    const both = 'supabase-auth/require-middleware-matcher (bothMiddlewareAndProxy)';
    const [cached, uncached] = afterChange(
      () => app().write('proxy.ts', app().read('middleware.ts').replace('function middleware', 'function proxy')),
      () => app().remove('proxy.ts'),
    );
    const proxy = ['proxy.ts:4 supabase-auth/require-middleware-matcher (missingConfig)', `proxy.ts:4 ${both}`];
    expect(cached).toEqual([...SUPABASE_FINDINGS, ...proxy].sort());
    expect(uncached).toEqual([...SUPABASE_FINDINGS, ...proxy, `middleware.ts:4 ${both}`].sort());
  });
});
