// What the code of an app needs from its dependencies once the transforms have run: which Supabase
// packages each file still imports (so a package is never removed while imported), and which
// version-dependent APIs a rewrite added (so package.json is raised, or the user told, precisely).
import { AST_NODE_TYPES, simpleTraverse, type TSESTree } from '@typescript-eslint/typescript-estree';
import { apiUses, type Api } from '../core/capabilities.ts';
import { parseSource } from '../core/source-file.ts';

const SUPABASE_SCOPE = '@supabase/';

/** The package a module specifier loads (`@supabase/ssr/dist/x` → `@supabase/ssr`), for bare specifiers. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.includes(':')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const literal = (node: TSESTree.Node | null | undefined): string | undefined =>
  node?.type === AST_NODE_TYPES.Literal && typeof node.value === 'string' ? node.value : undefined;

/**
 * Every `@supabase/*` package `source` loads: imports (type-only too: tsc needs the package), re-exports,
 * `import x = require()`, `require()` and `import()` anywhere. When the file does not parse, every quoted
 * `@supabase/…` specifier counts: better to keep a package than to remove one still in use.
 */
export function supabasePackagesIn(source: string, path: string): Set<string> {
  const found = new Set<string>();
  if (!source.includes(SUPABASE_SCOPE)) return found;
  const add = (specifier: string | undefined) => {
    const pkg = specifier === undefined ? undefined : packageOf(specifier);
    if (pkg?.startsWith(SUPABASE_SCOPE)) found.add(pkg);
  };
  const program = parseSource(source, path);
  if (!program) {
    for (const match of source.matchAll(/['"`](@supabase\/[^'"`\s]+)['"`]/g)) add(match[1]);
    return found;
  }
  simpleTraverse(program, {
    enter(node) {
      switch (node.type) {
        case AST_NODE_TYPES.ImportDeclaration:
        case AST_NODE_TYPES.ExportAllDeclaration:
        case AST_NODE_TYPES.ExportNamedDeclaration:
          add(literal(node.source));
          break;
        case AST_NODE_TYPES.ImportExpression:
          add(literal(node.source));
          break;
        case AST_NODE_TYPES.TSExternalModuleReference:
          add(literal(node.expression));
          break;
        case AST_NODE_TYPES.CallExpression:
          if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'require') add(literal(node.arguments[0]));
          break;
        default:
      }
    },
  });
  return found;
}

/** The API uses `after` has beyond those of `before` (both the same file's text), by API. */
export function addedApiUses(before: string | undefined, after: string, path: string): Api[] {
  const program = parseSource(after, path);
  if (!program) return [];
  const old = before === undefined ? undefined : parseSource(before, path);
  const was = old ? apiUses(old) : new Map<Api, number>();
  return [...apiUses(program)].filter(([api, count]) => count > (was.get(api) ?? 0)).map(([api]) => api);
}
