// Which expressions of the linted file are Supabase clients, and of which kind: the project graph's
// evaluator (core/graph/evaluate.ts) with ESLint's scopes for local names, so shadowing is respected.
// It follows factory calls however imported, `await`, variables, destructuring (`const { supabase } =
// await createClient(request)`), `const { auth } = client`, `.then((client) => …)`, and the app's own
// wrappers through the graph.
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { evaluate, memberValue, propertyKey, type EvalScope } from '../../core/graph/evaluate.ts';
import { conventionalValue, settingsKind } from '../../core/graph/known-values.ts';
import { moduleBinding } from '../../core/graph/module-scope.ts';
import type { ImportBinding } from '../../core/graph/summary.ts';
import { bindingInfo, type BindingInfo, type Value } from '../../core/graph/values.ts';
import { SUPABASE_MENTION, type ClientKind } from '../../core/supabase.ts';
import type { RuleFileContext } from './file-context.ts';
import { fileTypeScope, isSupabaseClientParameter, type TypeScope } from './parameter-types.ts';

export interface ClientTracker {
  /** Whether anything in this file can create a Supabase client: rules bail out early when not. */
  readonly hasSupabase: boolean;
  /** What the function called by `callee` is (a factory, a helper that runs Supabase), if known. */
  calleeInfo(callee: TSESTree.Node): BindingInfo | undefined;
  /** The kind of client `node` evaluates to. */
  clientKindOf(node: TSESTree.Node): ClientKind | undefined;
  /** The kind of client whose `.auth` namespace `node` evaluates to. */
  authKindOf(node: TSESTree.Node): ClientKind | undefined;
  /** The import behind a local name, if it is one. */
  importOf(name: string): ImportBinding | undefined;
  /** What `node` evaluates to, as far as the project graph can tell. */
  valueOf(node: TSESTree.Node): Value | undefined;
  /** The file's type declarations and imports, to read what a parameter's annotation names. */
  readonly types: TypeScope;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** The property path from the root of a destructuring pattern down to `target` (`{ a: { b } }` → a, b). */
export function patternPath(pattern: TSESTree.Node, target: TSESTree.Identifier): string[] | undefined {
  if (pattern === target) return [];
  switch (pattern.type) {
    case AST_NODE_TYPES.AssignmentPattern:
      return patternPath(pattern.left, target);
    case AST_NODE_TYPES.ObjectPattern:
      for (const prop of pattern.properties) {
        if (prop.type === AST_NODE_TYPES.RestElement) continue;
        const inner = patternPath(prop.value, target);
        const key = propertyKey(prop);
        if (inner) return key === undefined ? undefined : [key, ...inner];
      }
      return undefined;
    default:
      return undefined;
  }
}

/** `factory().then((supabase) => …)`: the callback's first parameter is what the promise resolves to. */
function thenParameter(fn: TSESTree.Node, name: string): TSESTree.Node | undefined {
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return undefined;
  const first = fn.params[0];
  if (first?.type !== AST_NODE_TYPES.Identifier || first.name !== name) return undefined;
  const call = fn.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return undefined;
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.property.type !== AST_NODE_TYPES.Identifier || callee.property.name !== 'then') return undefined;
  return callee.object;
}

const trackers = new WeakMap<TSESTree.Program, ClientTracker>();

export function trackClients(context: Context, file: RuleFileContext): ClientTracker {
  const program = context.sourceCode.ast;
  const hit = trackers.get(program);
  if (hit) return hit;
  const module = file.module;
  const globalScope = context.sourceCode.scopeManager?.globalScope;
  const moduleScope = globalScope?.childScopes.find((s) => s.type === 'module') ?? globalScope;

  const scope: EvalScope = {
    module,
    identifier(id) {
      const variable = ASTUtils.findVariable(context.sourceCode.getScope(id), id);
      if (!variable) return undefined;
      if (variable.scope === moduleScope) return moduleBinding(module, id.name);
      const def = variable.defs[0];
      if (def?.type === 'Variable') {
        const path = patternPath(def.node.id, variable.identifiers[0]!);
        if (!def.node.init || !path) return undefined;
        let value = evaluate(def.node.init, scope);
        for (const key of path) value = memberValue(value, key);
        return value;
      }
      if (def?.type === 'FunctionName') return evaluate(def.node, scope);
      if (def?.type === 'Parameter') {
        const promise = thenParameter(def.node, id.name);
        if (promise) return evaluate(promise, scope);
        // A helper that takes the caller's client (`currentUser(supabase: SupabaseClient)`): in server
        // code only a cookie-bound client has a session to read, so that is the client it is written for.
        return isSupabaseClientParameter(variable, types) ? { type: 'client', kind: 'server' } : undefined;
      }
      return undefined;
    },
  };
  const valueOf = (node: TSESTree.Node) => evaluate(node, scope);
  const types = fileTypeScope(context.sourceCode, (name) => module.summary.imports.get(name));

  // Decided from text and import paths only (no other file parsed): whether it is worth following anything.
  const hasSupabase =
    SUPABASE_MENTION.test(context.sourceCode.text) ||
    [...module.summary.imports.values()].some((b) => {
      if (b.typeOnly) return false;
      if (conventionalValue(b.source)) return true;
      const target = file.graph?.resolver.resolve(file.file, b.source);
      return settingsKind(b.source, target, file.facts.root, file.settings) !== undefined || (target !== undefined && file.graph!.modules.isRelevant(target));
    });

  const tracker: ClientTracker = {
    hasSupabase,
    valueOf,
    calleeInfo: (callee) => bindingInfo(valueOf(callee)),
    clientKindOf(node) {
      const value = valueOf(node);
      return value?.type === 'client' ? value.kind : undefined;
    },
    authKindOf(node) {
      const value = valueOf(node);
      return value?.type === 'auth' ? value.kind : undefined;
    },
    importOf: (name) => module.summary.imports.get(name),
    types,
  };
  trackers.set(program, tracker);
  return tracker;
}
