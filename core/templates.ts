// The canonical @supabase/ssr code (Supabase's Next.js guide and Next's with-supabase example, as of
// @supabase/ssr 0.12 / Next 16; facts §1.3, §1.4), in one place: the codemods write these files and
// the rules' suggestions reuse the same cookie methods.
// What the app's versions lack is never written (ProjectInfo.capabilities.has, core/version-policy.ts):
// `getUser()` for `getClaims()` on supabase-js < 2.49.2, `setAll` without the cache headers on ssr < 0.10,
// `set({ name, value, ...options })` on Next < 13.4.4.
import type { Api } from './capabilities.ts';
import { CANONICAL_MATCHER_LITERAL, ENV_ANON_KEY, ENV_URL } from './supabase.ts';

/** Which version-dependent APIs the code may call; a missing entry means the newest releases (it has it). */
export type Availability = Readonly<Partial<Record<Api, boolean>>>;

export interface TemplateOptions {
  /** Emit TypeScript (type imports, annotations, non-null env assertions). */
  typescript: boolean;
  /** Env var names; default to the ones auth-helpers read (we never rename a project's env vars). */
  urlEnv?: string;
  keyEnv?: string;
  /** What the app's versions have (`ProjectInfo.capabilities.has`); default: everything. */
  has?: Availability;
}

const available = (has: Availability | undefined, api: Api) => has?.[api] ?? true;

/** The auth method that refreshes and verifies: `getClaims` where supabase-js has it, else `getUser`. */
export function verifyingMethod(has?: Availability): 'getClaims' | 'getUser' {
  return available(has, 'getClaims') ? 'getClaims' : 'getUser';
}

/** `store.set(name, value, options)`, or the object form Next before 13.4.4 typed. */
function setCookie(store: string, has: Availability | undefined): string {
  return available(has, 'cookieSetWithOptions') ? `${store}.set(name, value, options)` : `${store}.set({ name, value, ...options })`;
}

const env = (name: string, ts: boolean) => `process.env.${name}${ts ? '!' : ''}`;
const urlArg = (o: TemplateOptions) => env(o.urlEnv ?? ENV_URL, o.typescript);
const keyArg = (o: TemplateOptions) => env(o.keyEnv ?? ENV_ANON_KEY, o.typescript);

/** Re-indents a multi-line snippet written at column 0 to `indent`, leaving the first line as is. */
export function indentBlock(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : indent + line))
    .join('\n');
}

/**
 * The `cookies` object for a `next/headers` cookie store named `store`. The `try/catch` is required:
 * Server Components cannot write cookies ("Cookies can only be modified in a Server Action or Route
 * Handler"), and the middleware/proxy refreshes the session for them instead.
 */
export function nextHeadersCookieMethods(store: string, has?: Availability): string {
  return `{
  getAll() {
    return ${store}.getAll()
  },
  setAll(cookiesToSet) {
    try {
      cookiesToSet.forEach(({ name, value, options }) => ${setCookie(store, has)})
    } catch {
      // Called from a Server Component, where Next forbids writing cookies.
      // The middleware/proxy refreshes the session, so this can be ignored.
    }
  },
}`;
}

/** `utils/supabase/server.ts`: the shared server factory for Server Components, Route Handlers and Server Actions. */
export function serverFactoryTemplate(o: TemplateOptions): string {
  return `import { createServerClient } from '@supabase/ssr'
import { cookies } from 'next/headers'

// Create a new client for every request: it is bound to that request's cookies.
export async function createClient() {
  const cookieStore = await cookies()

  return createServerClient(${urlArg(o)}, ${keyArg(o)}, {
    cookies: ${indentBlock(nextHeadersCookieMethods('cookieStore', o.has), '    ')},
  })
}
`;
}

/** `utils/supabase/client.ts`: the browser factory (`createBrowserClient` is a singleton in the browser). */
export function browserFactoryTemplate(o: TemplateOptions): string {
  return `import { createBrowserClient } from '@supabase/ssr'

export function createClient() {
  return createBrowserClient(${urlArg(o)}, ${keyArg(o)})
}
`;
}

/**
 * The `cookies` object for middleware/proxy code with a `NextRequest` named `request` and a `let` response
 * named `response` (created with `NextResponse.next(...)`): every write goes to the request (so Server
 * Components rendered after the proxy see the refreshed session), then to a fresh `NextResponse.next`
 * that carries the updated request, with the cookie options and the cache headers `setAll` receives
 * (ssr ≥ 0.10; older versions have no headers to pass). The response variable must be `let` and be what
 * the middleware returns.
 */
export function middlewareCookieMethods(request: string, response: string, has?: Availability): string {
  const headers = available(has, 'setAllHeaders');
  return `{
  getAll() {
    return ${request}.cookies.getAll()
  },
  setAll(cookiesToSet${headers ? ', headers' : ''}) {
    cookiesToSet.forEach(({ name, value }) => ${request}.cookies.set(name, value))
    ${response} = NextResponse.next({ ${request === 'request' ? 'request' : `request: ${request}`} })
    cookiesToSet.forEach(({ name, value, options }) => ${response}.cookies.set(name, value, options))${
      headers ? `
    Object.entries(headers ?? {}).forEach(([key, value]) => ${response}.headers.set(key, value))` : ''
    }
  },
}`;
}

/**
 * `utils/supabase/middleware.ts`: refreshes the session on every matched request and returns the
 * response that carries the refreshed cookies and the cache headers `setAll` receives (ssr ≥ 0.10).
 */
export function middlewareHelperTemplate(o: TemplateOptions): string {
  const ts = o.typescript;
  const verify = verifyingMethod(o.has);
  return `import { createServerClient } from '@supabase/ssr'
import { NextResponse${ts ? ', type NextRequest' : ''} } from 'next/server'

export async function updateSession(request${ts ? ': NextRequest' : ''}) {
  let supabaseResponse = NextResponse.next({ request })

  const supabase = createServerClient(${urlArg(o)}, ${keyArg(o)}, {
    cookies: ${indentBlock(middlewareCookieMethods('request', 'supabaseResponse', o.has), '    ')},
  })

  // Do not run code between createServerClient and ${verify}(): ${verify}() refreshes an expiring
  // session, and the refreshed cookies must reach supabaseResponse before anything returns.
  await supabase.auth.${verify}()

  // Return supabaseResponse itself. If you need another response, copy its cookies over:
  //   supabaseResponse.cookies.getAll().forEach((cookie) => response.cookies.set(cookie))
  return supabaseResponse
}
`;
}

/** The middleware (Next ≤ 15, or Edge runtime) or proxy (Next ≥ 16) entry file. */
export function middlewareEntryTemplate(o: TemplateOptions & { kind: 'middleware' | 'proxy'; helperSpecifier: string }): string {
  const ts = o.typescript;
  return `${ts ? "import { type NextRequest } from 'next/server'\n" : ''}import { updateSession } from '${o.helperSpecifier}'

export async function ${o.kind}(request${ts ? ': NextRequest' : ''}) {
  return await updateSession(request)
}

export const config = {
  matcher: [
    // Every path except static assets and images, so every page refreshes the session.
    ${CANONICAL_MATCHER_LITERAL},
  ],
}
`;
}

/** The `cookies` object for Pages Router `req`/`res` (getServerSideProps, API routes). */
export function pagesCookieMethods(req: string, res: string): string {
  return `{
  getAll() {
    return Object.keys(${req}.cookies).map((name) => ({ name, value: ${req}.cookies[name] || '' }))
  },
  setAll(cookiesToSet) {
    ${res}.setHeader(
      'Set-Cookie',
      cookiesToSet.map(({ name, value, options }) => serializeCookieHeader(name, value, options)),
    )
  },
}`;
}

/**
 * `utils/supabase/server-props.ts`: the Pages Router server client for `getServerSideProps`. It takes the
 * context or just `{ req, res }`, the two shapes auth-helpers' `createPagesServerClient` accepted.
 */
export function pagesServerPropsTemplate(o: TemplateOptions): string {
  const ts = o.typescript;
  return `import { createServerClient, serializeCookieHeader } from '@supabase/ssr'
${ts ? "import { type GetServerSidePropsContext } from 'next'\n" : ''}
export function createClient({ req, res }${ts ? ": Pick<GetServerSidePropsContext, 'req' | 'res'>" : ''}) {
  return createServerClient(${urlArg(o)}, ${keyArg(o)}, {
    cookies: ${indentBlock(pagesCookieMethods('req', 'res'), '    ')},
  })
}
`;
}

/** `utils/supabase/api.ts`: the Pages Router server client for API routes. */
export function pagesApiTemplate(o: TemplateOptions): string {
  const ts = o.typescript;
  return `import { createServerClient, serializeCookieHeader } from '@supabase/ssr'
${ts ? "import { type NextApiRequest, type NextApiResponse } from 'next'\n" : ''}
export function createClient(req${ts ? ': NextApiRequest' : ''}, res${ts ? ': NextApiResponse' : ''}) {
  return createServerClient(${urlArg(o)}, ${keyArg(o)}, {
    cookies: ${indentBlock(pagesCookieMethods('req', 'res'), '    ')},
  })
}
`;
}

/**
 * `process.env.NAME` as the auth-helpers defaulted it, written out (with TypeScript's `!` when
 * `typescript`): `@supabase/ssr` has no env defaults.
 */
export function envExpression(name: string, typescript: boolean): string {
  return env(name, typescript);
}
