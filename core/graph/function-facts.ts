// The facts of one function, read from its body: what it returns, which clients it creates (directly or
// through the functions it calls), which auth methods it calls, whether it is async, and its parameters.
// Local variables are looked up by name in the function (destructuring included); anything else goes to
// the enclosing scope, so a helper defined in another module is followed through its own module.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { childNodes, isFunction, type FunctionNode } from '../estree.ts';
import { cookieWrites } from './cookie-writes.ts';
import type { ClientKind } from '../supabase.ts';
import { evaluate, memberName, memberValue, propertyKey, type EvalScope } from './evaluate.ts';
import { factoryKind, type AuthCall, type FunctionFacts, type ParamFacts, type Value } from './values.ts';

/** A local name: the initialiser it comes from, and the property path destructuring takes from it. */
interface LocalBinding {
  init: TSESTree.Node | undefined;
  path: readonly string[];
}

/** Binds every name a pattern declares to `init` and the property path that reaches it. */
export function bindPattern(pattern: TSESTree.Node, init: TSESTree.Node | undefined, path: readonly string[], out: Map<string, LocalBinding>): void {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      out.set(pattern.name, { init, path });
      break;
    case AST_NODE_TYPES.AssignmentPattern:
      bindPattern(pattern.left, init, path, out);
      break;
    case AST_NODE_TYPES.ObjectPattern:
      for (const prop of pattern.properties) {
        if (prop.type === AST_NODE_TYPES.RestElement) bindPattern(prop.argument, undefined, [], out);
        else {
          const key = propertyKey(prop);
          bindPattern(prop.value, key === undefined ? undefined : init, key === undefined ? [] : [...path, key], out);
        }
      }
      break;
    case AST_NODE_TYPES.ArrayPattern:
      for (const element of pattern.elements) if (element) bindPattern(element, undefined, [], out);
      break;
    case AST_NODE_TYPES.RestElement:
      bindPattern(pattern.argument, undefined, [], out);
      break;
    default:
      break;
  }
}

function paramFacts(param: TSESTree.Parameter): ParamFacts {
  const target = param.type === AST_NODE_TYPES.TSParameterProperty ? param.parameter : param;
  const optional = target.type === AST_NODE_TYPES.AssignmentPattern || target.type === AST_NODE_TYPES.RestElement || ('optional' in target && target.optional === true);
  const pattern = target.type === AST_NODE_TYPES.AssignmentPattern ? target.left : target;
  const keys = pattern.type === AST_NODE_TYPES.ObjectPattern ? pattern.properties.flatMap((p) => (p.type === AST_NODE_TYPES.Property ? (propertyKey(p) ?? []) : [])) : undefined;
  return { name: pattern.type === AST_NODE_TYPES.Identifier ? pattern.name : undefined, keys, optional };
}

/** Names declared anywhere in the function (parameters, variables, inner function declarations). */
function collectLocals(fn: FunctionNode): Map<string, LocalBinding> {
  const locals = new Map<string, LocalBinding>();
  for (const param of fn.params) bindPattern(param.type === AST_NODE_TYPES.TSParameterProperty ? param.parameter : param, undefined, [], locals);
  const visit = (node: TSESTree.Node) => {
    if (node.type === AST_NODE_TYPES.VariableDeclarator) bindPattern(node.id, node.init ?? undefined, [], locals);
    else if (node.type === AST_NODE_TYPES.FunctionDeclaration && node.id && node !== fn) locals.set(node.id.name, { init: node, path: [] });
    for (const child of childNodes(node)) visit(child);
  };
  visit(fn.body);
  return locals;
}

/**
 * A scope for `fn`'s body: its locals first, then the scope it was defined in. `known` answers for locals
 * whose value their initialiser does not tell (the responses the client's cookie methods write to).
 */
export function localScope(fn: FunctionNode, outer: EvalScope, known?: (name: string) => Value | undefined): EvalScope {
  const locals = collectLocals(fn);
  const scope: EvalScope = {
    module: outer.module,
    identifier(id) {
      const local = locals.get(id.name);
      if (!local) return outer.identifier(id);
      const answer = known?.(id.name);
      if (answer) return answer;
      let value = local.init && evaluate(local.init, scope);
      for (const key of local.path) value = memberValue(value, key);
      return value;
    },
  };
  return scope;
}

function addAuthCall(calls: AuthCall[], call: AuthCall): void {
  if (!calls.some((c) => c.method === call.method && c.kind === call.kind)) calls.push(call);
}

/**
 * What calls return: the first return whose value is known, except that among responses the one carrying
 * the Supabase cookies wins (`updateSession` returns a redirect on one path and `supabaseResponse` on the last).
 */
function returnedValue(args: readonly TSESTree.Node[], scope: EvalScope): Value | undefined {
  let result: Value | undefined;
  for (const arg of args) {
    const value = evaluate(arg, scope);
    if (value === undefined) continue;
    result ??= value;
    if (result.type !== 'response') return result;
    if (value.type === 'response' && value.cookies === 'carried') return value;
  }
  return result;
}

/** Whether a call uses a server client: a method of it (`supabase.from(…)`, `supabase.auth.getUser()`) or passing it on. */
function usesServerClient(call: TSESTree.CallExpression, scope: EvalScope): boolean {
  const isServer = (value: Value | undefined) => (value?.type === 'client' || value?.type === 'auth') && value.kind === 'server';
  for (let callee: TSESTree.Node = call.callee; callee.type === AST_NODE_TYPES.MemberExpression; callee = callee.object) {
    if (callee.object.type === AST_NODE_TYPES.Identifier && isServer(evaluate(callee.object, scope))) return true;
  }
  return call.arguments.some((arg) => arg.type === AST_NODE_TYPES.Identifier && isServer(evaluate(arg, scope)));
}

interface BodyUse {
  creates: ClientKind | undefined;
  authCalls: AuthCall[];
  /** A call in the function itself (not a nested one) uses a server client: the session is read. */
  usesClient: boolean;
}

/**
 * The facts of one function, each computed on first use: `async` and `params` are read off the node,
 * `returns` evaluates the return statements (and, when the function holds a response the client's cookie
 * methods replace, whether it reads the session first), and `creates`/`authCalls` walk the whole body,
 * following every function it calls. Asking whether an import is an async factory therefore never walks
 * the bodies of the components a module imports. A part that depends on itself (recursion) is unknown.
 */
class LazyFunctionFacts implements FunctionFacts {
  readonly #fn: FunctionNode;
  readonly #outer: EvalScope;
  #scope: EvalScope | undefined;
  #writes: ReturnType<typeof cookieWrites> | undefined;
  #returns: { value: Value | undefined } | 'computing' | undefined;
  #use: BodyUse | 'computing' | undefined;
  readonly async: boolean;
  readonly params: readonly ParamFacts[];
  readonly definedIn: FunctionFacts['definedIn'];

  constructor(fn: FunctionNode, outer: EvalScope) {
    this.#fn = fn;
    this.#outer = outer;
    this.async = fn.async;
    this.params = fn.params.map(paramFacts);
    const range = fn.range as readonly [number, number] | undefined;
    this.definedIn = range && outer.module.file ? { file: outer.module.file, range } : undefined;
  }

  get #cookieWrites(): ReturnType<typeof cookieWrites> {
    this.#writes ??= cookieWrites(this.#fn);
    return this.#writes;
  }

  /**
   * The function's locals. A response the client's cookie methods replace is current only once the session
   * was read through the client in this function (then `return supabaseResponse` returns the refreshed
   * one); a copy of it returned by a function that never reads the session is the stale, pre-refresh one.
   */
  get #local(): EvalScope {
    if (this.#scope) return this.#scope;
    const writes = this.#cookieWrites;
    const known =
      writes.carriers.size === 0
        ? undefined
        : (name: string): Value | undefined => {
            const carrier = writes.carriers.get(name);
            return carrier && { type: 'response', cookies: !carrier.reassigned || this.#readsSession() ? 'carried' : 'stale', cacheHeaders: carrier.cacheHeaders };
          };
    this.#scope = localScope(this.#fn, this.#outer, known);
    return this.#scope;
  }

  #readsSession(): boolean {
    const use = this.#bodyUse();
    return use.usesClient || use.authCalls.some((c) => c.kind === 'server');
  }

  get returns(): Value | undefined {
    if (this.#returns === 'computing') return undefined;
    if (this.#returns) return this.#returns.value;
    this.#returns = 'computing';
    let value: Value | undefined;
    try {
      const body = this.#fn.body;
      const returned: TSESTree.Node[] = [];
      if (body.type !== AST_NODE_TYPES.BlockStatement) returned.push(body);
      else {
        const visit = (node: TSESTree.Node): void => {
          if (isFunction(node)) return;
          if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument) returned.push(node.argument);
          else for (const child of childNodes(node)) visit(child);
        };
        visit(body);
      }
      value = returnedValue(returned, this.#local);
    } finally {
      this.#returns = { value };
    }
    return value;
  }

  get creates(): ClientKind | undefined {
    return this.#bodyUse().creates;
  }

  get authCalls(): readonly AuthCall[] {
    return this.#bodyUse().authCalls;
  }

  /** One walk of the whole body, nested functions included: the clients it creates and auth methods it calls. */
  #bodyUse(): BodyUse {
    if (this.#use === 'computing') return { creates: undefined, authCalls: [], usesClient: false };
    if (this.#use) return this.#use;
    this.#use = 'computing';
    const use: BodyUse = { creates: undefined, authCalls: [], usesClient: false };
    const carriers = this.#cookieWrites.carriers.size > 0;
    try {
      const scope = this.#local;
      const visit = (node: TSESTree.Node, nested: boolean) => {
        if (node.type === AST_NODE_TYPES.CallExpression) {
          const callee = node.callee.type === AST_NODE_TYPES.ChainExpression ? node.callee.expression : node.callee;
          if (callee.type === AST_NODE_TYPES.MemberExpression) {
            const method = memberName(callee);
            const owner = evaluate(callee.object, scope);
            if (method !== undefined && owner?.type === 'auth') addAuthCall(use.authCalls, { method, kind: owner.kind });
          }
          const called = evaluate(callee, scope);
          if (called?.type === 'function') {
            const facts = called.facts();
            use.creates ??= facts.creates ?? factoryKind(called);
            for (const call of facts.authCalls) addAuthCall(use.authCalls, call);
          }
          if (carriers && !nested && !use.usesClient) use.usesClient = usesServerClient(node, scope);
        }
        for (const child of childNodes(node)) visit(child, nested || isFunction(child));
      };
      visit(this.#fn.body, false);
    } finally {
      this.#use = use;
    }
    return use;
  }
}

export const functionFacts = (fn: FunctionNode, outer: EvalScope): FunctionFacts => new LazyFunctionFacts(fn, outer);
