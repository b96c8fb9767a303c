// Calls of the Supabase packages' own client factories (`createServerClient`, `createBrowserClient`, the
// auth-helpers creators), however imported: named, aliased, through a namespace or `require`. The app's
// own wrappers are not package factories: they take no key or cookie methods at their call sites.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { isSupabasePackage, type ClientKind } from '../../core/supabase.ts';
import type { ClientTracker } from './supabase-clients.ts';

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

/** What `call` creates when it calls a Supabase package's factory; `undefined` for anything else. */
export function packageFactoryCall(call: TSESTree.CallExpression, tracker: ClientTracker): PackageFactoryCall | undefined {
  const { callee } = call;
  let binding;
  let name;
  if (callee.type === AST_NODE_TYPES.Identifier) {
    binding = tracker.importOf(callee.name);
    name = binding?.imported;
  } else if (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.property.type === AST_NODE_TYPES.Identifier
  ) {
    binding = tracker.importOf(callee.object.name);
    if (binding?.imported !== '*') return undefined;
    name = callee.property.name;
  }
  if (!binding || name === undefined || !isSupabasePackage(binding.source)) return undefined;
  // calleeInfo also checks that the local name is the module-level import, not a shadowing local.
  const kind = tracker.calleeInfo(callee)?.factory;
  if (!kind) return undefined;
  const esm = binding.node.type === AST_NODE_TYPES.ImportSpecifier || binding.node.type === AST_NODE_TYPES.ImportNamespaceSpecifier || binding.node.type === AST_NODE_TYPES.ImportDefaultSpecifier;
  return { name, source: binding.source, kind, esm };
}
