// Where a Supabase client's cookie methods write: the response variables that `setAll` (or the deprecated
// `set`/`remove`, or an auth-helpers middleware client) puts the session cookies on, read from the function
// that creates the client. A middleware/proxy must return one of these responses, or one derived from it,
// for the browser to receive the refreshed session (facts §1.4, §2.6, §2.7). Pure AST: it works on ESLint's
// trees and oxc's alike, and never evaluates anything.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { childNodes, isFunction, type FunctionNode } from '../estree.ts';
import { MIDDLEWARE_CLIENT_CREATORS } from '../supabase.ts';

export interface ResponseCarrier {
  /**
   * The cookie methods give the variable a new response when they write (the canonical
   * `supabaseResponse = NextResponse.next({ request })`): only a read of the variable after the refresh
   * sees the cookies, a copy taken before it has none.
   */
  reassigned: boolean;
  /** `setAll` also puts its second argument, the cache headers of ssr ≥ 0.10, on the response. */
  cacheHeaders: boolean;
}

export interface CookieWrites {
  /** Response variables the cookie methods write cookies on, by name. */
  carriers: ReadonlyMap<string, ResponseCarrier>;
  /** Keys of the cookie methods that write only to the request (`request.cookies.set`): the browser never gets the cookies. */
  requestOnly: readonly TSESTree.Node[];
}

/** Cookie methods of `@supabase/ssr` that write: `setAll`, and the deprecated `set`/`remove`. */
const WRITE_METHODS: readonly string[] = ['setAll', 'set', 'remove'];

/** `x.cookies.set(…)`, `x.cookies.delete(…)`, `x.headers.set(…)`, `x.headers.append(…)`. */
const WRITES: Readonly<Record<string, readonly string[]>> = { cookies: ['set', 'delete'], headers: ['set', 'append'] };

const keyName = (node: TSESTree.Node): string | undefined =>
  node.type === AST_NODE_TYPES.Identifier ? node.name : node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string' ? node.value : undefined;

const propertyName = (prop: TSESTree.Node): string | undefined => (prop.type === AST_NODE_TYPES.Property && !prop.computed ? keyName(prop.key) : undefined);

function walk(node: TSESTree.Node, visit: (node: TSESTree.Node) => void): void {
  visit(node);
  for (const child of childNodes(node)) walk(child, visit);
}

/** The object a member call writes through: `x` in `x.cookies.set(…)`. */
function writeTarget(call: TSESTree.CallExpression): TSESTree.Identifier | undefined {
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = callee.computed ? undefined : keyName(callee.property);
  const store = callee.object.computed ? undefined : keyName(callee.object.property);
  const target = callee.object.object;
  if (method === undefined || store === undefined || !WRITES[store]?.includes(method)) return undefined;
  return target.type === AST_NODE_TYPES.Identifier ? target : undefined;
}

/** Whether a name holds the request (`request`, `req`, the creating function's first parameter), not a response. */
function requestTest(fn: FunctionNode): (name: string) => boolean {
  const first = fn.params[0];
  const firstName = first?.type === AST_NODE_TYPES.Identifier ? first.name : undefined;
  return (name) => name === firstName || /^req$|request/i.test(name);
}

/** Whether `name` is referenced in `node` (beyond its declaration as `param`). */
function references(node: TSESTree.Node, name: string, param: TSESTree.Node): boolean {
  let found = false;
  walk(node, (n) => {
    if (!found && n !== param && n.type === AST_NODE_TYPES.Identifier && n.name === name) found = true;
  });
  return found;
}

function addCarrier(carriers: Map<string, ResponseCarrier>, name: string, carrier: ResponseCarrier): void {
  const old = carriers.get(name);
  carriers.set(name, { reassigned: carrier.reassigned || (old?.reassigned ?? false), cacheHeaders: carrier.cacheHeaders || (old?.cacheHeaders ?? false) });
}

/** What one cookie-writing method writes to. */
function methodWrites(
  name: string,
  method: FunctionNode,
  isRequest: (name: string) => boolean,
  carriers: Map<string, ResponseCarrier>,
): { wroteRequest: boolean; wroteResponse: boolean } {
  const headersParam = name === 'setAll' ? method.params[1] : undefined;
  const cacheHeaders =
    headersParam !== undefined && (headersParam.type !== AST_NODE_TYPES.Identifier || references(method.body, headersParam.name, headersParam));
  let wroteRequest = false;
  let wroteResponse = false;
  const carry = (name: string, reassigned: boolean) => {
    wroteResponse = true;
    addCarrier(carriers, name, { reassigned, cacheHeaders });
  };
  walk(method.body, (node) => {
    if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.Identifier && !isRequest(node.left.name)) {
      carry(node.left.name, true);
    } else if (node.type === AST_NODE_TYPES.CallExpression) {
      const target = writeTarget(node);
      if (target && isRequest(target.name)) wroteRequest = true;
      else if (target) carry(target.name, false);
      // A helper handed the response (`setCookies(response, cookiesToSet)`) writes to it.
      for (const arg of node.arguments) if (arg.type === AST_NODE_TYPES.Identifier && /res(ponse)?$/i.test(arg.name) && !isRequest(arg.name)) carry(arg.name, false);
    }
  });
  return { wroteRequest, wroteResponse };
}

/** Where the cookie methods of the clients `fn` creates write. */
export function cookieWrites(fn: FunctionNode): CookieWrites {
  const carriers = new Map<string, ResponseCarrier>();
  const requestOnly: TSESTree.Node[] = [];
  const isRequest = requestTest(fn);
  walk(fn.body, (node) => {
    if (node.type === AST_NODE_TYPES.Property && propertyName(node) === 'cookies' && node.value.type === AST_NODE_TYPES.ObjectExpression) {
      for (const prop of node.value.properties) {
        const name = propertyName(prop);
        if (prop.type !== AST_NODE_TYPES.Property || name === undefined || !WRITE_METHODS.includes(name) || !isFunction(prop.value)) continue;
        const { wroteRequest, wroteResponse } = methodWrites(name, prop.value, isRequest, carriers);
        if (wroteRequest && !wroteResponse) requestOnly.push(prop.key);
      }
    } else if (node.type === AST_NODE_TYPES.CallExpression) {
      // auth-helpers: `createMiddlewareClient({ req, res })` appends `Set-Cookie` to the `res` it is given.
      const callee = node.callee.type === AST_NODE_TYPES.MemberExpression ? node.callee.property : node.callee;
      const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : undefined;
      const options = node.arguments[0];
      if (name === undefined || !MIDDLEWARE_CLIENT_CREATORS.includes(name) || options?.type !== AST_NODE_TYPES.ObjectExpression) return;
      for (const prop of options.properties) {
        if (prop.type === AST_NODE_TYPES.Property && propertyName(prop) === 'res' && prop.value.type === AST_NODE_TYPES.Identifier) {
          addCarrier(carriers, prop.value.name, { reassigned: false, cacheHeaders: false });
        }
      }
    }
  });
  return { carriers, requestOnly };
}
