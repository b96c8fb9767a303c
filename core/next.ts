// Everything this project knows about Next.js file conventions, in one place. Pure functions over paths
// and already-extracted facts (directives, imports): rules feed them from ESTree, codemods from Babel.
// Sources: ../shared/reference/supabase-auth-facts.md §1.4, §1.5 and §4.
import { pathToRegexp } from 'path-to-regexp';

export const DEFAULT_PAGE_EXTENSIONS: readonly string[] = ['tsx', 'ts', 'jsx', 'js'];

/** App Router files that Next renders or runs on the server unless they say `'use client'`. */
export const APP_ROUTER_FILES = ['page', 'layout', 'template', 'default', 'route', 'not-found', 'error'] as const;
export type AppRouterFile = (typeof APP_ROUTER_FILES)[number];

/**
 * App Router files rendered as Server Components, which cannot write cookies: a session they read is
 * refreshed only by the middleware/proxy (route handlers and Server Actions write cookies themselves).
 */
export const SERVER_COMPONENT_FILES: readonly AppRouterFile[] = ['page', 'layout', 'template', 'default'];

/** Segment config exports that change how a route renders and caches. */
export const SEGMENT_CONFIG_EXPORTS = ['dynamic', 'revalidate', 'fetchCache', 'dynamicParams', 'runtime'] as const;

/** `fetchCache` values that cache supabase-js's `fetch` calls. */
export const CACHING_FETCH_CACHE_VALUES: readonly string[] = ['force-cache', 'default-cache', 'only-cache'];

/** `dynamic` values under which `cookies()` is empty (`force-static`) or throws (`error`). */
export const STATIC_DYNAMIC_VALUES: readonly string[] = ['force-static', 'error'];

export type FileKind =
  | { type: 'app'; file: AppRouterFile; routePath: string }
  | { type: 'middleware' | 'proxy' }
  | { type: 'pages-api'; routePath: string }
  | { type: 'pages-page'; routePath: string }
  | { type: 'other' };

/**
 * Where a file sits in a Next app: needs the path relative to the app root (`/` separators), whether the
 * app lives under `src/`, and the page extensions (custom `pageExtensions` such as `page.tsx`).
 */
export function fileKind(relPath: string, layout: { srcDir: boolean; pageExtensions: readonly string[] }): FileKind {
  const base = layout.srcDir ? 'src/' : '';
  if (!relPath.startsWith(base)) return { type: 'other' };
  const inner = relPath.slice(base.length);
  const ext = layout.pageExtensions
    .slice()
    .sort((a, b) => b.length - a.length)
    .find((e) => inner.endsWith(`.${e}`));
  if (ext === undefined) return { type: 'other' };
  const stem = inner.slice(0, -(ext.length + 1));

  if (stem === 'middleware' || stem === 'proxy') return { type: stem };

  if (stem.startsWith('app/')) {
    const segments = stem.split('/').slice(1);
    const name = segments.pop()!;
    if (!(APP_ROUTER_FILES as readonly string[]).includes(name)) return { type: 'other' };
    if (segments.some((s) => s.startsWith('_'))) return { type: 'other' }; // private folders never route
    return { type: 'app', file: name as AppRouterFile, routePath: appRoutePath(segments) };
  }
  if (stem.startsWith('pages/')) {
    const segments = stem.split('/').slice(1);
    if (segments[0] === 'api') return { type: 'pages-api', routePath: `/${segments.join('/')}` };
    const last = segments[segments.length - 1];
    if (segments.length === 1 && last !== undefined && last.startsWith('_')) return { type: 'other' }; // _app, _document
    if (last === 'index') segments.pop();
    return { type: 'pages-page', routePath: `/${segments.join('/')}` };
  }
  return { type: 'other' };
}

/** One URL segment of an App Router route: as written in the folder name, and as a sample URL value. */
interface RouteSegment {
  written: string;
  /** `undefined` for an optional catch-all, which also matches the bare path. */
  sample: string | undefined;
}

/** The URL segments the route of these App Router folders serves: groups and slots vanish. */
function appRouteSegments(folders: readonly string[]): RouteSegment[] {
  const parts: RouteSegment[] = [];
  for (let folder of folders) {
    if (/^\(.*\)$/.test(folder) || folder.startsWith('@')) continue; // route group, parallel slot
    // Intercepting route: serves the URL it intercepts. `(.)x` is x at this level, each `(..)` goes one
    // route segment up (groups and slots do not count), `(...)x` is x at the root.
    const intercept = /^(\(\.\)|(?:\(\.\.\))+|\(\.\.\.\))(.+)$/.exec(folder);
    if (intercept) {
      const marker = intercept[1]!;
      if (marker === '(...)') parts.length = 0;
      else if (marker !== '(.)') parts.splice(Math.max(0, parts.length - marker.length / 4));
      folder = intercept[2]!;
    }
    if (/^\[\[\.\.\..+\]\]$/.test(folder)) parts.push({ written: folder, sample: undefined });
    else parts.push({ written: folder, sample: /^\[.+\]$/.test(folder) ? 'segment' : folder });
  }
  return parts;
}

/**
 * A concrete URL that the route of these App Router folders serves: groups and slots vanish, a
 * dynamic segment becomes a sample value. Used to test a middleware matcher against the route.
 */
export function appRoutePath(folders: readonly string[]): string {
  return `/${appRouteSegments(folders).flatMap((s) => (s.sample === undefined ? [] : [s.sample])).join('/')}`;
}

/** The route of these App Router folders as its author wrote it (`/[username]/settings`), for messages. */
export function appRoutePattern(folders: readonly string[]): string {
  return `/${appRouteSegments(folders).map((s) => s.written).join('/')}`;
}

export type ModuleRole = 'server' | 'client' | 'shared';

/**
 * Importing one of these makes a module server code: `next/headers` and `server-only` fail in client
 * bundles, and `next/server` (NextRequest/NextResponse) is only used by middleware, proxy helpers such as
 * `updateSession`, and route handlers.
 */
export const SERVER_ONLY_MODULES: readonly string[] = ['next/headers', 'server-only', 'next/server'];

/**
 * Whether a whole module is provably server code, provably client code, or could run on either side
 * (facts §4.1: only flag files that are provably server).
 */
export function moduleRole(kind: FileKind, facts: { directives: readonly string[]; importSources: readonly string[] }): ModuleRole {
  if (facts.directives.includes('use client')) return 'client';
  if (facts.directives.includes('use server')) return 'server';
  if (kind.type === 'middleware' || kind.type === 'proxy' || kind.type === 'pages-api') return 'server';
  if (kind.type === 'app' && kind.file !== 'error') return 'server'; // error.tsx must be a client component
  if (facts.importSources.some((s) => SERVER_ONLY_MODULES.includes(s))) return 'server';
  return 'shared';
}

/** Methods of the cookie store `await cookies()` returns (next@16.4.6 `RequestCookies`/`ResponseCookies`). */
export const NEXT_COOKIE_STORE_METHODS: readonly string[] = ['get', 'getAll', 'has', 'set', 'delete'];

/**
 * Pages Router exports Next removes from the browser bundle, with every import only they use (its SSG
 * transform): code reached only from these runs on the server.
 */
export const PAGES_DATA_FUNCTIONS: readonly string[] = ['getServerSideProps', 'getStaticProps', 'getStaticPaths'];

/** Pages Router functions whose bodies run only on the server. */
export const PAGES_SERVER_FUNCTIONS: readonly string[] = ['getServerSideProps', 'getInitialProps'];

/** Hooks whose callbacks run only in the browser. */
export const BROWSER_ONLY_HOOKS: readonly string[] = ['useEffect', 'useLayoutEffect', 'useInsertionEffect'];

/** JSX attribute names that hold browser event handlers (`onClick`, `onSubmit`, …). */
export const isEventHandlerProp = (name: string): boolean => /^on[A-Z]/.test(name);

// ---- Matchers (§1.4 "config.matcher static-analysis constraints") ---------------------------------

/** A matcher entry as Next reads it: a source string, or an object with `source` and `has`/`missing`. */
export interface MatcherEntry {
  source: string;
  /** `has`/`missing` conditions narrow a matcher to requests we cannot predict from a path. */
  conditional: boolean;
}

/**
 * Whether Next's matcher (as path-to-regexp 6 compiles it, like `next/dist/lib/try-to-parse-path`) runs
 * the middleware for this path. Conditional entries are treated as matching: we cannot see the request.
 */
export function matcherMatches(entries: readonly MatcherEntry[], path: string): boolean {
  return entries.some((entry) => {
    if (entry.conditional) return true;
    try {
      return pathToRegexp(entry.source).test(path);
    } catch {
      return true; // Next reports an unparsable source itself; do not add a second, vaguer report
    }
  });
}

/** A matcher source without its negative lookaheads: `/((?!api|auth).*)` → `/((.*)`-like `/(.*)`. */
function withoutNegativeLookaheads(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (!source.startsWith('(?!', i)) {
      out += source[i];
      continue;
    }
    let depth = 0;
    for (; i < source.length; i++) {
      const c = source[i];
      if (c === '\\') i++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
  }
  return out;
}

/**
 * Whether the matcher leaves `path` out on purpose: an entry that runs everywhere but names the path in a
 * negative lookahead (`/((?!api|share|auth/callback|_next/static).*)`), as public pages, API routes and the
 * auth callback often are. A matcher that simply lists other paths (`/dashboard/:path*`) excludes nothing
 * by name.
 */
export function matcherExcludesByName(entries: readonly MatcherEntry[], path: string): boolean {
  return entries.some((entry) => {
    if (entry.conditional || !entry.source.includes('(?!')) return false;
    try {
      return pathToRegexp(withoutNegativeLookaheads(entry.source)).test(path);
    } catch {
      return false;
    }
  });
}

/** Whether a matcher source is one Next accepts at all (starts with `/`, parses). */
export function isValidMatcherSource(source: string): boolean {
  if (!source.startsWith('/')) return false;
  try {
    pathToRegexp(source);
    return true;
  } catch {
    return false;
  }
}

// ---- Cache scopes and per-request rendering (§1.5) ------------------------------------------------

/**
 * What a `'use cache…'` directive caches: `'use cache'`, `'use cache: remote'` and custom handlers store
 * entries shared between requests; `'use cache: private'` is per request and may read `cookies()`.
 */
export function cacheDirectiveKind(directive: string): 'shared' | 'private' | undefined {
  const match = /^use cache(?:\s*:\s*([\w-]+))?$/.exec(directive.trim());
  if (!match) return undefined;
  return match[1] === 'private' ? 'private' : 'shared';
}

/** `unstable_cache` from `next/cache`: keyed on its arguments and key parts only, never on closures or cookies. */
export const UNSTABLE_CACHE = { source: 'next/cache', name: 'unstable_cache' } as const;

/** Segment exports that Next runs at build time, without a request (so without cookies). */
export const BUILD_TIME_EXPORTS: readonly string[] = ['generateStaticParams'];

/**
 * HTTP methods whose export makes Next run a route handler per request and never prerender it
 * (`hasNonStaticMethods` in next@16.4.6 and 15.5 `server/route-modules/app-route/module.js`). Next 14.2
 * tests `handlers.POST` twice and forgets `PUT` (next@14.2.35 `server/future/route-modules/app-route/module.js`).
 */
export function nonStaticRouteMethods(nextMajor: number | undefined): readonly string[] {
  return nextMajor === 14 ? ['POST', 'DELETE', 'PATCH', 'OPTIONS'] : ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];
}

/**
 * Whether Next ≥ 15 (without `cacheComponents`) prerenders a `GET` route handler at all: only when its
 * segment config opts in (`isStaticGenEnabled` in next@16.4.6 `app-route/helpers/is-static-gen-enabled.js`,
 * used by `export/routes/app-route.js`; "a `GET` Route Handler is dynamic unless you opt into caching").
 * Next 14 prerendered every `GET` handler that used no request data.
 */
export function routeHandlerOptsIntoStatic(config: { dynamic: unknown; revalidate: unknown; generateStaticParams: boolean }): boolean {
  const { dynamic, revalidate } = config;
  return dynamic === 'force-static' || dynamic === 'error' || revalidate === false || (typeof revalidate === 'number' && revalidate > 0) || config.generateStaticParams;
}

/** The `dynamic` value that renders a route per request (a build error once `cacheComponents` is on). */
export const FORCE_DYNAMIC = 'force-dynamic';

/**
 * `next/navigation` functions that end rendering (they throw): calling one decides who sees the page.
 * `unauthorized`/`forbidden` need `experimental.authInterrupts` (next@16.4.6 navigation.react-server.d.ts).
 */
export const NAVIGATION_INTERRUPT_CALLS: readonly string[] = ['redirect', 'permanentRedirect', 'notFound', 'unauthorized', 'forbidden'];

/**
 * Next 16 renamed `middleware` to `proxy` and logs "The "middleware" file convention is deprecated.
 * Please use "proxy" instead." (next@16.4.6 dist/build/index.js). Renaming is @next/codemod's job.
 */
export function middlewareDeprecationNotice(relPath: string): string {
  return `\`${relPath}\` still works on Next 16 but is deprecated ("The "middleware" file convention is deprecated. Please use "proxy" instead."): rename it with \`npx @next/codemod@latest middleware-to-proxy .\`, unless it must run on the Edge runtime.`;
}

// ---- Responses of middleware/proxy (§1.4, §2.6) -----------------------------------------------------

/**
 * `NextResponse` static methods (next@16.4.6 `server/web/spec-extension/response.d.ts`): each creates a new
 * response, without the cookies a Supabase client's `setAll` wrote onto another one.
 */
export const NEXT_RESPONSE_FACTORIES: readonly string[] = ['next', 'redirect', 'rewrite', 'json'];

/**
 * i18n middlewares whose response is a new one (facts §2.6): next-intl's `createMiddleware(routing)` returns
 * the middleware, `i18nRouter(request, config)` of next-i18n-router returns the response itself.
 */
export const I18N_MIDDLEWARES: readonly { source: string; imported: string; returns: 'middleware' | 'response' }[] = [
  { source: 'next-intl/middleware', imported: 'default', returns: 'middleware' },
  { source: 'next-i18n-router', imported: 'i18nRouter', returns: 'response' },
];

// ---- Where Next looks for middleware/proxy (§1.4 "Location", §4.10–4.12) ------------------------------

export type EntryName = 'middleware' | 'proxy';

/** The entry file names this Next major runs: `proxy` from 16 on (`middleware` still works there), only `middleware` before. */
export function entryNamesRun(nextMajor: number | undefined): readonly EntryName[] {
  if (nextMajor === undefined || nextMajor >= 16) return ['proxy', 'middleware'];
  return ['middleware'];
}

/**
 * Where people put a middleware/proxy file that Next never runs, relative to the app root: inside `app/`, in
 * a `middleware/` folder, at the root of an app that lives in `src/`, in `src/` of an app that does not.
 */
export function misplacedEntryPaths(layout: { srcDir: boolean; pageExtensions: readonly string[] }): string[] {
  const paths: string[] = [];
  for (const name of ['middleware', 'proxy'] as const) {
    for (const ext of layout.pageExtensions) {
      const file = `${name}.${ext}`;
      paths.push(`app/${file}`, `src/app/${file}`, `${name}/${file}`, `src/${name}/${file}`, layout.srcDir ? file : `src/${file}`);
    }
  }
  return paths;
}

/**
 * The entry file Next would run instead of a misplaced `relPath` (`src/app/middleware.ts` →
 * `src/middleware.ts`), or of a `proxy` file on Next ≤ 15 (→ `middleware`); undefined when `relPath` is
 * not a misplaced entry file.
 */
export function expectedEntryPath(relPath: string, layout: { srcDir: boolean; pageExtensions: readonly string[] }, nextMajor: number | undefined): string | undefined {
  if (!misplacedEntryPaths(layout).includes(relPath)) return undefined;
  const base = relPath.slice(relPath.lastIndexOf('/') + 1);
  const name: EntryName = base.startsWith('proxy.') ? 'proxy' : 'middleware';
  const runs = entryNamesRun(nextMajor).includes(name) ? name : 'middleware';
  return `${layout.srcDir ? 'src/' : ''}${runs}${base.slice(name.length)}`;
}

/**
 * Where an entry file Next does not run must go for Next to run it: the place {@link expectedEntryPath}
 * gives a misplaced one, and `middleware.<ext>` beside a `proxy` file at the right place on Next ≤ 15, which
 * only knows `middleware` (next@15 defines only `MIDDLEWARE_FILENAME`). Undefined for any other file.
 */
export function entryMoveTarget(relPath: string, layout: { srcDir: boolean; pageExtensions: readonly string[] }, nextMajor: number | undefined): string | undefined {
  const expected = expectedEntryPath(relPath, layout, nextMajor);
  if (expected !== undefined || entryNamesRun(nextMajor).includes('proxy')) return expected;
  const dir = layout.srcDir ? 'src/' : '';
  const ext = relPath.startsWith(`${dir}proxy.`) ? relPath.slice(`${dir}proxy.`.length) : undefined;
  return ext !== undefined && layout.pageExtensions.includes(ext) ? `${dir}middleware.${ext}` : undefined;
}

/**
 * Whether Next runs an entry file with these exports (`default` for the default export) under `name`: it
 * takes the default export or the function exported under the file's own name (next@16.4.6
 * `validateMiddlewareProxyExports`; next@14.2 and 15 `build/templates/middleware.js`: `mod.middleware ||
 * mod.default`). A `proxy.ts` exporting `proxy` does nothing once renamed `middleware.ts`.
 */
export function entryExportsRun(exports: readonly string[], name: EntryName): boolean {
  return exports.includes('default') || exports.includes(name);
}

/**
 * The segment config a `proxy` file may not set, as an export or a key of `config`: Next 16 fails the build
 * with "Route segment config is not allowed in Proxy file" (next@16.4.6 get-page-static-info.js); a proxy
 * always runs on Node.js. A misplaced `proxy.ts` that sets it never ran, so nobody saw the error yet.
 */
export const PROXY_FORBIDDEN_CONFIG = 'runtime';

// ---- Async request APIs (facts §2.8) --------------------------------------------------------------

/** The module whose `cookies()` reads the request's cookies in the App Router. */
export const NEXT_HEADERS_MODULE = 'next/headers';

/**
 * Type names of the store `cookies()` of next/headers gives (`next/dist/server/web/spec-extension/adapters/
 * request-cookies.d.ts`), as apps import them to type a factory's parameter.
 */
export const NEXT_COOKIE_STORE_TYPES: readonly string[] = ['ReadonlyRequestCookies'];

/** `cookies()` returns a Promise from Next 15 (sync access warns there and is gone in 16). */
export const ASYNC_COOKIES_MIN_NEXT_MAJOR = 15;

/**
 * The type `@next/codemod next-async-request-api` casts an un-awaitable `cookies()` to, with a
 * `@next-codemod-error` comment: `(cookies() as unknown as UnsafeUnwrappedCookies)`. next@16 no longer
 * declares it, so the leftover fails to type-check there (and the sync access fails at runtime).
 */
export const UNSAFE_UNWRAPPED_COOKIES = 'UnsafeUnwrappedCookies';
export const NEXT_CODEMOD_ERROR_MARKER = '@next-codemod-error';
