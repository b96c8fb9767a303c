// What the shared model sees in the committed fixture apps (tests/fixtures/apps, described in its README):
// keeps the fixtures and core in step, so the integration lint of those apps tests the rules, not the setup.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conventionalValue } from '../../core/graph/known-values.ts';
import { graphFor } from '../../core/graph/project-graph.ts';
import { bindingInfo } from '../../core/graph/values.ts';
import { matcherMatches } from '../../core/next.ts';
import { getFileContext, getProjectFacts, listAuthRoutes } from '../../core/project.ts';
import { CANONICAL_MATCHER } from '../../core/supabase.ts';

const apps = join(import.meta.dirname, '../fixtures/apps');
const app = (name: string) => join(apps, name);
const SERVER = { factory: 'server', runsSupabase: 'server' };
const BROWSER = { factory: 'browser', runsSupabase: 'browser' };

/** What `imported` from `source` is, seen from `fromFile`, in the fixture app at `root` (facts from the app itself). */
const classifyImport = (source: string, imported: string, fromFile: string, root: string | undefined) =>
  root === undefined ? bindingInfo(conventionalValue(source)) : bindingInfo(graphFor(root, {}, () => getProjectFacts(root)).importValue(fromFile, { source, imported, typeOnly: false }));

/** Auth routes of an app as `[path relative to the app, URL]`, sorted. */
const authRoutes = (name: string) =>
  listAuthRoutes(getProjectFacts(app(name)))
    .map((r) => [r.file.slice(app(name).length + 1).split('\\').join('/'), r.routePath])
    .sort();

describe('fixture apps: project facts', () => {
  it('app-router: Next 16 at the root, a middleware.ts and no proxy', () => {
    const facts = getProjectFacts(app('app-router'));
    expect(facts).toMatchObject({ root: app('app-router'), srcDir: false, nextMajor: 16, cacheComponents: false, proxyFiles: [] });
    expect(facts.middlewareFiles).toEqual([join(app('app-router'), 'middleware.ts')]);
    expect(authRoutes('app-router')).toEqual([
      ['app/account/page.tsx', '/account'],
      ['app/auth/callback/route.ts', '/auth/callback'],
      ['app/dashboard/page.tsx', '/dashboard'],
    ]);
  });

  it('app-router: the helper utils/supabase/middleware.ts is not an entry file', () => {
    expect(getFileContext(join(app('app-router'), 'utils/supabase/middleware.ts'), apps, true).kind).toEqual({ type: 'other' });
    expect(getFileContext(join(app('app-router'), 'middleware.ts'), apps, true).kind).toEqual({ type: 'middleware' });
    expect(getFileContext(join(app('app-router'), 'app/components/avatar.tsx'), apps, true).kind).toEqual({ type: 'other' });
  });

  it('pages-router: Next 15 from its own package.json (not the next this repo has installed), no entry files, no App Router routes', () => {
    const facts = getProjectFacts(app('pages-router'));
    expect(facts).toMatchObject({ nextVersion: '15.5.4', nextMajor: 15, srcDir: false, middlewareFiles: [], proxyFiles: [] });
    expect(authRoutes('pages-router')).toEqual([]);
    expect(getFileContext(join(app('pages-router'), 'pages/api/me.ts'), apps, true).kind).toEqual({ type: 'pages-api', routePath: '/api/me' });
  });

  it('src-layout: the app and its proxy live in src/; the narrow matcher misses /settings', () => {
    const facts = getProjectFacts(app('src-layout'));
    expect(facts).toMatchObject({ srcDir: true, nextMajor: 16, middlewareFiles: [] });
    expect(facts.proxyFiles).toEqual([join(app('src-layout'), 'src/proxy.ts')]);
    expect(authRoutes('src-layout')).toEqual([
      ['src/app/dashboard/page.tsx', '/dashboard'],
      ['src/app/settings/page.tsx', '/settings'],
    ]);
    const matcher = [{ source: '/dashboard/:path*', conditional: false }];
    expect(matcherMatches(matcher, '/dashboard')).toBe(true);
    expect(matcherMatches(matcher, '/settings')).toBe(false);
  });

  it('both-entry: middleware.ts and proxy.ts side by side', () => {
    const facts = getProjectFacts(app('both-entry'));
    expect(facts.middlewareFiles).toEqual([join(app('both-entry'), 'middleware.ts')]);
    expect(facts.proxyFiles).toEqual([join(app('both-entry'), 'proxy.ts')]);
    expect(facts.nextMajor).toBe(16);
  });

  it('cache-components: next.config.ts turns cacheComponents on', () => {
    const facts = getProjectFacts(app('cache-components'));
    expect(facts).toMatchObject({ cacheComponents: true, nextMajor: 16 });
    expect(authRoutes('cache-components')).toEqual([
      ['app/account/page.tsx', '/account'],
      ['app/notes/page.tsx', '/notes'],
      ['app/protected/page.tsx', '/protected'],
    ]);
    expect(matcherMatches([{ source: CANONICAL_MATCHER, conditional: false }], '/protected')).toBe(true);
  });

  it('wrapper-alias: auth routes are found through the unconventionally named wrapper', () => {
    expect(authRoutes('wrapper-alias')).toEqual([['app/page.tsx', '/']]);
  });
});

describe('fixture apps: client provenance', () => {
  it('wrapper-alias: get-supabase is a server factory only by resolution, browser.ts a browser factory', () => {
    const page = join(app('wrapper-alias'), 'app/page.tsx');
    expect(bindingInfo(conventionalValue('@/lib/db/get-supabase'))).toBeUndefined();
    expect(classifyImport('@/lib/db/get-supabase', 'getSupabase', page, undefined)).toBeUndefined();
    expect(classifyImport('@/lib/db/get-supabase', 'getSupabase', page, app('wrapper-alias'))).toEqual(SERVER);
    expect(classifyImport('@/lib/db/browser', 'getBrowserSupabase', page, app('wrapper-alias'))).toEqual(BROWSER);
    expect(classifyImport('@/lib/db/session', 'updateSession', join(app('wrapper-alias'), 'proxy.ts'), app('wrapper-alias'))).toEqual({ runsSupabase: 'server' });
  });

  it('pages-router: utils/supabase/component.ts (the Pages Router guide name) is a browser factory by resolution', () => {
    const page = join(app('pages-router'), 'pages/index.tsx');
    expect(bindingInfo(conventionalValue('@/utils/supabase/component'))).toBeUndefined();
    expect(classifyImport('@/utils/supabase/component', 'createClient', page, app('pages-router'))).toEqual(BROWSER);
  });

  it('src-layout: @/* → ./src/* resolves the server factory', () => {
    const page = join(app('src-layout'), 'src/app/settings/page.tsx');
    expect(classifyImport('@/lib/supabase/server', 'createClient', page, app('src-layout'))).toEqual(SERVER);
  });
});
