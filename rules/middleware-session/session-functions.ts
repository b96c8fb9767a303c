// The functions of a middleware/proxy (or of a helper it calls) that create a Supabase server client, and
// what happens in each after the creation: which calls read the session through the client (any of them may
// refresh it, facts §1.4 "Which call refreshes"), which `return`s follow, whether the client is handed on.
// Shared by no-dropped-auth-cookies and require-session-refresh, which judge these facts differently.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { childNodes, isFunction, type FunctionNode } from '../../core/estree.ts';
import { cookieWrites, type CookieWrites } from '../../core/graph/cookie-writes.ts';
import { unwrap } from '../../core/graph/evaluate.ts';
import type { Value } from '../../core/graph/values.ts';
import type { ClientTracker } from '../utils/supabase-clients.ts';

export interface SessionFunction {
  fn: FunctionNode;
  /** The first call in the function's own body that creates the server client, directly or through a helper. */
  creation: TSESTree.CallExpression;
  /** The creating call is a helper that reads the session itself (`updateSession(request)`): it refreshes too. */
  creationRefreshes: boolean;
  /** Calls after the creation that read the session through the client, in source order. */
  refreshes: readonly TSESTree.CallExpression[];
  /** `return`s of the function's own body after the creation (an arrow's expression body counts as one). */
  returns: readonly TSESTree.Node[];
  /** The client leaves the function (returned, stored, handed to a call): someone else may read the session. */
  clientEscapes: boolean;
  /** Where the cookie methods the function defines write. */
  writes: CookieWrites;
}

const isServer = (value: Value | undefined) => (value?.type === 'client' || value?.type === 'auth') && value.kind === 'server';

/** The identifier a call chain starts from: `supabase` in `supabase.from('x').select().eq(…)`. */
function chainRoot(node: TSESTree.Node): TSESTree.Identifier | undefined {
  let current = unwrap(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.MemberExpression) current = unwrap(current.object);
    else if (current.type === AST_NODE_TYPES.CallExpression) current = unwrap(current.callee);
    else return current.type === AST_NODE_TYPES.Identifier ? current : undefined;
  }
}

/** Whether `node` is inside a nested function of `fn` (not `fn`'s own body). */
export function inNestedFunction(node: TSESTree.Node, fn: FunctionNode): boolean {
  for (let current = node.parent; current && current !== fn; current = current.parent) if (isFunction(current)) return true;
  return false;
}

/** The function a node belongs to (its innermost enclosing function). */
function ownerOf(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunction(current)) return current;
  return undefined;
}

export class SessionFunctions {
  readonly #tracker: ClientTracker;

  constructor(tracker: ClientTracker) {
    this.#tracker = tracker;
  }

  /** Whether a call creates a cookie-bound server client (a factory, or a helper that creates one inside). */
  creates(call: TSESTree.CallExpression): boolean {
    const info = this.#tracker.calleeInfo(call.callee);
    return info?.factory === 'server' || info?.runsSupabase === 'server';
  }

  /** Whether a creating helper reads the session itself: it calls an auth method, or it is known only by name. */
  #creationRefreshes(call: TSESTree.CallExpression): boolean {
    const value = this.#tracker.valueOf(call.callee);
    if (value?.type !== 'function') return false;
    const facts = value.facts();
    if (facts.returns?.type === 'client') return facts.authCalls.some((c) => c.kind === 'server');
    return facts.definedIn === undefined || facts.authCalls.some((c) => c.kind === 'server');
  }

  /** Whether a call reads the session through a server client: a method of it, a helper it is handed to, a helper that reads it. */
  readsSession(call: TSESTree.CallExpression): boolean {
    const root = chainRoot(call.callee);
    if (root && isServer(this.#tracker.valueOf(root))) return true;
    if (call.arguments.some((arg) => arg.type === AST_NODE_TYPES.Identifier && isServer(this.#tracker.valueOf(arg)))) return true;
    const value = this.#tracker.valueOf(call.callee);
    return value?.type === 'function' && value.facts().authCalls.some((c) => c.kind === 'server');
  }

  /** Every function of the program that creates a server client in its own body. */
  find(program: TSESTree.Program): SessionFunction[] {
    const creations = new Map<FunctionNode, TSESTree.CallExpression>();
    const calls = new Map<FunctionNode, TSESTree.CallExpression[]>();
    const visit = (node: TSESTree.Node) => {
      if (node.type === AST_NODE_TYPES.CallExpression) {
        const owner = ownerOf(node);
        if (owner) {
          if (!creations.has(owner) && this.creates(node)) creations.set(owner, node);
          let list = calls.get(owner);
          if (!list) calls.set(owner, (list = []));
          list.push(node);
        }
      }
      for (const child of childNodes(node)) visit(child);
    };
    visit(program);
    const result: SessionFunction[] = [];
    for (const [fn, creation] of creations) result.push(this.#describe(fn, creation, calls));
    return result;
  }

  #describe(fn: FunctionNode, creation: TSESTree.CallExpression, calls: ReadonlyMap<FunctionNode, TSESTree.CallExpression[]>): SessionFunction {
    // Calls of nested callbacks count as reads too (`.then(() => supabase.auth.getUser())`), except those of
    // the cookie methods themselves and of functions that create a client of their own.
    const after: TSESTree.CallExpression[] = [];
    for (const [owner, list] of calls) {
      if (owner !== fn && !isInside(owner, fn)) continue;
      for (const call of list) if (call !== creation && call.range[0] > creation.range[1] && this.readsSession(call)) after.push(call);
    }
    after.sort((a, b) => a.range[0] - b.range[0]);
    const returns: TSESTree.Node[] = [];
    if (fn.body.type !== AST_NODE_TYPES.BlockStatement) returns.push(fn.body);
    else {
      const visit = (node: TSESTree.Node) => {
        if (isFunction(node)) return;
        if (node.type === AST_NODE_TYPES.ReturnStatement && node.range[0] > creation.range[1]) returns.push(node);
        for (const child of childNodes(node)) visit(child);
      };
      for (const statement of fn.body.body) visit(statement);
    }
    return {
      fn,
      creation,
      creationRefreshes: this.#creationRefreshes(creation),
      refreshes: after,
      returns,
      clientEscapes: this.#clientEscapes(creation, fn),
      writes: cookieWrites(fn),
    };
  }

  /** Whether the client a creating call returns leaves the function: returned, stored in an object or outer variable, passed on. */
  #clientEscapes(creation: TSESTree.CallExpression, fn: FunctionNode): boolean {
    let node: TSESTree.Node = creation;
    while (node.parent && (node.parent.type === AST_NODE_TYPES.AwaitExpression || node.parent.type === AST_NODE_TYPES.TSAsExpression || node.parent.type === AST_NODE_TYPES.TSNonNullExpression)) node = node.parent;
    const declarator = node.parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== node) return true; // returned, assigned, an argument, a property…
    // The names bound to the client: the whole value, or the destructured properties that hold it.
    const names = new Set<string>();
    const collect = (pattern: TSESTree.Node) => {
      if (pattern.type === AST_NODE_TYPES.Identifier) {
        if (pattern === declarator.id || isServer(this.#tracker.valueOf(pattern))) names.add(pattern.name);
        return;
      }
      for (const child of childNodes(pattern)) if (child.type !== AST_NODE_TYPES.TSTypeAnnotation) collect(child);
    };
    collect(declarator.id);
    let escapes = false;
    const visit = (current: TSESTree.Node) => {
      if (escapes) return;
      if (current.type === AST_NODE_TYPES.Identifier && names.has(current.name) && !isInside(current, declarator.id)) {
        const use = current.parent;
        escapes =
          use?.type === AST_NODE_TYPES.ReturnStatement ||
          use?.type === AST_NODE_TYPES.ArrowFunctionExpression ||
          (use?.type === AST_NODE_TYPES.Property && use.value === current) ||
          (use?.type === AST_NODE_TYPES.AssignmentExpression && use.right === current) ||
          use?.type === AST_NODE_TYPES.ArrayExpression ||
          (use?.type === AST_NODE_TYPES.CallExpression && use.arguments.includes(current as TSESTree.Expression));
      }
      for (const child of childNodes(current)) visit(child);
    };
    visit(fn.body);
    return escapes;
  }
}

const isInside = (node: TSESTree.Node, outer: TSESTree.Node) => node.range[0] >= outer.range[0] && node.range[1] <= outer.range[1];
