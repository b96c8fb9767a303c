// core/next.ts: Next.js file conventions, module roles and middleware matchers (facts §1.4, §4.1, §4.10–13).
import { describe, expect, it } from 'vitest';
import {
  appRoutePath,
  appRoutePattern,
  expectedEntryPath,
  entryNamesRun,
  cacheDirectiveKind,
  DEFAULT_PAGE_EXTENSIONS,
  fileKind,
  isValidMatcherSource,
  matcherExcludesByName,
  matcherMatches,
  moduleRole,
  type FileKind,
  type MatcherEntry,
} from '../../core/next.ts';
import { CANONICAL_MATCHER } from '../../core/supabase.ts';

const rootLayout = { srcDir: false, pageExtensions: DEFAULT_PAGE_EXTENSIONS };
const srcLayout = { srcDir: true, pageExtensions: DEFAULT_PAGE_EXTENSIONS };
const customLayout = { srcDir: false, pageExtensions: ['page.tsx', 'page.ts'] };

const other: FileKind = { type: 'other' };

describe('fileKind: App Router', () => {
  it.each([
    ['app/page.tsx', 'page', '/'],
    ['app/layout.tsx', 'layout', '/'],
    ['app/dashboard/page.tsx', 'page', '/dashboard'],
    ['app/dashboard/layout.tsx', 'layout', '/dashboard'],
    ['app/dashboard/template.tsx', 'template', '/dashboard'],
    ['app/@modal/default.tsx', 'default', '/'],
    ['app/api/todos/route.ts', 'route', '/api/todos'],
    ['app/not-found.tsx', 'not-found', '/'],
    ['app/dashboard/error.tsx', 'error', '/dashboard'],
    ['app/auth/callback/route.js', 'route', '/auth/callback'],
    ['app/about/page.jsx', 'page', '/about'],
  ] as const)('%s is an App Router %s serving %s', (relPath, file, routePath) => {
    expect(fileKind(relPath, rootLayout)).toEqual({ type: 'app', file, routePath });
  });

  it('drops route groups from the route path', () => {
    expect(fileKind('app/(marketing)/pricing/page.tsx', rootLayout)).toEqual({ type: 'app', file: 'page', routePath: '/pricing' });
    expect(fileKind('app/(auth)/(forms)/login/page.tsx', rootLayout)).toEqual({ type: 'app', file: 'page', routePath: '/login' });
    expect(fileKind('app/(marketing)/layout.tsx', rootLayout)).toEqual({ type: 'app', file: 'layout', routePath: '/' });
  });

  it('drops parallel route slots from the route path', () => {
    expect(fileKind('app/@modal/login/page.tsx', rootLayout)).toEqual({ type: 'app', file: 'page', routePath: '/login' });
    expect(fileKind('app/dashboard/@analytics/page.tsx', rootLayout)).toEqual({ type: 'app', file: 'page', routePath: '/dashboard' });
  });

  it('fills dynamic, catch-all and optional catch-all segments with a sample value', () => {
    expect(fileKind('app/posts/[id]/page.tsx', rootLayout)).toEqual({ type: 'app', file: 'page', routePath: '/posts/segment' });
    expect(fileKind('app/docs/[...slug]/page.tsx', rootLayout)).toEqual({ type: 'app', file: 'page', routePath: '/docs/segment' });
    // An optional catch-all also serves the bare path, which is the one a matcher must cover.
    expect(fileKind('app/shop/[[...filters]]/page.tsx', rootLayout)).toEqual({ type: 'app', file: 'page', routePath: '/shop' });
    expect(fileKind('app/[team]/settings/route.ts', rootLayout)).toEqual({ type: 'app', file: 'route', routePath: '/segment/settings' });
  });

  it('never routes private folders', () => {
    expect(fileKind('app/_components/page.tsx', rootLayout)).toEqual(other);
    expect(fileKind('app/dashboard/_lib/layout.tsx', rootLayout)).toEqual(other);
  });

  it('treats non-convention files inside app/ as other modules', () => {
    expect(fileKind('app/components/avatar.tsx', rootLayout)).toEqual(other);
    expect(fileKind('app/dashboard/actions.ts', rootLayout)).toEqual(other);
    expect(fileKind('app/globals.css', rootLayout)).toEqual(other);
    expect(fileKind('app/types.d.ts', rootLayout)).toEqual(other);
    expect(fileKind('app/page.test.tsx', rootLayout)).toEqual(other);
  });

  it('finds the app in src/ when the layout says so, and only there', () => {
    expect(fileKind('src/app/dashboard/page.tsx', srcLayout)).toEqual({ type: 'app', file: 'page', routePath: '/dashboard' });
    expect(fileKind('src/app/(shop)/cart/route.ts', srcLayout)).toEqual({ type: 'app', file: 'route', routePath: '/cart' });
    expect(fileKind('app/dashboard/page.tsx', srcLayout)).toEqual(other);
    expect(fileKind('src/app/dashboard/page.tsx', rootLayout)).toEqual(other);
  });
});

describe('appRoutePath', () => {
  it('builds a concrete URL from route folders', () => {
    expect(appRoutePath([])).toBe('/');
    expect(appRoutePath(['dashboard', 'settings'])).toBe('/dashboard/settings');
    expect(appRoutePath(['(marketing)', '@modal', 'blog', '[slug]'])).toBe('/blog/segment');
    expect(appRoutePath(['docs', '[[...rest]]'])).toBe('/docs');
    expect(appRoutePath(['files', '[...path]'])).toBe('/files/segment');
  });

  it('serves an intercepting route at the URL it intercepts', () => {
    // (.) same level, (..) one route segment up, (..)(..) two up, (...) the root; slots and groups don't count.
    expect(appRoutePath(['feed', '(.)photo', '[id]'])).toBe('/feed/photo/segment');
    expect(appRoutePath(['feed', '@modal', '(..)photo', '[id]'])).toBe('/photo/segment');
    expect(appRoutePath(['a', 'b', '(..)(..)photo'])).toBe('/photo');
    expect(appRoutePath(['shop', 'cart', '(...)login'])).toBe('/login');
  });
});

describe('appRoutePattern', () => {
  it('names the route as written, for messages', () => {
    expect(appRoutePattern([])).toBe('/');
    expect(appRoutePattern(['(marketing)', '@modal', '[username]'])).toBe('/[username]');
    expect(appRoutePattern(['docs', '[[...rest]]'])).toBe('/docs/[[...rest]]');
    expect(appRoutePattern(['feed', '@modal', '(..)photo', '[id]'])).toBe('/photo/[id]');
  });
});

describe('where Next looks for middleware/proxy', () => {
  const root = { srcDir: false, pageExtensions: DEFAULT_PAGE_EXTENSIONS };
  const src = { srcDir: true, pageExtensions: DEFAULT_PAGE_EXTENSIONS };

  it('runs proxy from Next 16 on, middleware always', () => {
    expect(entryNamesRun(15)).toEqual(['middleware']);
    expect(entryNamesRun(16)).toEqual(['proxy', 'middleware']);
  });

  it('names the entry file Next would run instead of a misplaced one', () => {
    expect(expectedEntryPath('src/app/middleware.ts', src, 15)).toBe('src/middleware.ts');
    expect(expectedEntryPath('src/middleware/middleware.ts', src, 16)).toBe('src/middleware.ts');
    expect(expectedEntryPath('middleware.ts', src, 16)).toBe('src/middleware.ts');
    expect(expectedEntryPath('app/proxy.ts', root, 15)).toBe('middleware.ts');
    expect(expectedEntryPath('app/proxy.js', root, 16)).toBe('proxy.js');
    expect(expectedEntryPath('src/proxy.ts', root, 16)).toBe('proxy.ts');
  });

  it('leaves entry files and helpers alone', () => {
    expect(expectedEntryPath('middleware.ts', root, 16)).toBeUndefined();
    expect(expectedEntryPath('src/proxy.ts', src, 16)).toBeUndefined();
    expect(expectedEntryPath('utils/supabase/middleware.ts', root, 16)).toBeUndefined();
    expect(expectedEntryPath('lib/supabase/proxy.ts', root, 16)).toBeUndefined();
  });
});

describe('fileKind: Pages Router', () => {
  it('recognises API routes', () => {
    expect(fileKind('pages/api/me.ts', rootLayout)).toEqual({ type: 'pages-api', routePath: '/api/me' });
    expect(fileKind('pages/api/auth/[...nextauth].js', rootLayout)).toEqual({ type: 'pages-api', routePath: '/api/auth/[...nextauth]' });
    expect(fileKind('src/pages/api/me.ts', srcLayout)).toEqual({ type: 'pages-api', routePath: '/api/me' });
  });

  it('recognises pages, with index routes collapsed', () => {
    expect(fileKind('pages/index.tsx', rootLayout)).toEqual({ type: 'pages-page', routePath: '/' });
    expect(fileKind('pages/account.tsx', rootLayout)).toEqual({ type: 'pages-page', routePath: '/account' });
    expect(fileKind('pages/blog/index.tsx', rootLayout)).toEqual({ type: 'pages-page', routePath: '/blog' });
    expect(fileKind('pages/blog/[slug].jsx', rootLayout)).toEqual({ type: 'pages-page', routePath: '/blog/[slug]' });
  });

  it('does not route _app and _document', () => {
    expect(fileKind('pages/_app.tsx', rootLayout)).toEqual(other);
    expect(fileKind('pages/_document.tsx', rootLayout)).toEqual(other);
    expect(fileKind('src/pages/_app.tsx', srcLayout)).toEqual(other);
  });
});

describe('fileKind: middleware and proxy entry files', () => {
  it.each(['middleware.ts', 'middleware.js', 'middleware.tsx', 'middleware.jsx'])('%s at the root is the middleware', (relPath) => {
    expect(fileKind(relPath, rootLayout)).toEqual({ type: 'middleware' });
  });

  it.each(['proxy.ts', 'proxy.js'])('%s at the root is the proxy', (relPath) => {
    expect(fileKind(relPath, rootLayout)).toEqual({ type: 'proxy' });
  });

  it('expects the entry next to app/ in a src/ layout, and ignores a root one there', () => {
    expect(fileKind('src/middleware.ts', srcLayout)).toEqual({ type: 'middleware' });
    expect(fileKind('src/proxy.ts', srcLayout)).toEqual({ type: 'proxy' });
    expect(fileKind('middleware.ts', srcLayout)).toEqual(other);
    expect(fileKind('proxy.ts', srcLayout)).toEqual(other);
    expect(fileKind('src/proxy.ts', rootLayout)).toEqual(other);
  });

  it('treats helpers named middleware/proxy as ordinary modules (§4.10)', () => {
    expect(fileKind('utils/supabase/middleware.ts', rootLayout)).toEqual(other);
    expect(fileKind('lib/supabase/proxy.ts', rootLayout)).toEqual(other);
    expect(fileKind('src/utils/supabase/middleware.ts', srcLayout)).toEqual(other);
    expect(fileKind('app/middleware.ts', rootLayout)).toEqual(other);
    expect(fileKind('middleware.test.ts', rootLayout)).toEqual(other);
    expect(fileKind('middleware.d.ts', rootLayout)).toEqual(other);
  });

  it('honours custom pageExtensions: proxy.page.tsx is the entry, proxy.ts is not (§4.12)', () => {
    expect(fileKind('proxy.page.tsx', customLayout)).toEqual({ type: 'proxy' });
    expect(fileKind('middleware.page.ts', customLayout)).toEqual({ type: 'middleware' });
    expect(fileKind('proxy.ts', customLayout)).toEqual(other);
    expect(fileKind('middleware.ts', customLayout)).toEqual(other);
    // and with the default extensions, the .page. file is not an entry
    expect(fileKind('proxy.page.tsx', rootLayout)).toEqual(other);
  });

  it('honours custom pageExtensions for routes too', () => {
    expect(fileKind('app/dashboard/page.page.tsx', customLayout)).toEqual({ type: 'app', file: 'page', routePath: '/dashboard' });
    expect(fileKind('app/api/me/route.page.ts', customLayout)).toEqual({ type: 'app', file: 'route', routePath: '/api/me' });
    expect(fileKind('app/dashboard/page.tsx', customLayout)).toEqual(other);
    expect(fileKind('pages/account.page.tsx', customLayout)).toEqual({ type: 'pages-page', routePath: '/account' });
    expect(fileKind('pages/account.tsx', customLayout)).toEqual(other);
  });

  it('leaves files outside app/, pages/ and the entry names alone', () => {
    expect(fileKind('utils/supabase/server.ts', rootLayout)).toEqual(other);
    expect(fileKind('components/header.tsx', rootLayout)).toEqual(other);
    expect(fileKind('next.config.ts', rootLayout)).toEqual(other);
    expect(fileKind('README.md', rootLayout)).toEqual(other);
  });
});

describe('moduleRole', () => {
  const page = fileKind('app/dashboard/page.tsx', rootLayout);
  const lib: FileKind = { type: 'other' };
  const none = { directives: [], importSources: [] };

  it('trusts directives first', () => {
    expect(moduleRole(page, { directives: ['use client'], importSources: [] })).toBe('client');
    expect(moduleRole(lib, { directives: ['use client'], importSources: ['next/headers'] })).toBe('client');
    expect(moduleRole(lib, { directives: ['use server'], importSources: [] })).toBe('server');
    expect(moduleRole(lib, { directives: ['use strict', 'use server'], importSources: [] })).toBe('server');
  });

  it('knows which Next files run on the server', () => {
    expect(moduleRole(page, none)).toBe('server');
    expect(moduleRole(fileKind('app/layout.tsx', rootLayout), none)).toBe('server');
    expect(moduleRole(fileKind('app/auth/callback/route.ts', rootLayout), none)).toBe('server');
    expect(moduleRole({ type: 'middleware' }, none)).toBe('server');
    expect(moduleRole({ type: 'proxy' }, none)).toBe('server');
    expect(moduleRole(fileKind('pages/api/me.ts', rootLayout), none)).toBe('server');
  });

  it('does not call error.tsx server code (it must be a client component)', () => {
    expect(moduleRole(fileKind('app/dashboard/error.tsx', rootLayout), none)).toBe('shared');
  });

  it('calls Pages Router pages shared: only getServerSideProps bodies are server code', () => {
    expect(moduleRole(fileKind('pages/account.tsx', rootLayout), none)).toBe('shared');
  });

  it('treats next/headers, server-only and next/server imports as proof of server code', () => {
    expect(moduleRole(lib, { directives: [], importSources: ['@supabase/ssr', 'next/headers'] })).toBe('server');
    expect(moduleRole(lib, { directives: [], importSources: ['server-only'] })).toBe('server');
    // NextRequest/NextResponse: middleware helpers such as updateSession
    expect(moduleRole(lib, { directives: [], importSources: ['next/server', '@supabase/ssr'] })).toBe('server');
  });

  it('calls anything else shared', () => {
    expect(moduleRole(lib, none)).toBe('shared');
    expect(moduleRole(lib, { directives: [], importSources: ['@supabase/ssr', 'react'] })).toBe('shared');
    expect(moduleRole(fileKind('pages/_app.tsx', rootLayout), none)).toBe('shared');
  });
});

describe('matcherMatches', () => {
  const plain = (...sources: string[]): MatcherEntry[] => sources.map((source) => ({ source, conditional: false }));

  it('the canonical Supabase matcher runs on pages and API routes but not on assets', () => {
    const canonical = plain(CANONICAL_MATCHER);
    expect(matcherMatches(canonical, '/')).toBe(true);
    expect(matcherMatches(canonical, '/dashboard')).toBe(true);
    expect(matcherMatches(canonical, '/posts/segment')).toBe(true);
    expect(matcherMatches(canonical, '/api/todos')).toBe(true);
    expect(matcherMatches(canonical, '/_next/static/x.js')).toBe(false);
    expect(matcherMatches(canonical, '/_next/image')).toBe(false);
    expect(matcherMatches(canonical, '/favicon.ico')).toBe(false);
    expect(matcherMatches(canonical, '/logo.png')).toBe(false);
    expect(matcherMatches(canonical, '/images/hero.webp')).toBe(false);
  });

  it("Next's example matcher excludes api but still runs on every page", () => {
    const nextExample = plain('/((?!api|_next/static|_next/image|favicon.ico).*)');
    expect(matcherMatches(nextExample, '/')).toBe(true);
    expect(matcherMatches(nextExample, '/dashboard')).toBe(true);
    expect(matcherMatches(nextExample, '/settings/profile')).toBe(true);
    expect(matcherMatches(nextExample, '/api/me')).toBe(false);
    expect(matcherMatches(nextExample, '/_next/static/chunk.js')).toBe(false);
  });

  it('a named parameter matcher only covers its prefix', () => {
    const dashboard = plain('/dashboard/:path*');
    expect(matcherMatches(dashboard, '/dashboard')).toBe(true);
    expect(matcherMatches(dashboard, '/dashboard/settings/profile')).toBe(true);
    expect(matcherMatches(dashboard, '/settings')).toBe(false);
    expect(matcherMatches(dashboard, '/dashboards')).toBe(false);
    expect(matcherMatches(dashboard, '/')).toBe(false);
  });

  it('runs when any entry of an array matches', () => {
    const entries = plain('/dashboard/:path*', '/account');
    expect(matcherMatches(entries, '/account')).toBe(true);
    expect(matcherMatches(entries, '/dashboard/x')).toBe(true);
    expect(matcherMatches(entries, '/settings')).toBe(false);
    expect(matcherMatches([], '/dashboard')).toBe(false);
  });

  it('treats has/missing entries as matching: the request decides', () => {
    expect(matcherMatches([{ source: '/admin/:path*', conditional: true }], '/settings')).toBe(true);
    expect(matcherMatches([{ source: '/admin/:path*', conditional: false }, { source: '/x', conditional: true }], '/settings')).toBe(true);
  });

  it('treats a source that does not parse as matching (Next reports it itself)', () => {
    expect(matcherMatches(plain('/(unclosed'), '/dashboard')).toBe(true);
  });
});

describe('isValidMatcherSource', () => {
  it('accepts sources Next accepts', () => {
    expect(isValidMatcherSource(CANONICAL_MATCHER)).toBe(true);
    expect(isValidMatcherSource('/dashboard/:path*')).toBe(true);
    expect(isValidMatcherSource('/')).toBe(true);
  });

  it('rejects sources without a leading slash or that do not parse', () => {
    expect(isValidMatcherSource('dashboard')).toBe(false);
    expect(isValidMatcherSource('/(unclosed')).toBe(false);
    expect(isValidMatcherSource('')).toBe(false);
  });
});

describe('cacheDirectiveKind', () => {
  it('tells shared cache scopes from private ones', () => {
    expect(cacheDirectiveKind('use cache')).toBe('shared');
    expect(cacheDirectiveKind('use cache: remote')).toBe('shared');
    expect(cacheDirectiveKind('use cache: private')).toBe('private');
    expect(cacheDirectiveKind('use cache:private')).toBe('private');
    expect(cacheDirectiveKind('use client')).toBeUndefined();
    expect(cacheDirectiveKind('use server')).toBeUndefined();
  });
});

describe('matcherExcludesByName', () => {
  const entry = (source: string, conditional = false): MatcherEntry => ({ source, conditional });

  it('is true for a path a run-everywhere matcher names in its negative lookahead', () => {
    const matcher = [entry('/((?!api|share|auth/callback|_next/static|_next/image|favicon.ico).*)')];
    expect(matcherExcludesByName(matcher, '/share/segment')).toBe(true);
    expect(matcherExcludesByName(matcher, '/auth/callback')).toBe(true);
    expect(matcherExcludesByName(matcher, '/api/me')).toBe(true);
  });

  it('is false for matchers that only list the paths they run on, and for conditional entries', () => {
    expect(matcherExcludesByName([entry('/dashboard/:path*')], '/settings')).toBe(false);
    expect(matcherExcludesByName([entry('/((?!api).*)', true)], '/api/me')).toBe(false);
  });

  it('keeps escaped and nested parentheses of the lookahead together', () => {
    expect(matcherExcludesByName([entry('/((?!_next|.*\\.(?:svg|png)$).*)')], '/logo.png')).toBe(true);
  });
});

