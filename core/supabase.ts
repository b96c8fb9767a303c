// Everything this project knows about Supabase's packages, in one place: rules, codemods and the CLI
// import it from here. Sources for each fact: ../shared/reference/supabase-auth-facts.md §1–§3.

export const SSR_PACKAGE = '@supabase/ssr';
export const SUPABASE_JS_PACKAGE = '@supabase/supabase-js';

/** The client's type, as helpers that take a client type their parameter (`supabase: SupabaseClient<Database>`). */
export const SUPABASE_CLIENT_TYPE = 'SupabaseClient';
/** Modules that export it: supabase-js, and auth-helpers-nextjs, which re-exports it. */
export const SUPABASE_CLIENT_TYPE_SOURCES: readonly string[] = [SUPABASE_JS_PACKAGE, '@supabase/auth-helpers-nextjs'];

/**
 * What a Supabase client can do with the session, by how it was made.
 * - `server`: reads the request's cookies (forgeable on the server): `createServerClient`, every
 *   auth-helpers server creator, and the app's own wrappers around them.
 * - `browser`: reads `document.cookie`: `createBrowserClient`, `createClientComponentClient`, …
 * - `standalone`: `createClient` from supabase-js: no cookie session (service-role, anon, token-scoped).
 */
export type ClientKind = 'server' | 'browser' | 'standalone';

/** Factories exported by `@supabase/ssr` (and by auth-helpers 0.14/0.15, which are ssr republished). */
export const SSR_FACTORIES: Readonly<Record<string, ClientKind>> = {
  createServerClient: 'server',
  createBrowserClient: 'browser',
};

export const SUPABASE_JS_FACTORIES: Readonly<Record<string, ClientKind>> = {
  createClient: 'standalone',
};

/** The deprecated helper packages; any import of them is reported and migrated. */
export const AUTH_HELPERS_PACKAGES = [
  '@supabase/auth-helpers-nextjs',
  '@supabase/auth-helpers-react',
  '@supabase/auth-helpers-shared',
  '@supabase/auth-helpers-remix',
  '@supabase/auth-helpers-sveltekit',
] as const;
export type AuthHelpersPackage = (typeof AUTH_HELPERS_PACKAGES)[number];

export function isAuthHelpersPackage(source: string): source is AuthHelpersPackage {
  return (AUTH_HELPERS_PACKAGES as readonly string[]).includes(source);
}

/**
 * How an auth-helpers-nextjs call site must be rewritten, by the shape of the `@supabase/ssr` code that
 * replaces it. `shim`: 0.14/0.15 names that exist unchanged in `@supabase/ssr` (specifier-only fix).
 */
export type HelperMigration =
  | 'server-component' // ({ cookies }) → await createClient() from the next/headers server factory
  | 'route-handler' // same factory; setAll writes succeed there
  | 'browser' // → createBrowserClient(url, key, { …options, cookieOptions, isSingleton })
  | 'middleware' // ({ req, res }) → the updateSession(request) pattern that returns supabaseResponse
  | 'pages-server' // (ctx | { req, res }) → createServerClient with req.cookies / res Set-Cookie
  | 'type' // Session, User, SupabaseClient → @supabase/supabase-js
  | 'shim' // already the ssr API under the old name → change the specifier
  | 'removed'; // 0.5 HOFs and logger: no 1:1 replacement

export interface HelperExport {
  migration: HelperMigration;
  /** What users should write instead, phrased for a lint message ("…; use {{replacement}}"). */
  replacement: string;
  /** The client this creator returns, when it is one. */
  clientKind?: ClientKind;
  /** auth-helpers versions that export it. */
  versions: string;
}

const serverFactory = '`await createClient()` from your `@supabase/ssr` server factory (`createServerClient` with `getAll`/`setAll`)';

export const AUTH_HELPERS_NEXTJS_EXPORTS: Readonly<Record<string, HelperExport>> = {
  createClientComponentClient: { migration: 'browser', replacement: '`createBrowserClient` from `@supabase/ssr`', clientKind: 'browser', versions: '0.7–0.10' },
  createPagesBrowserClient: { migration: 'browser', replacement: '`createBrowserClient` from `@supabase/ssr`', clientKind: 'browser', versions: '0.7–0.10' },
  createBrowserSupabaseClient: { migration: 'browser', replacement: '`createBrowserClient` from `@supabase/ssr`', clientKind: 'browser', versions: '0.5–0.10' },
  createServerComponentClient: { migration: 'server-component', replacement: serverFactory, clientKind: 'server', versions: '0.7–0.10' },
  createRouteHandlerClient: { migration: 'route-handler', replacement: serverFactory, clientKind: 'server', versions: '0.7–0.10' },
  createServerActionClient: { migration: 'route-handler', replacement: serverFactory, clientKind: 'server', versions: '0.7–0.10' },
  createServerComponentSupabaseClient: { migration: 'server-component', replacement: serverFactory, clientKind: 'server', versions: '0.5–0.6' },
  createRouteHandlerSupabaseClient: { migration: 'route-handler', replacement: serverFactory, clientKind: 'server', versions: '0.5–0.6' },
  createMiddlewareClient: { migration: 'middleware', replacement: 'the `updateSession(request)` helper built on `createServerClient` that returns `supabaseResponse`', clientKind: 'server', versions: '0.7–0.10' },
  createMiddlewareSupabaseClient: { migration: 'middleware', replacement: 'the `updateSession(request)` helper built on `createServerClient` that returns `supabaseResponse`', clientKind: 'server', versions: '0.5–0.10' },
  createPagesServerClient: { migration: 'pages-server', replacement: '`createServerClient` from `@supabase/ssr` with `getAll` from `req.cookies` and `setAll` writing `Set-Cookie` via `serializeCookieHeader`', clientKind: 'server', versions: '0.7–0.10' },
  createServerSupabaseClient: { migration: 'pages-server', replacement: '`createServerClient` from `@supabase/ssr` with `getAll` from `req.cookies` and `setAll` writing `Set-Cookie` via `serializeCookieHeader`', clientKind: 'server', versions: '0.5–0.10' },
  Session: { migration: 'type', replacement: 'the `Session` type from `@supabase/supabase-js`', versions: '0.5–0.10' },
  User: { migration: 'type', replacement: 'the `User` type from `@supabase/supabase-js`', versions: '0.5–0.10' },
  SupabaseClient: { migration: 'type', replacement: 'the `SupabaseClient` type from `@supabase/supabase-js`', versions: '0.5–0.10' },
  withApiAuth: { migration: 'removed', replacement: 'a server client plus an explicit `getClaims()` check in the API route', versions: '0.5' },
  withPageAuth: { migration: 'removed', replacement: 'a server client plus an explicit `getClaims()` check and redirect in `getServerSideProps`', versions: '0.5' },
  withMiddlewareAuth: { migration: 'removed', replacement: 'the `updateSession(request)` middleware pattern with a `getClaims()` check', versions: '0.5' },
  logger: { migration: 'removed', replacement: 'your own logging (no `@supabase/ssr` equivalent)', versions: '0.5' },
};

/** Exports of auth-helpers 0.14/0.15 (= `@supabase/ssr` 0.8 under the old name), verified by `require`. */
export const SSR_SHIM_EXPORTS: readonly string[] = [
  'createBrowserClient', 'createServerClient', 'parse', 'serialize', 'parseCookieHeader',
  'serializeCookieHeader', 'isBrowser', 'memoryLocalStorageAdapter', 'DEFAULT_COOKIE_OPTIONS',
  'MAX_CHUNK_SIZE', 'isChunkLike', 'createChunks', 'combineChunks', 'deleteChunks', 'stringToBase64URL',
  'stringFromBase64URL', 'codepointToUTF8', 'stringToUTF8', 'stringFromUTF8',
];

/** `@supabase/auth-helpers-react`: no `@supabase/ssr` equivalent exists for any of these. */
export const AUTH_HELPERS_REACT_EXPORTS: Readonly<Record<string, string>> = {
  SessionContextProvider: 'remove the provider; create the browser client with `createBrowserClient` where needed, or pass the server-verified user down as props',
  useSession: 'read the session with `createBrowserClient(...)` + `supabase.auth.onAuthStateChange` in your own hook, or pass the user from a Server Component',
  useUser: 'get the user on the server with `getClaims()`/`getUser()` and pass it as props, or subscribe with `onAuthStateChange` on a `createBrowserClient` client',
  useSupabaseClient: 'call `createClient()` from your browser factory (`createBrowserClient` is a singleton in the browser)',
  useSessionContext: 'replace with your own context fed by `onAuthStateChange` on a `createBrowserClient` client',
};

/** What an import from a helper package should become, as one sentence for a lint message. */
export function helperReplacement(source: string, importedName: string | undefined): string {
  if (importedName !== undefined) {
    if (source === '@supabase/auth-helpers-nextjs') {
      const known = AUTH_HELPERS_NEXTJS_EXPORTS[importedName];
      if (known) return known.replacement;
    }
    if (SSR_SHIM_EXPORTS.includes(importedName)) return `\`${importedName}\` from \`@supabase/ssr\``;
    if (source === '@supabase/auth-helpers-react') {
      const hint = AUTH_HELPERS_REACT_EXPORTS[importedName];
      if (hint) return `no 1:1 replacement: ${hint}`;
    }
  }
  return '`@supabase/ssr` (`createServerClient`/`createBrowserClient` with `getAll`/`setAll` cookies)';
}

/** Client kind of an auth-helpers creator, or of a 0.14/0.15 shim factory. */
export function helperClientKind(source: string, importedName: string): ClientKind | undefined {
  if (!isAuthHelpersPackage(source)) return undefined;
  return AUTH_HELPERS_NEXTJS_EXPORTS[importedName]?.clientKind ?? SSR_FACTORIES[importedName];
}

/** Kind of client that `importedName` from `source` creates, for the packages we know by name. */
export function packageFactoryKind(source: string, importedName: string): ClientKind | undefined {
  if (source === SSR_PACKAGE) return SSR_FACTORIES[importedName];
  if (source === SUPABASE_JS_PACKAGE) return SUPABASE_JS_FACTORIES[importedName];
  return helperClientKind(source, importedName);
}

/**
 * Text that makes a module worth parsing for the project graph: Supabase's packages and the naming
 * convention of its guides (`utils/supabase/server`), the client factories, the auth methods that read
 * the session, and `next/headers` (cookie-method helpers). A module without any of these can still
 * matter by importing one that has them; the graph follows that itself.
 */
export const SUPABASE_MENTION = /supabase|createServerClient|createBrowserClient|getSession|getUser|getClaims|next\/headers/;

/** Every package whose imports can create a Supabase client. */
export function isSupabasePackage(source: string): boolean {
  return source === SSR_PACKAGE || source === SUPABASE_JS_PACKAGE || isAuthHelpersPackage(source);
}

// ---- Sessions and claims (§1.1) -----------------------------------------------------------------

/** Reading these from `getSession()` is the documented, safe use (forwarding a token). */
export const TOKEN_ONLY_SESSION_FIELDS: readonly string[] = [
  'access_token', 'refresh_token', 'expires_at', 'expires_in', 'provider_token', 'provider_refresh_token', 'token_type',
];

/** `session.user.<field>` → the claim that holds the same value once verified by `getClaims()`. */
export const USER_FIELD_TO_CLAIM: Readonly<Record<string, string>> = {
  id: 'sub',
  email: 'email',
  phone: 'phone',
  app_metadata: 'app_metadata',
  user_metadata: 'user_metadata',
  role: 'role',
  is_anonymous: 'is_anonymous',
  aud: 'aud',
};

/** User fields that claims do not carry: reading them needs `getUser()`. */
export const USER_ONLY_FIELDS: readonly string[] = [
  'identities', 'created_at', 'updated_at', 'last_sign_in_at', 'email_confirmed_at', 'phone_confirmed_at',
  'confirmed_at', 'factors', 'invited_at', 'action_link', 'recovery_sent_at', 'new_email', 'new_phone',
];

/** Auth methods that verify the user (and, like any session read, refresh it). */
export const VERIFYING_AUTH_METHODS: readonly string[] = ['getClaims', 'getUser'];

// ---- Cookies (§1.3) -------------------------------------------------------------------------------

export const DEPRECATED_COOKIE_METHODS: readonly string[] = ['get', 'set', 'remove'];

export const ENV_URL = 'NEXT_PUBLIC_SUPABASE_URL';
/** The key name auth-helpers defaulted to; current docs say PUBLISHABLE_KEY, but we never rename env vars. */
export const ENV_ANON_KEY = 'NEXT_PUBLIC_SUPABASE_ANON_KEY';

// ---- Middleware / proxy (§1.4) ---------------------------------------------------------------------

/**
 * The matcher from Supabase's docs and Next's with-supabase example, as the runtime string (one
 * backslash). Use {@link CANONICAL_MATCHER_LITERAL} when writing source code.
 */
export const CANONICAL_MATCHER = '/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp)$).*)';

/** The canonical matcher as a single-quoted JS string literal, backslash escaped. */
export const CANONICAL_MATCHER_LITERAL = `'${CANONICAL_MATCHER.replaceAll('\\', '\\\\')}'`;

/** Printed once by every migration: auth-helpers cookies are JSON arrays that ssr rejects (§1.2). */
export const SIGN_OUT_ONCE_NOTICE =
  'Users will be signed out once after this migration: @supabase/auth-helpers stored the session cookie as a ' +
  'JSON array, which @supabase/ssr does not accept, so existing sessions are discarded on their next request. ' +
  'Plan the release accordingly (announce it, or deploy when few users are active).';

/**
 * The cache headers `@supabase/ssr` ≥ 0.10 passes to `setAll` with auth cookies (facts §1.3): a response that
 * carries refreshed cookies must carry them too, so no CDN caches one user's `Set-Cookie` for another.
 */
export const SET_ALL_CACHE_HEADERS: readonly string[] = ['Cache-Control', 'Expires', 'Pragma'];

/** auth-helpers creators that write cookies onto the `res` their caller passes in (`createMiddlewareClient({ req, res })`). */
export const MIDDLEWARE_CLIENT_CREATORS: readonly string[] = Object.entries(AUTH_HELPERS_NEXTJS_EXPORTS).flatMap(([name, e]) => (e.migration === 'middleware' ? [name] : []));

// ---- Dependencies after a migration (§3) -------------------------------------------------------------

/**
 * The `@supabase/ssr` release lines `migrate --update-package-json` may move an app to, oldest first: the
 * newest release of each line in the registry, and the oldest supabase-js its types are made for (its peer
 * range, `npm view @supabase/ssr@<v> peerDependencies`, 2026-11). Every line has `getAll`/`setAll` and
 * `serializeCookieHeader` (ssr ≥ 0.4.0); only 0.10+ passes `setAll` the cache headers. Type-checked pair by
 * pair (README "Version policy"): ssr 0.4.0–0.6.1 hand supabase-js's client generics over as they were
 * before supabase-js 2.56, so with 2.56 and later a CLI-generated `Database` types every query as `never`
 * and `setAll(cookiesToSet)` loses its parameter type; 0.7.0 follows 2.56's generics (its peer still says
 * ^2.43.4) and types correctly on 2.43.4–2.55 as well.
 */
export const SSR_RELEASE_LINES: readonly { ssr: string; minSupabaseJs: string }[] = [
  { ssr: '0.7.0', minSupabaseJs: '2.43.4' },
  { ssr: '0.8.0', minSupabaseJs: '2.76.1' },
  { ssr: '0.9.0', minSupabaseJs: '2.97.0' },
  { ssr: '0.10.3', minSupabaseJs: '2.100.1' },
  { ssr: '0.12.7', minSupabaseJs: '2.114.0' },
];

/** The supabase-js release from which ssr < 0.7 no longer types its clients (see {@link SSR_RELEASE_LINES}). */
export const SUPABASE_JS_GENERICS_CHANGE = '2.56.0';

/**
 * What supabase-js is raised to when no ssr line accepts the app's version (older than 2.43.4): the newest
 * release before 2.56, bounded with `~` so an install cannot float past it. Its types still accept the
 * `Database` types older CLIs generated or people wrote by hand (no `Relationships`), which 2.56 and later
 * type as `never`; it has `auth.getClaims()` (2.49.2) and `isAuthSessionMissingError` (2.45.4).
 */
export const SUPABASE_JS_RAISE = { range: '~2.55.0', version: '2.55.0' } as const;

/** The newest pair, for an app that lists neither package and has no version to stay close to (facts §3). */
export const NEWEST_RELEASES: Readonly<Record<string, string>> = {
  [SSR_PACKAGE]: '0.12.7',
  [SUPABASE_JS_PACKAGE]: '2.119.1',
};

/** The oldest supabase-js with `auth.getClaims()`, which the migrated code calls (§3). */
export const GET_CLAIMS_MIN_SUPABASE_JS = '2.49.2';
