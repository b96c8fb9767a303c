// Calls of the Supabase packages' own client factories (`createServerClient`, `createBrowserClient`, the
// auth-helpers creators), however imported: named, aliased, through a namespace or `require`. The app's
// own wrappers are not package factories: they take no key or cookie methods at their call sites. Decided
// from this file's imports alone, so no other module of the app is read.
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { summarize, type ImportBinding } from '../../core/graph/summary.ts';
import { isSupabasePackage, packageFactoryKind, type ClientKind } from '../../core/supabase.ts';

/**
 * A cheap test on a file's text: could it create a Supabase client? It names Supabase or a client
 * factory, or imports a module of the app (relative or aliased), which may be the app's own factory
 * (`import { createClient } from './server'`). Files that fail it cannot matter to a rule about clients.
 */
export const MAY_CREATE_CLIENT_TEXT = /supabase|create\w*Client|from\s*['"](?:\.{1,2}|[@~#])\/|require\(\s*['"](?:\.{1,2}|[@~#])\//i;

export interface PackageFactoryCall {
  /** The factory's exported name (`createServerClient`), whatever it is called locally. */
  name: string;
  /** The package it comes from. */
  source: string;
  kind: ClientKind;
  /** Imported with `import` (so an `import` of another package can be added next to it), not `require`. */
  esm: boolean;
}

/** Finds the package factory a call makes, for one file (its imports are collected once). */
export function packageFactoryCalls(sourceCode: Readonly<TSESLint.SourceCode>): (call: TSESTree.CallExpression) => PackageFactoryCall | undefined {
  let imports: ReadonlyMap<string, ImportBinding> | undefined;
  /** Whether a local name is bound by an `import` declaration (not a `require`). */
  const importedByEsm = (local: string) =>
    sourceCode.ast.body.some((s) => s.type === AST_NODE_TYPES.ImportDeclaration && s.specifiers.some((spec) => spec.local.name === local));

  /** Whether `id` refers to the module-level import of that name, not to a local that shadows it. */
  const isImport = (id: TSESTree.Identifier) => {
    const variable = ASTUtils.findVariable(sourceCode.getScope(id), id);
    return variable !== null && (variable.scope.type === 'module' || variable.scope.type === 'global');
  };

  return (call) => {
    const known = (imports ??= summarize(sourceCode.ast).imports);
    const { callee } = call;
    let binding: ImportBinding | undefined;
    let name: string | undefined;
    let local: string | undefined;
    if (callee.type === AST_NODE_TYPES.Identifier) {
      binding = known.get(callee.name);
      name = binding?.imported;
      local = callee.name;
      if (!binding || !isImport(callee)) return undefined;
    } else if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.object.type === AST_NODE_TYPES.Identifier && callee.property.type === AST_NODE_TYPES.Identifier) {
      binding = known.get(callee.object.name);
      if (binding?.imported !== '*' || !isImport(callee.object)) return undefined;
      name = callee.property.name;
      local = callee.object.name;
    }
    if (!binding || name === undefined || local === undefined || !isSupabasePackage(binding.source)) return undefined;
    const kind = packageFactoryKind(binding.source, name);
    return kind && { name, source: binding.source, kind, esm: importedByEsm(local) };
  };
}
