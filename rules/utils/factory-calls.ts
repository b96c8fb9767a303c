// Calls of the Supabase packages' own client factories (`createServerClient`, `createBrowserClient`, the
// auth-helpers creators), however imported: named, aliased, through a namespace or `require`. The app's
// own wrappers are not package factories: they take no key or cookie methods at their call sites. Decided
// from this file's imports alone, so no other module of the app is read.
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { ClientSettings } from '../../core/graph/known-values.ts';
import { summarize, type ImportBinding } from '../../core/graph/summary.ts';
import { isSupabasePackage, packageFactoryKind, type ClientKind } from '../../core/supabase.ts';

const NAMES_A_CLIENT = /supabase|create\w*Client/i;

/**
 * A cheap test on a file's text: could it create a Supabase client? It names Supabase or a client factory
 * (`createClient` from the app's `./server` included), or one of the modules the settings list as client
 * factories. Most files of an app fail it, and then rules about clients register no listener at all (an
 * app factory under another name, such as `getDb()`, is found when its module is named in settings).
 */
export const mayCreateClient = (text: string, settings: ClientSettings): boolean =>
  NAMES_A_CLIENT.test(text) || [...(settings.serverClientModules ?? []), ...(settings.browserClientModules ?? [])].some((m) => text.includes(m));

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
