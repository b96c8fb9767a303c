// What each report of `require-awaited-cookies` becomes once the rule's own fixes are applied (index.ts):
// a report that is left has no fix because its function is not async. An un-awaited call of an async
// server factory in such a function goes to the async-propagation engine (the function becomes async and
// its callers are awaited, in this file and, through `asyncExports`, across the app); a `cookies()` that
// cannot be awaited where it is becomes a marker with the rule's message.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { RuleReport } from '../lib/apply-rule.ts';
import { walk, type ParsedFile } from '../lib/source-code.ts';

export type Step = { kind: 'await'; call: TSESTree.CallExpression; name: string } | { kind: 'mark'; node: TSESTree.Node; message: string };

export function decideReport(file: ParsedFile, report: RuleReport): Step | undefined {
  const node = nodeAt(file, report.range);
  if (!node) return undefined;
  if (report.messageId === 'unawaitedFactory' && node.type === 'CallExpression') return { kind: 'await', call: node, name: file.text.slice(node.callee.range[0], node.callee.range[1]) };
  return { kind: 'mark', node, message: report.message };
}

/** The outermost node of `file` that spans exactly `range` (the reported node). */
function nodeAt(file: ParsedFile, range: readonly [number, number]): TSESTree.Node | undefined {
  let found: TSESTree.Node | undefined;
  walk(file, file.program, (node) => {
    if (found || node.range[0] > range[0] || node.range[1] < range[1]) return false;
    if (node.range[0] === range[0] && node.range[1] === range[1]) found = node;
    return true;
  });
  return found;
}

/** Names of the exports of `program` that are async functions (`'default'` for the default export). */
export function asyncExportNames(program: TSESTree.Program): Set<string> {
  const names = new Set<string>();
  const isAsync = (node: TSESTree.Node | null | undefined): boolean => {
    const inner = node?.type === 'CallExpression' && node.arguments.length === 1 ? node.arguments[0] : node; // cache(async () => …)
    return (inner?.type === 'ArrowFunctionExpression' || inner?.type === 'FunctionExpression' || inner?.type === 'FunctionDeclaration') && inner.async;
  };
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration' && isAsync(statement.declaration)) names.add('default');
    if (statement.type !== 'ExportNamedDeclaration' || !statement.declaration) continue;
    const decl = statement.declaration;
    if (decl.type === 'FunctionDeclaration' && decl.id && decl.async) names.add(decl.id.name);
    if (decl.type === 'VariableDeclaration') for (const d of decl.declarations) if (d.id.type === 'Identifier' && isAsync(d.init)) names.add(d.id.name);
  }
  return names;
}
