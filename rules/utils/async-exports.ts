// Whether a function another module of the app exports is `async` (returns a Promise), read from that
// module: `export async function createClient()`, `export const createClient = async () => …`,
// `cache(async () => …)`, `export { createClient }`, `export { createClient } from './server'`.
// `undefined` when the module cannot be read or the export is something else. A stand-in for the project
// graph's answer to the same question, cached like the other per-file facts.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { ExpiringCache, FACTS_TTL_MS } from '../../core/cache.ts';
import { isFunction } from '../../core/estree.ts';
import { resolveImport } from '../../core/resolve.ts';
import { readAst } from '../../core/source-file.ts';

const cache = new ExpiringCache<string, boolean | undefined>(FACTS_TTL_MS);
const MAX_REEXPORTS = 3;

/** The function a top-level declaration named `name` holds, through React's `cache(fn)`. */
function localFunction(program: TSESTree.Program, name: string): TSESTree.Node | undefined {
  for (const statement of program.body) {
    const decl = statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ? statement.declaration : statement;
    if (decl?.type === AST_NODE_TYPES.FunctionDeclaration && decl.id?.name === name) return decl;
    if (decl?.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const d of decl.declarations) {
      if (d.id.type !== AST_NODE_TYPES.Identifier || d.id.name !== name || !d.init) continue;
      const init = d.init;
      const memo = init.type === AST_NODE_TYPES.CallExpression && init.callee.type === AST_NODE_TYPES.Identifier && init.callee.name === 'cache' ? init.arguments[0] : undefined;
      return memo ?? init;
    }
  }
  return undefined;
}

function asyncExport(file: string, exported: string, root: string, depth: number): boolean | undefined {
  const program = readAst(file);
  if (!program || depth > MAX_REEXPORTS) return undefined;
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration && exported === 'default') {
      const decl = statement.declaration;
      if (isFunction(decl)) return decl.async;
      if (decl.type === AST_NODE_TYPES.Identifier) return asyncOf(localFunction(program, decl.name));
    }
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration) continue;
    for (const spec of statement.specifiers) {
      const name = spec.exported.type === AST_NODE_TYPES.Identifier ? spec.exported.name : spec.exported.value;
      if (name !== exported) continue;
      const local = spec.local.type === AST_NODE_TYPES.Identifier ? spec.local.name : spec.local.value;
      if (!statement.source) return asyncOf(localFunction(program, local));
      const target = resolveImport(statement.source.value, file, root);
      return target ? asyncExport(target, local, root, depth + 1) : undefined;
    }
  }
  return exported === 'default' ? undefined : asyncOf(localFunction(program, exported));
}

const asyncOf = (node: TSESTree.Node | undefined): boolean | undefined => (isFunction(node) ? node.async : undefined);

/** Whether `imported` of `source`, seen from `fromFile` in the app at `root`, is an async function. */
export function isAsyncExport(source: string, imported: string, fromFile: string, root: string): boolean | undefined {
  const file = resolveImport(source, fromFile, root);
  if (!file) return undefined;
  return cache.get(`${file}\0${imported}`, () => asyncExport(file, imported, root, 0));
}
