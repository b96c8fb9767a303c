// Next.js responses as the project graph sees them (facts §1.4, §2.6): which response a middleware helper
// returns, and whether it carries the cookies the Supabase client's cookie methods wrote.
import { join } from 'node:path';
import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { cookieWrites } from '../../../core/graph/cookie-writes.ts';
import { callResult, memberValue } from '../../../core/graph/evaluate.ts';
import { graphFor } from '../../../core/graph/project-graph.ts';
import type { Value } from '../../../core/graph/values.ts';
import { isFunction, type FunctionNode } from '../../../core/estree.ts';
import { appLayout, makeTree } from './helpers.ts';

const SSR = "import { createServerClient } from '@supabase/ssr'\nimport { NextResponse, type NextRequest } from 'next/server'\n";
const URL_KEY = 'process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!';

const CANONICAL = `${SSR}
export async function updateSession(request: NextRequest) {
  let supabaseResponse = NextResponse.next({ request })
  const supabase = createServerClient(${URL_KEY}, {
    cookies: {
      getAll() {
        return request.cookies.getAll()
      },
      setAll(cookiesToSet, headers) {
        cookiesToSet.forEach(({ name, value }) => request.cookies.set(name, value))
        supabaseResponse = NextResponse.next({ request })
        cookiesToSet.forEach(({ name, value, options }) => supabaseResponse.cookies.set(name, value, options))
        Object.entries(headers).forEach(([key, value]) => supabaseResponse.headers.set(key, value))
      },
    },
  })
  const { data } = await supabase.auth.getClaims()
  if (!data?.claims) {
    return NextResponse.redirect(new URL('/login', request.url))
  }
  return supabaseResponse
}
`;

/** The ssr 0.0.x guide: `createClient(request)` returns the response before anything refreshes. */
const LEGACY = `${SSR}
export const createClient = (request: NextRequest) => {
  let response = NextResponse.next({ request: { headers: request.headers } })
  const supabase = createServerClient(${URL_KEY}, {
    cookies: {
      get(name: string) {
        return request.cookies.get(name)?.value
      },
      set(name: string, value: string, options: any) {
        request.cookies.set({ name, value, ...options })
        response = NextResponse.next({ request: { headers: request.headers } })
        response.cookies.set({ name, value, ...options })
      },
      remove(name: string, options: any) {
        request.cookies.set({ name, value: '', ...options })
        response = NextResponse.next({ request: { headers: request.headers } })
        response.cookies.set({ name, value: '', ...options })
      },
    },
  })
  return { supabase, response }
}

export async function updateSession(request: NextRequest) {
  const { supabase, response } = createClient(request)
  await supabase.auth.getUser()
  return response
}
`;

function exported(files: Record<string, string>, file: string, name: string): Value | undefined {
  const root = makeTree(files);
  return graphFor(root, {}, appLayout).exportValue(join(root, file), name);
}

const returnsOf = (value: Value | undefined) => (value?.type === 'function' ? value.facts().returns : undefined);

function firstFunction(code: string): FunctionNode {
  const program = parse(code, { jsx: true, range: true, loc: true });
  for (const statement of program.body) {
    const decl = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (isFunction(decl)) return decl;
  }
  throw new Error('no function');
}

describe('responses a middleware helper returns', () => {
  it('the canonical updateSession returns the response its setAll writes to, with the cache headers', () => {
    const value = exported({ 'lib/supabase/proxy.ts': CANONICAL }, 'lib/supabase/proxy.ts', 'updateSession');
    expect(returnsOf(value)).toEqual({ type: 'response', cookies: 'carried', cacheHeaders: true });
  });

  it('a copy of the response taken before the refresh is stale: the cookie methods replace the variable', () => {
    const files = { 'utils/supabase/middleware.ts': LEGACY };
    const wrapper = returnsOf(exported(files, 'utils/supabase/middleware.ts', 'createClient'));
    expect(memberValue(wrapper, 'response')).toEqual({ type: 'response', cookies: 'stale', cacheHeaders: false });
    expect(memberValue(wrapper, 'supabase')).toEqual({ type: 'client', kind: 'server' });
    expect(returnsOf(exported(files, 'utils/supabase/middleware.ts', 'updateSession'))).toEqual({ type: 'response', cookies: 'stale', cacheHeaders: false });
  });

  it('a response the cookie methods only write to (never replace) carries the cookies wherever it is read', () => {
    const code = LEGACY.replaceAll(/^ +response = NextResponse\.next\(.*\n/gm, '');
    const wrapper = returnsOf(exported({ 'utils/supabase/middleware.ts': code }, 'utils/supabase/middleware.ts', 'createClient'));
    expect(memberValue(wrapper, 'response')).toEqual({ type: 'response', cookies: 'carried', cacheHeaders: false });
  });

  it('an auth-helpers middleware client writes to the `res` it is given', () => {
    const code = `import { createMiddlewareClient } from '@supabase/auth-helpers-nextjs'
import { NextResponse, type NextRequest } from 'next/server'

export async function refresh(req: NextRequest) {
  const res = NextResponse.next()
  const supabase = createMiddlewareClient({ req, res })
  await supabase.auth.getSession()
  return res
}
`;
    expect(returnsOf(exported({ 'lib/refresh.ts': code }, 'lib/refresh.ts', 'refresh'))).toEqual({ type: 'response', cookies: 'carried', cacheHeaders: false });
  });

  it('NextResponse, Response and i18n middlewares create responses without the cookies', () => {
    const code = `import { NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'
import { i18nRouter } from 'next-i18n-router'

const intl = createMiddleware({ locales: ['en'], defaultLocale: 'en' })
export const redirect = (url: string) => NextResponse.redirect(url)
export const constructed = () => new NextResponse(null, { status: 401 })
export const plain = () => Response.json({ ok: false })
export const localized = (request: Request) => intl(request)
export const routed = (request: Request) => i18nRouter(request, { locales: ['en'], defaultLocale: 'en' })
`;
    const root = makeTree({ 'lib/responses.ts': code });
    const graph = graphFor(root, {}, appLayout);
    for (const name of ['redirect', 'constructed', 'plain', 'localized', 'routed']) {
      expect(callResult(graph.exportValue(join(root, 'lib/responses.ts'), name)), name).toEqual({ type: 'response', cookies: 'none', cacheHeaders: false });
    }
  });
});

describe('cookieWrites', () => {
  it('finds the response the canonical setAll writes to and replaces', () => {
    const writes = cookieWrites(firstFunction(CANONICAL.slice(SSR.length)));
    expect([...writes.carriers]).toEqual([['supabaseResponse', { reassigned: true, cacheHeaders: true }]]);
    expect(writes.requestOnly).toEqual([]);
  });

  it('reports a setAll that writes only to the request', () => {
    const code = `export async function updateSession(request) {
  const supabase = createServerClient(url, key, {
    cookies: {
      getAll: () => request.cookies.getAll(),
      setAll: (cookiesToSet) => cookiesToSet.forEach(({ name, value }) => request.cookies.set(name, value)),
    },
  })
  await supabase.auth.getUser()
  return NextResponse.next({ request })
}`;
    const writes = cookieWrites(firstFunction(code));
    expect(writes.carriers.size).toBe(0);
    expect(writes.requestOnly.map((key) => (key.type === 'Identifier' ? key.name : ''))).toEqual(['setAll']);
  });

  it('counts a response handed to a helper inside setAll, and a setAll that ignores its headers', () => {
    const code = `export function make(req, response) {
  return createServerClient(url, key, { cookies: { getAll: () => req.cookies.getAll(), setAll(list) { copyCookies(response, list) } } })
}`;
    expect([...cookieWrites(firstFunction(code)).carriers]).toEqual([['response', { reassigned: false, cacheHeaders: false }]]);
  });
});
