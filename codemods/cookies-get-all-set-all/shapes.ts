// The two non-`next/headers` shapes of old cookie methods and what they become (core/templates.ts):
// - middleware (`NextRequest`/`NextResponse`: middleware, proxy, an `updateSession` helper):
//   `middlewareCookieMethods` on the same request and response variables; the response must be a local
//   created with `NextResponse.next(...)` (its `const` becomes `let`: `setAll` reassigns it);
// - Pages Router `req`/`res`: `pagesCookieMethods`, with `serializeCookieHeader` from `@supabase/ssr`.
// Anything these functions cannot vouch for is a message for a marker instead.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { ASTUtils } from '@typescript-eslint/utils';
import { unwrap } from '../../core/graph/evaluate.ts';
import { isFunction } from '../../core/estree.ts';
import { isAuthHelpersPackage, SSR_PACKAGE } from '../../core/supabase.ts';
import { middlewareCookieMethods, pagesCookieMethods } from '../../core/templates.ts';
import type { TextEdit } from '../lib/edits.ts';
import { enclosingFunction, walk } from '../lib/source-code.ts';
import { baseName, readMethods, type MethodUses } from './methods.ts';
import { keyName, localImport, memberName, NEXT_SERVER, SERIALIZE, type CookieFile, type Reference, type Variable } from './read.ts';

export const HOW_TO = '`getAll()` (every cookie of the request) and `setAll(cookiesToSet)` (write each `{ name, value, options }` to the response)';
export const WITHOUT_OLD = 'without `get`/`set`/`remove` (@supabase/ssr calls `get` first when it exists)';

/** Names the canonical snippets declare inside their callbacks: a variable of that name would be shadowed. */
const MIDDLEWARE_LOCALS = new Set(['cookiesToSet', 'headers', 'name', 'value', 'options', 'key']);
const PAGES_LOCALS = new Set(['cookiesToSet', 'name', 'value', 'options', 'Object']);
/** Globals old Pages Router cookie methods may use. */
const PAGES_GLOBALS = new Set(['Object', 'Array', 'JSON', 'String', 'Boolean', 'undefined', 'encodeURIComponent', 'decodeURIComponent']);

export interface Shape {
  kind: 'middleware' | 'pages';
  /** The `cookies` object's replacement (before indentation). */
  text: string;
  edits: TextEdit[];
  /** `serializeCookieHeader` must be imported next to `createServerClient` from this declaration. */
  importSerializeInto?: TSESTree.ImportDeclaration;
}

/** The middleware or Pages Router shape of `object`, or why it cannot be migrated (a marker message). */
export function shapeOf(file: CookieFile, object: TSESTree.ObjectExpression, call: TSESTree.CallExpression): Shape | string {
  const unknown = `these cookie methods use code this codemod cannot follow: rewrite them as ${HOW_TO}, ${WITHOUT_OLD}`;
  const uses = readMethods(file, object);
  if (!uses) return unknown;
  const store = uses.storeReads.size > 0 || uses.storeWrites.size > 0;
  const pages = uses.pagesReads.size > 0 || uses.headerWrites.size > 0;
  if (store && !pages) return middlewareShape(file, call, uses, unknown);
  if (pages && !store) return pagesShape(file, call, uses, unknown);
  return unknown;
}

function isNextResponseNext(node: TSESTree.Node | null | undefined, nextResponse: string): boolean {
  if (!node) return false;
  const inner = unwrap(node);
  return inner.type === 'CallExpression' && memberName(inner.callee) === 'next' && (inner.callee as TSESTree.MemberExpression).object.type === 'Identifier' && ((inner.callee as TSESTree.MemberExpression).object as TSESTree.Identifier).name === nextResponse;
}

function middlewareShape(file: CookieFile, call: TSESTree.CallExpression, uses: MethodUses, unknown: string): Shape | string {
  const nextResponse = localImport(file, (s) => s === NEXT_SERVER, 'NextResponse')?.local;
  const req = uses.storeReads.size === 1 ? [...uses.storeReads][0]! : 'request';
  const noResponse = `cannot tell which response these cookie methods must write to: write \`getAll()\` returning \`${req}.cookies.getAll()\` and \`setAll(cookiesToSet, headers)\` that sets each cookie (with its options) and each of \`headers\` on the response this code returns (in middleware/proxy: set them on \`${req}.cookies\` first, then reassign \`response = NextResponse.next({ request })\`), ${WITHOUT_OLD}`;
  if (!nextResponse) return noResponse;
  if (uses.storeReads.size !== 1) return unknown;
  const [request] = uses.storeReads as Set<string>;
  if (request!.includes('.')) return unknown;
  const writers = new Set([...uses.storeWrites, ...uses.assigned]);
  writers.delete(request!);
  if (writers.size > 1) return unknown;
  // Every reassignment in the methods must be `response = NextResponse.next(...)`.
  if (uses.assignments.some((e) => e.left.type !== 'Identifier' || !writers.has(e.left.name) || !isNextResponseNext(e.right, nextResponse))) return unknown;
  for (const w of writers) if (w.includes('.')) return unknown;
  const response = writers.size === 1 ? responseVariable(file, call, [...writers][0]!, nextResponse, uses.assigned.has([...writers][0]!)) : findResponse(file, call, nextResponse);
  if (!response) return noResponse;
  const requestRef = uses.free.find((r) => r.identifier.name === request);
  if (!requestRef?.resolved) return unknown;
  const allowed = new Set([request!, response.name, nextResponse]);
  for (const name of uses.freeNames) if (!allowed.has(name)) return unknown;
  if (MIDDLEWARE_LOCALS.has(request!) || MIDDLEWARE_LOCALS.has(response.name)) return unknown;
  const edits: TextEdit[] = [];
  const declaration = response.defs[0]!.parent as TSESTree.VariableDeclaration;
  if (declaration.kind === 'const') edits.push({ range: [declaration.range[0], declaration.range[0] + 'const'.length], text: 'let' });
  const text = middlewareCookieMethods(request!, response.name, file.has).replaceAll('NextResponse.next(', `${nextResponse}.next(`);
  return { kind: 'middleware', text, edits };
}

/** The local variable `name` seen from `call`, when it is a request-scoped `NextResponse.next(...)` response. */
function responseVariable(file: CookieFile, call: TSESTree.CallExpression, name: string, nextResponse: string, reassigned: boolean): Variable | undefined {
  const variable = ASTUtils.findVariable(file.sourceCode.getScope(call), name);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || def?.type !== 'Variable' || def.node.id.type !== 'Identifier') return undefined;
  if (variable.scope.type === 'module' || variable.scope.type === 'global') return undefined;
  // Created with `NextResponse.next(...)`, or already reassigned to one by the old `set`: `setAll`
  // reassigns it the same way. Any other response (a redirect, a JSON body) must not become `next()`.
  if (!reassigned && !isNextResponseNext(def.node.init, nextResponse)) return undefined;
  return variable;
}

/** The one `x = NextResponse.next(...)` local of the function around `call`. */
function findResponse(file: CookieFile, call: TSESTree.CallExpression, nextResponse: string): Variable | undefined {
  const fn = enclosingFunction(call);
  if (!fn) return undefined;
  const found: TSESTree.VariableDeclarator[] = [];
  walk(file.parsed, fn, (node) => {
    if (node !== fn && isFunction(node)) return false;
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && isNextResponseNext(node.init, nextResponse)) found.push(node);
    return undefined;
  });
  if (found.length !== 1) return undefined;
  return responseVariable(file, call, (found[0]!.id as TSESTree.Identifier).name, nextResponse, false);
}

function pagesShape(file: CookieFile, call: TSESTree.CallExpression, uses: MethodUses, unknown: string): Shape | string {
  if (uses.pagesReads.size !== 1 || uses.headerWrites.size > 1 || uses.assigned.size > 0) return unknown;
  const [req] = uses.pagesReads as Set<string>;
  const res = uses.headerWrites.size === 1 ? [...uses.headerWrites][0]! : deriveRes(req!, uses.free);
  if (res === undefined) {
    return `cannot tell which response these cookie methods write to: rewrite them as \`getAll()\` over \`${req}.cookies\` and \`setAll(cookiesToSet)\` calling \`res.setHeader('Set-Cookie', cookiesToSet.map(({ name, value, options }) => serializeCookieHeader(name, value, options)))\` once`;
  }
  // What the methods use from outside: req/res, cookie serialisers, a few globals.
  for (const ref of uses.free) {
    const name = ref.identifier.name;
    if (name === baseName(req!) || name === baseName(res)) {
      if (!ref.resolved) return unknown;
      continue;
    }
    // A global (unresolved, or one of TypeScript's lib globals, which have no definition).
    if (!ref.resolved || (ref.resolved.scope.type === 'global' && ref.resolved.defs.length === 0)) {
      if (PAGES_GLOBALS.has(name)) continue;
      return unknown;
    }
    const def = ref.resolved.defs[0];
    const source = def?.type === 'ImportBinding' && def.parent.type === 'ImportDeclaration' ? def.parent.source.value : undefined;
    if (source !== 'cookie' && source !== SSR_PACKAGE && !(source !== undefined && isAuthHelpersPackage(source))) return unknown;
  }
  if (PAGES_LOCALS.has(baseName(req!)) || PAGES_LOCALS.has(baseName(res))) return unknown;
  const serialize = serializeRef(file, call);
  if (serialize === undefined) {
    return `rewrite these cookie methods as \`getAll()\` over \`${req}.cookies\` and \`setAll(cookiesToSet)\` calling \`${res}.setHeader('Set-Cookie', …)\` once with \`serializeCookieHeader\` from ${SSR_PACKAGE} (import it by name)`;
  }
  const text = pagesCookieMethods(req!, res).replaceAll(`${SERIALIZE}(`, `${serialize.name}(`);
  return { kind: 'pages', text, edits: [], importSerializeInto: serialize.importInto };
}

/** The response next to a Pages Router `req`: `ctx.res` for `ctx.req`, `{ req, res }`, `(req, res)`. */
function deriveRes(req: string, free: Reference[]): string | undefined {
  if (req.endsWith('.req')) return `${baseName(req)}.res`;
  if (req.includes('.')) return undefined;
  const variable = free.find((r) => r.identifier.name === req)?.resolved;
  const def = variable?.defs[0];
  if (def?.type !== 'Parameter') return undefined;
  const id = def.name as TSESTree.Node;
  const holder = id.parent;
  if (holder?.type === 'Property' && holder.parent?.type === 'ObjectPattern') {
    for (const p of holder.parent.properties) {
      if (p.type === 'Property' && keyName(p) === 'res' && p.value.type === 'Identifier') return p.value.name;
    }
    return undefined;
  }
  const params = (def.node as TSESTree.FunctionLike).params;
  const index = params.indexOf(id as TSESTree.Parameter);
  const next = index === -1 ? undefined : params[index + 1];
  return next?.type === 'Identifier' ? next.name : undefined;
}

/** How to call `serializeCookieHeader` here, and the declaration it must join when it is not imported yet. */
function serializeRef(file: CookieFile, call: TSESTree.CallExpression): { name: string; importInto?: TSESTree.ImportDeclaration } | undefined {
  const fromSsr = (s: string) => s === SSR_PACKAGE || isAuthHelpersPackage(s);
  const existing = localImport(file, fromSsr, SERIALIZE);
  if (existing) return { name: existing.local };
  const callee = call.callee;
  if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier') return { name: `${callee.object.name}.${SERIALIZE}` };
  if (callee.type !== 'Identifier') return undefined;
  const variable = ASTUtils.findVariable(file.sourceCode.getScope(callee), callee);
  const def = variable?.defs[0];
  if (def?.type !== 'ImportBinding' || def.parent.type !== 'ImportDeclaration' || !fromSsr(def.parent.source.value)) return undefined;
  // The name must be free in the file.
  const scopes = file.sourceCode.scopeManager?.scopes ?? [];
  if (file.sourceCode.scopeManager?.globalScope?.through.some((r) => r.identifier.name === SERIALIZE)) return undefined;
  if (scopes.some((s) => s.set.has(SERIALIZE))) return undefined;
  return { name: SERIALIZE, importInto: def.parent };
}
