// Which expressions of the linted file are Supabase clients, and of which kind: follows factory calls
// (however imported), `await`, variables, `const { auth } = client`, and `.then((client) => …)`.
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { analyzeProgram, classifyImport, collectImports, conventionalBinding, unwrap, type BindingInfo, type ImportBinding } from '../../core/clients.ts';
import { isSupabasePackage, type ClientKind } from '../../core/supabase.ts';
import type { RuleFileContext } from './file-context.ts';

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
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export function trackClients(context: Context, file: RuleFileContext): ClientTracker {
  const program = context.sourceCode.ast;
  const imports = collectImports(program);
  const classify = (b: ImportBinding) => classifyImport(b.source, b.imported, file.file, file.onDisk ? file.facts.root : undefined, file.settings);
  const bindings = analyzeProgram(program, classify);
  const moduleScope = context.sourceCode.scopeManager?.globalScope?.childScopes.find((s) => s.type === 'module') ?? context.sourceCode.scopeManager?.globalScope;

  /** The variable `id` refers to, or undefined for globals. */
  const variableOf = (id: TSESTree.Identifier) => ASTUtils.findVariable(context.sourceCode.getScope(id), id);

  /** Module-level binding info for `id`, only when `id` really refers to that module-level name. */
  const moduleBinding = (id: TSESTree.Identifier): BindingInfo | undefined => {
    const info = bindings.get(id.name);
    if (!info) return undefined;
    const variable = variableOf(id);
    return variable && variable.scope === moduleScope ? info : undefined;
  };

  const calleeInfo = (callee: TSESTree.Node): BindingInfo | undefined => {
    const inner = unwrap(callee);
    if (inner.type === AST_NODE_TYPES.Identifier) return moduleBinding(inner);
    if (inner.type === AST_NODE_TYPES.MemberExpression && !inner.computed && inner.property.type === AST_NODE_TYPES.Identifier && inner.object.type === AST_NODE_TYPES.Identifier) {
      const ns = imports.get(inner.object.name);
      const variable = variableOf(inner.object);
      if (ns?.imported === '*' && variable?.scope === moduleScope) return classify({ ...ns, imported: inner.property.name });
    }
    return undefined;
  };

  const seen = new Set<TSESTree.Node>();

  const clientKindOf = (node: TSESTree.Node): ClientKind | undefined => {
    const inner = unwrap(node);
    if (seen.has(inner)) return undefined; // `let a = b; let b = a;` must not loop
    seen.add(inner);
    try {
      if (inner.type === AST_NODE_TYPES.CallExpression) return calleeInfo(inner.callee)?.factory;
      if (inner.type !== AST_NODE_TYPES.Identifier) return undefined;
      const module = moduleBinding(inner);
      if (module?.client) return module.client;
      const def = variableOf(inner)?.defs[0];
      if (!def) return undefined;
      if (def.type === 'Variable' && def.node.id.type === AST_NODE_TYPES.Identifier && def.node.init) {
        return clientKindOf(def.node.init);
      }
      if (def.type === 'Parameter') return thenParameterKind(def.node, inner.name);
      return undefined;
    } finally {
      seen.delete(inner);
    }
  };

  /** `factory().then((supabase) => …)`: the callback's first parameter is the client. */
  const thenParameterKind = (fn: TSESTree.Node, name: string): ClientKind | undefined => {
    if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return undefined;
    const first = fn.params[0];
    if (first?.type !== AST_NODE_TYPES.Identifier || first.name !== name) return undefined;
    const call = fn.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return undefined;
    const callee = call.callee;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.property.type !== AST_NODE_TYPES.Identifier || callee.property.name !== 'then') return undefined;
    return clientKindOf(callee.object);
  };

  const authKindOf = (node: TSESTree.Node): ClientKind | undefined => {
    const inner = unwrap(node);
    if (inner.type === AST_NODE_TYPES.MemberExpression && !inner.computed && inner.property.type === AST_NODE_TYPES.Identifier && inner.property.name === 'auth') {
      return clientKindOf(inner.object);
    }
    if (inner.type !== AST_NODE_TYPES.Identifier) return undefined;
    const def = variableOf(inner)?.defs[0];
    if (def?.type !== 'Variable' || !def.node.init) return undefined;
    const { id, init } = def.node;
    if (id.type === AST_NODE_TYPES.Identifier) return authKindOf(init);
    if (id.type === AST_NODE_TYPES.ObjectPattern) {
      // const { auth } = supabase  /  const { auth: a } = supabase
      const prop = id.properties.find(
        (p): p is TSESTree.Property =>
          p.type === AST_NODE_TYPES.Property && !p.computed && p.key.type === AST_NODE_TYPES.Identifier && p.key.name === 'auth' && p.value.type === AST_NODE_TYPES.Identifier && p.value.name === inner.name,
      );
      return prop ? clientKindOf(init) : undefined;
    }
    return undefined;
  };

  return {
    hasSupabase:
      [...bindings.values()].some((b) => b.factory ?? b.client ?? b.runsSupabase) ||
      [...imports.values()].some((b) => b.imported === '*' && (isSupabasePackage(b.source) || conventionalBinding(b.source) !== undefined)),
    calleeInfo,
    clientKindOf,
    authKindOf,
    importOf: (name) => imports.get(name),
  };
}
