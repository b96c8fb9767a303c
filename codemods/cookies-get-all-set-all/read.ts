// Facts from the file: the `require-set-all` rule's reports (each one `cookies` object to migrate, or a
// call without one), and lookups over the parsed file the other phases share (imports, variables, the
// node a report points at).
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { ASTUtils, type TSESLint } from '@typescript-eslint/utils';
import type { ModuleRole } from '../../core/next.ts';
import type { Availability } from '../../core/templates.ts';
import { lintWithRule, type RuleReport, type RuleToRun } from '../lib/apply-rule.ts';
import { fromSourceCode, walk, type ParsedFile } from '../lib/source-code.ts';
import { detectStyle, type Style } from '../lib/style.ts';
import type { ProjectInfo } from '../lib/types.ts';

type Node = TSESTree.Node;
export type Variable = TSESLint.Scope.Variable;
export type Reference = TSESLint.Scope.Reference;

export const NEXT_HEADERS = 'next/headers';
export const NEXT_SERVER = 'next/server';
export const FACTORY = 'createServerClient';
export const SERIALIZE = 'serializeCookieHeader';

export interface CookieFile {
  path: string;
  text: string;
  parsed: ParsedFile;
  sourceCode: TSESLint.SourceCode;
  program: TSESTree.Program;
  style: Style;
  role: ModuleRole;
  /** What the app's versions have (`ProjectInfo.capabilities.has`): the new methods use nothing else. */
  has: Availability;
}

/** The parsed file and the rule's reports on it; undefined when it does not parse. `role` is the module's (app-facts.ts). */
export function readFile(text: string, path: string, project: ProjectInfo, rule: RuleToRun, role: (program: TSESTree.Program) => ModuleRole): { file: CookieFile; reports: RuleReport[] } | undefined {
  const run = lintWithRule(text, path, project, rule);
  if (!run.sourceCode) return undefined;
  const parsed = fromSourceCode(run.sourceCode);
  const file: CookieFile = {
    path,
    text,
    parsed,
    sourceCode: parsed.sourceCode as unknown as TSESLint.SourceCode,
    program: parsed.program,
    style: detectStyle(text, parsed.program),
    role: role(parsed.program),
    has: project.capabilities.has,
  };
  return { file, reports: run.reports };
}

export const textOf = (file: CookieFile, node: Node): string => file.text.slice(node.range[0], node.range[1]);

/** Source text for a message: one line, shortened. */
export function snippet(file: CookieFile, node: Node): string {
  const text = textOf(file, node).replace(/\s+/g, ' ');
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function variableOf(file: CookieFile, id: TSESTree.Identifier): Variable | null {
  return ASTUtils.findVariable(file.sourceCode.getScope(id), id);
}

/** The module-level import binding `id` refers to. */
export function importOf(file: CookieFile, id: TSESTree.Identifier): { source: string; imported: string; decl: TSESTree.ImportDeclaration } | undefined {
  const def = variableOf(file, id)?.defs[0];
  if (def?.type !== 'ImportBinding' || def.parent.type !== 'ImportDeclaration') return undefined;
  const spec = def.node;
  const imported = spec.type === 'ImportSpecifier' ? (spec.imported.type === 'Identifier' ? spec.imported.name : String(spec.imported.value)) : spec.type === 'ImportDefaultSpecifier' ? 'default' : '*';
  return { source: def.parent.source.value, imported, decl: def.parent };
}

/** The local name of the value import of `imported` from a module `sources` accepts, if the file has one. */
export function localImport(file: CookieFile, sources: (source: string) => boolean, imported: string): { local: string; decl: TSESTree.ImportDeclaration } | undefined {
  for (const decl of file.program.body) {
    if (decl.type !== 'ImportDeclaration' || !sources(decl.source.value) || decl.importKind === 'type') continue;
    for (const spec of decl.specifiers) {
      if (spec.type !== 'ImportSpecifier' || spec.importKind === 'type') continue;
      const name = spec.imported.type === 'Identifier' ? spec.imported.name : String(spec.imported.value);
      if (name === imported) return { local: spec.local.name, decl };
    }
  }
  return undefined;
}

export function keyName(prop: TSESTree.Property): string | undefined {
  const { key } = prop;
  if (!prop.computed && key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return undefined;
}

export function memberName(node: Node): string | undefined {
  return node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' ? node.property.name : undefined;
}

/** The `cookies` property (or the options-less call) a report points at. */
export function findReported(file: CookieFile, report: RuleReport): { prop?: TSESTree.Property; call?: TSESTree.CallExpression } {
  const [start, end] = report.range;
  let found: { prop?: TSESTree.Property; call?: TSESTree.CallExpression } = {};
  walk(file.parsed, file.program, (node) => {
    if (found.prop || found.call) return false;
    if (node.type === 'Property' && node.key.range[0] === start && node.key.range[1] === end) found = { prop: node };
    else if (node.type === 'CallExpression' && node.callee.range[0] === start && node.callee.range[1] === end) found = { call: node };
    return undefined;
  });
  return found;
}

/** `createServerClient(…)` (imported, or a member of a namespace). */
export function isFactoryCall(file: CookieFile, node: TSESTree.CallExpression): boolean {
  const callee = node.callee;
  if (memberName(callee) === FACTORY) return true;
  if (callee.type !== 'Identifier') return false;
  return callee.name === FACTORY || importOf(file, callee)?.imported === FACTORY;
}
