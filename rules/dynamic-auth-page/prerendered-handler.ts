// Whether Next may prerender a route handler at build time (so that an explicit `dynamic = 'force-dynamic'`
// matters at all), read from its exports the way Next decides it: only `GET` is ever prerendered, never
// next to a non-static method, never when it reads the request, and on Next ≥ 15 only when the segment
// config opts in (facts in core/next.ts `nonStaticRouteMethods`, `routeHandlerOptsIntoStatic`).
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunction } from '../../core/estree.ts';
import { unwrap } from '../../core/graph/evaluate.ts';
import { nonStaticRouteMethods, routeHandlerOptsIntoStatic } from '../../core/next.ts';

/** Exported names of a module, with the node each local export stands for. */
function exportedValues(program: TSESTree.Program): Map<string, TSESTree.Node | undefined> {
  const exports = new Map<string, TSESTree.Node | undefined>();
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration) continue;
    const decl = statement.declaration;
    if (decl?.type === AST_NODE_TYPES.FunctionDeclaration && decl.id) exports.set(decl.id.name, decl);
    if (decl?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const d of decl.declarations) if (d.id.type === AST_NODE_TYPES.Identifier) exports.set(d.id.name, d.init ?? undefined);
    }
    for (const spec of statement.specifiers) {
      const name = spec.exported.type === AST_NODE_TYPES.Identifier ? spec.exported.name : spec.exported.value;
      exports.set(name, undefined);
    }
  }
  return exports;
}

/** A literal segment config value (`'force-static'`, `60`, `false`), else undefined. */
function literal(node: TSESTree.Node | undefined): unknown {
  const inner = node && unwrap(node);
  return inner?.type === AST_NODE_TYPES.Literal ? inner.value : undefined;
}

/** Whether the `GET` function uses its request parameter (which Next tracks as request data). */
function readsRequest(get: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const fn = unwrap(get);
  if (!isFunction(fn)) return true; // a wrapped handler (`withAuth(handler)`): cannot tell, assume it may
  const param = fn.params[0];
  if (!param) return false;
  if (param.type !== AST_NODE_TYPES.Identifier) return true; // destructured: read
  const variable = ASTUtils.findVariable(sourceCode.getScope(param), param);
  return (variable?.references.length ?? 1) > 0;
}

/** Whether Next (this major; undefined: assume the 14 behaviour) may prerender this route handler at build time. */
export function mayPrerenderHandler(program: TSESTree.Program, sourceCode: Readonly<TSESLint.SourceCode>, nextMajor: number | undefined): boolean {
  const exports = exportedValues(program);
  if (!exports.has('GET') || nonStaticRouteMethods(nextMajor).some((method) => exports.has(method))) return false;
  const get = exports.get('GET');
  if (get && readsRequest(get, sourceCode)) return false;
  if (nextMajor === undefined || nextMajor < 15) return true;
  return routeHandlerOptsIntoStatic({ dynamic: literal(exports.get('dynamic')), revalidate: literal(exports.get('revalidate')), generateStaticParams: exports.has('generateStaticParams') });
}
