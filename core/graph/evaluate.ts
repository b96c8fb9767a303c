// Working out what an expression evaluates to (values.ts), lazily and across modules: variables,
// `await`, type assertions, destructuring, member access on objects a wrapper returns
// (`(await createClient(req)).supabase`), module namespaces and `require()`, React's `cache()`, and calls
// of functions whose facts (what they return, which clients they create, which auth methods they call)
// are computed from their bodies once per epoch. A value that depends on itself evaluates to undefined.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { isFunction, type FunctionNode } from '../estree.ts';
import { currentEpoch } from './epoch.ts';
import { functionFacts } from './function-facts.ts';
import { NEXT_RESPONSE_FACTORIES } from '../next.ts';
import { requireSource, type ImportBinding, type ModuleSummary } from './summary.ts';
import { NEW_RESPONSE, returning, type Value } from './values.ts';

/** A module as the evaluator sees it: its summary, and how its imports are answered. */
export interface ModuleContext {
  /** Absolute path (the linted filename for virtual files). */
  file: string;
  summary: ModuleSummary;
  importValue(binding: ImportBinding): Value | undefined;
}

/** Where names are looked up while evaluating: a function's locals, ESLint's scopes, or the module. */
export interface EvalScope {
  module: ModuleContext;
  identifier(node: TSESTree.Identifier): Value | undefined;
}

/** Strips `await`, `as`, `satisfies`, `!`, `<T>x`, optional chains and (oxc's) parentheses. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current: TSESTree.Node = node;
  for (;;) {
    switch (current.type as string) {
      case AST_NODE_TYPES.AwaitExpression:
        current = (current as TSESTree.AwaitExpression).argument;
        break;
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.ChainExpression:
      case 'ParenthesizedExpression':
        current = (current as unknown as { expression: TSESTree.Node }).expression;
        break;
      default:
        return current;
    }
  }
}

/** The name a member expression reads (`a.b`, `a['b']`), if static. */
export function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  if (node.computed && node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string') return node.property.value;
  return undefined;
}

export function propertyKey(prop: TSESTree.Property): string | undefined {
  if (!prop.computed && prop.key.type === AST_NODE_TYPES.Identifier) return prop.key.name;
  if (prop.key.type === AST_NODE_TYPES.Literal && (typeof prop.key.value === 'string' || typeof prop.key.value === 'number')) return String(prop.key.value);
  return undefined;
}

/** Reading property `name` of a value. */
export function memberValue(value: Value | undefined, name: string): Value | undefined {
  switch (value?.type) {
    case 'object':
      return value.prop(name);
    case 'module':
      return value.exportValue(name);
    case 'client':
      return name === 'auth' ? { type: 'auth', kind: value.kind } : undefined;
    case 'response-class':
      return NEXT_RESPONSE_FACTORIES.includes(name) ? returning(NEW_RESPONSE) : undefined;
    default:
      return undefined;
  }
}

/** The value a call of `callee`'s value returns. */
export function callResult(callee: Value | undefined): Value | undefined {
  if (callee?.type === 'cookies-function') return { type: 'cookie-store' };
  return callee?.type === 'function' ? callee.facts().returns : undefined;
}

const inProgress = new Set<TSESTree.Node>();

export function evaluate(node: TSESTree.Node, scope: EvalScope): Value | undefined {
  const inner = unwrap(node);
  if (inProgress.has(inner)) return undefined; // `let a = b; let b = a`, a factory returning itself
  inProgress.add(inner);
  try {
    return evaluateInner(inner, scope);
  } finally {
    inProgress.delete(inner);
  }
}

function evaluateInner(node: TSESTree.Node, scope: EvalScope): Value | undefined {
  if (isFunction(node)) return functionValue(node, scope);
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      // The global `Response` (`new Response(…)`, `Response.redirect(…)`) when no binding shadows it.
      return scope.identifier(node) ?? (node.name === 'Response' ? { type: 'response-class' } : undefined);
    case AST_NODE_TYPES.NewExpression:
      return evaluate(node.callee, scope)?.type === 'response-class' ? NEW_RESPONSE : undefined;
    case AST_NODE_TYPES.ImportExpression:
    case AST_NODE_TYPES.CallExpression: {
      const source = requireSource(node);
      if (source !== undefined) return scope.module.importValue({ source, imported: '*', typeOnly: false });
      if (node.type === AST_NODE_TYPES.ImportExpression) return undefined;
      // React's cache(fn) memoises per request: calling it is calling fn.
      if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'cache' && node.arguments.length === 1) return evaluate(node.arguments[0]!, scope);
      return callResult(evaluate(node.callee, scope));
    }
    case AST_NODE_TYPES.MemberExpression: {
      const name = memberName(node);
      return name === undefined ? undefined : memberValue(evaluate(node.object, scope), name);
    }
    case AST_NODE_TYPES.ObjectExpression:
      return objectValue(node, scope);
    case AST_NODE_TYPES.ConditionalExpression:
      return evaluate(node.consequent, scope) ?? evaluate(node.alternate, scope);
    case AST_NODE_TYPES.LogicalExpression:
      return evaluate(node.right, scope) ?? evaluate(node.left, scope);
    default:
      return undefined;
  }
}

function objectValue(node: TSESTree.ObjectExpression, scope: EvalScope): Value {
  const names: string[] = [];
  let complete = true;
  for (const prop of node.properties) {
    if (prop.type === AST_NODE_TYPES.Property) {
      const key = propertyKey(prop);
      if (key === undefined) complete = false;
      else names.push(key);
      continue;
    }
    const spread = evaluate(prop.argument, scope);
    if (spread?.type === 'object') {
      names.push(...spread.names);
      complete &&= spread.complete;
    } else {
      complete = false;
    }
  }
  const prop = (name: string): Value | undefined => {
    for (let i = node.properties.length - 1; i >= 0; i--) {
      const p = node.properties[i]!;
      if (p.type === AST_NODE_TYPES.Property && propertyKey(p) === name) return evaluate(p.value, scope);
      if (p.type === AST_NODE_TYPES.SpreadElement) {
        const spread = memberValue(evaluate(p.argument, scope), name);
        if (spread) return spread;
      }
    }
    return undefined;
  };
  return { type: 'object', names, complete, prop };
}

const factsMemo = new WeakMap<FunctionNode, { epoch: number; value: Value }>();

/** A function's value; its facts are worked out part by part on first use, and kept for the epoch. */
export function functionValue(fn: FunctionNode, scope: EvalScope): Value {
  const hit = factsMemo.get(fn);
  if (hit?.epoch === currentEpoch()) return hit.value;
  let facts: ReturnType<typeof functionFacts> | undefined;
  const value: Value = { type: 'function', facts: () => (facts ??= functionFacts(fn, scope)) };
  factsMemo.set(fn, { epoch: currentEpoch(), value });
  return value;
}
