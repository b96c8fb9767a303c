// Facts from the file: the `no-server-get-session` rule's reports (run through ESLint, so its analysis is
// the rule's own: server code only, server clients only, token-only uses never reported), and, for each,
// the client it is called on and where that client was created.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { ASTUtils } from '@typescript-eslint/utils';
import type { SourceCode } from 'eslint';
import { unwrap } from '../../core/graph/evaluate.ts';
import { lintWithRule, type RuleToRun } from '../lib/apply-rule.ts';
import type { SessionReport } from './decide.ts';
import type { ClientOrigin, ProjectInfo } from '../lib/types.ts';

export interface Reading {
  sourceCode: SourceCode;
  reports: SessionReport[];
}

/** The rule's reports on `text` (without a BOM) as the file at `path`; undefined when it does not parse. */
export function readReports(text: string, path: string, project: ProjectInfo, rule: RuleToRun): Reading | undefined {
  const run = lintWithRule(text, path, project, rule);
  const { sourceCode } = run;
  if (!sourceCode) return undefined;
  const reports = run.reports.map((report): SessionReport => {
    const node = (sourceCode.getNodeByRangeIndex(report.range[0]) as unknown as TSESTree.Node | null) ?? undefined;
    const member = node?.parent?.type === 'MemberExpression' ? node.parent : undefined;
    const clientText = member ? sourceCode.text.slice(member.object.range[0], member.object.range[1]).replace(/\s+/g, '') : 'supabase.auth';
    return { report, node, clientText, origin: member ? clientOrigin(sourceCode, member.object) : undefined };
  });
  return { sourceCode, reports };
}

/** The import behind the call that created the client of `auth` (`x.auth`, `createX(…).auth`, through variables). */
function clientOrigin(sourceCode: SourceCode, auth: TSESTree.Node, depth = 0): ClientOrigin | undefined {
  if (depth > 5) return undefined;
  let node = unwrap(auth);
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' && node.property.name === 'auth') node = unwrap(node.object);
  if (node.type === 'Identifier') {
    const def = ASTUtils.findVariable(sourceCode.getScope(node as never) as never, node)?.defs[0];
    if (def?.type === 'ImportBinding') return undefined;
    return def?.type === 'Variable' && def.node.init ? clientOrigin(sourceCode, def.node.init, depth + 1) : undefined;
  }
  if (node.type !== 'CallExpression') return undefined;
  const callee = unwrap(node.callee);
  const name = callee.type === 'Identifier' ? callee : callee.type === 'MemberExpression' && callee.object.type === 'Identifier' ? callee.object : undefined;
  if (!name) return undefined;
  const def = ASTUtils.findVariable(sourceCode.getScope(name as never) as never, name)?.defs[0];
  if (def?.type !== 'ImportBinding' || def.parent.type !== 'ImportDeclaration') return undefined;
  const spec = def.node;
  const imported =
    spec.type === 'ImportSpecifier' ? (spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value)
    : callee.type === 'MemberExpression' && callee.property.type === 'Identifier' ? callee.property.name
    : 'default';
  return { source: def.parent.source.value, imported };
}
