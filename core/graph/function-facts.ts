// The facts of one function, read from its body: what it returns, which clients it creates (directly or
// through the functions it calls), which auth methods it calls, whether it is async, and its parameters.
// Local variables are looked up by name in the function (destructuring included); anything else goes to
// the enclosing scope, so a helper defined in another module is followed through its own module.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import { isFunction, type FunctionNode } from '../estree.ts';
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

/** Children of a node in traversal order; works for typescript-estree and oxc ASTs alike. */
export function childNodes(node: TSESTree.Node): TSESTree.Node[] {
  const out: TSESTree.Node[] = [];
  for (const key of visitorKeys[node.type] ?? []) {
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item === 'object' && 'type' in item) out.push(item as TSESTree.Node);
    } else if (value && typeof value === 'object' && 'type' in value) {
      out.push(value as TSESTree.Node);
    }
  }
  return out;
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

/** A scope for `fn`'s body: its locals first, then the scope it was defined in. */
export function localScope(fn: FunctionNode, outer: EvalScope): EvalScope {
  const locals = collectLocals(fn);
  const scope: EvalScope = {
    module: outer.module,
    identifier(id) {
      const local = locals.get(id.name);
      if (!local) return outer.identifier(id);
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
 * The facts of one function, each computed on first use: `async` and `params` are read off the node,
 * `returns` evaluates only the return statements, and `creates`/`authCalls` walk the whole body (following
 * every function it calls). Asking whether an import is an async factory therefore never walks the bodies
 * of the components a module imports. A part that depends on itself (recursion) is unknown.
 */
class LazyFunctionFacts implements FunctionFacts {
  readonly #fn: FunctionNode;
  readonly #outer: EvalScope;
  #scope: EvalScope | undefined;
  #returns: { value: Value | undefined } | 'computing' | undefined;
  #use: { creates: ClientKind | undefined; authCalls: AuthCall[] } | 'computing' | undefined;
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

  get #local(): EvalScope {
    this.#scope ??= localScope(this.#fn, this.#outer);
    return this.#scope;
  }

  get returns(): Value | undefined {
    if (this.#returns === 'computing') return undefined;
    if (this.#returns) return this.#returns.value;
    this.#returns = 'computing';
    let value: Value | undefined;
    try {
      const body = this.#fn.body;
      if (body.type !== AST_NODE_TYPES.BlockStatement) value = evaluate(body, this.#local);
      else {
        const visit = (node: TSESTree.Node): void => {
          if (value !== undefined || isFunction(node)) return;
          if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument) value = evaluate(node.argument, this.#local);
          else for (const child of childNodes(node)) visit(child);
        };
        visit(body);
      }
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
  #bodyUse(): { creates: ClientKind | undefined; authCalls: AuthCall[] } {
    if (this.#use === 'computing') return { creates: undefined, authCalls: [] };
    if (this.#use) return this.#use;
    this.#use = 'computing';
    const use: { creates: ClientKind | undefined; authCalls: AuthCall[] } = { creates: undefined, authCalls: [] };
    try {
      const scope = this.#local;
      const visit = (node: TSESTree.Node) => {
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
        }
        for (const child of childNodes(node)) visit(child);
      };
      visit(this.#fn.body);
    } finally {
      this.#use = use;
    }
    return use;
  }
}

export const functionFacts = (fn: FunctionNode, outer: EvalScope): FunctionFacts => new LazyFunctionFacts(fn, outer);
