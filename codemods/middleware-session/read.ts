// Facts from the file: the reports of the session-lifecycle rules, run through ESLint so their analysis is
// the rules' own (which responses drop the refreshed cookies, which client is never read, which entry file
// Next never runs), and, for an entry file that may move, what moving it would change: its exports and the
// module specifiers that depend on its folder.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Rule, SourceCode } from 'eslint';
import droppedCookies from '../../rules/no-dropped-auth-cookies.ts';
import middlewareMatcher from '../../rules/require-middleware-matcher.ts';
import sessionRefresh from '../../rules/require-session-refresh.ts';
import { childNodes } from '../../core/estree.ts';
import { lintWithRules, type RuleReport, type RuleToRun } from '../lib/apply-rule.ts';
import type { ProjectInfo } from '../lib/types.ts';

const DROPPED_COOKIES: RuleToRun = { name: 'no-dropped-auth-cookies', rule: droppedCookies as unknown as Rule.RuleModule };
const SESSION_REFRESH: RuleToRun = { name: 'require-session-refresh', rule: sessionRefresh as unknown as Rule.RuleModule };
/** Only for its `proxyIgnored` report (a `proxy.ts` on Next ≤ 15); the rest of it is middleware-matcher's. */
const MIDDLEWARE_MATCHER: RuleToRun = { name: 'require-middleware-matcher', rule: middlewareMatcher as unknown as Rule.RuleModule };

/** The messages of {@link MIDDLEWARE_MATCHER} this transform acts on. */
const MATCHER_MESSAGES = ['proxyIgnored'];

export interface Finding {
  rule: string;
  report: RuleReport;
}

export interface Reading {
  sourceCode: SourceCode;
  findings: Finding[];
}

/**
 * The rules' reports on `text` (without a BOM) as the file at `path`, from one lint pass, grouped by rule in
 * the order above; undefined when it does not parse.
 */
export function readFindings(text: string, path: string, project: ProjectInfo): Reading | undefined {
  const rules = /(?:^|[\\/])proxy\.[^\\/]+$/.test(path) ? [DROPPED_COOKIES, SESSION_REFRESH, MIDDLEWARE_MATCHER] : [DROPPED_COOKIES, SESSION_REFRESH];
  const run = lintWithRules(text, path, project, rules);
  if (!run.sourceCode) return undefined;
  const order = (report: RuleReport) => rules.findIndex((rule) => rule.name === report.rule);
  const findings = run.reports
    .filter((report) => report.rule !== MIDDLEWARE_MATCHER.name || MATCHER_MESSAGES.includes(report.messageId ?? ''))
    .sort((a, b) => order(a) - order(b))
    .map((report): Finding => ({ rule: report.rule, report }));
  return { sourceCode: run.sourceCode, findings };
}

/** The node a report points at. */
export const reportedNode = (sourceCode: SourceCode, report: RuleReport): TSESTree.Node | undefined =>
  (sourceCode.getNodeByRangeIndex(report.range[0]) as unknown as TSESTree.Node | null) ?? undefined;

/** The names a module exports (`default` for the default export). */
export function exportNames(program: TSESTree.Program): string[] {
  const names: string[] = [];
  const nameOf = (node: TSESTree.Node) => (node.type === 'Identifier' ? node.name : node.type === 'Literal' ? String(node.value) : undefined);
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration') names.push('default');
    if (statement.type !== 'ExportNamedDeclaration') continue;
    const decl = statement.declaration;
    if ((decl?.type === 'FunctionDeclaration' || decl?.type === 'ClassDeclaration') && decl.id) names.push(decl.id.name);
    if (decl?.type === 'VariableDeclaration') for (const d of decl.declarations) if (d.id.type === 'Identifier') names.push(d.id.name);
    for (const spec of statement.specifiers) {
      const name = nameOf(spec.exported);
      if (name !== undefined) names.push(name);
    }
  }
  return names;
}

/** The keys of `export const config = { … }` (only an object literal, the one form Next reads). */
export function configKeys(program: TSESTree.Program): string[] {
  for (const statement of program.body) {
    if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration') continue;
    const config = statement.declaration.declarations.find((d) => d.id.type === 'Identifier' && d.id.name === 'config');
    if (config?.init?.type !== 'ObjectExpression') continue;
    return config.init.properties.flatMap((p) => (p.type === 'Property' && !p.computed && p.key.type === 'Identifier' ? [p.key.name] : p.type === 'Property' && p.key.type === 'Literal' ? [String(p.key.value)] : []));
  }
  return [];
}

/** A string that names a module: its node, and the specifier. */
export interface Specifier {
  node: TSESTree.StringLiteral;
  value: string;
}

/**
 * Every module specifier of the file (imports, re-exports, `import()`, `require()`, `import('x')` types,
 * `import x = require()`), and the first construct whose meaning depends on the file's folder in a way
 * this transform cannot rewrite (`import(variable)`, `import.meta`, `__dirname`, `require(variable)`).
 */
export function readSpecifiers(program: TSESTree.Program): { specifiers: Specifier[]; unknown: string | undefined } {
  const specifiers: Specifier[] = [];
  let unknown: string | undefined;
  const take = (node: TSESTree.Node | null | undefined, what: string) => {
    if (node?.type === 'Literal' && typeof node.value === 'string') specifiers.push({ node: node as TSESTree.StringLiteral, value: node.value });
    else unknown ??= what;
  };
  const visit = (node: TSESTree.Node) => {
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
        take(node.source, 'an import');
        break;
      case 'ExportNamedDeclaration':
        if (node.source) take(node.source, 'a re-export');
        break;
      case 'ImportExpression':
        take(node.source, 'an `import()` of a computed path');
        break;
      case 'TSExternalModuleReference':
        take(node.expression, 'an `import … = require()` of a computed path');
        break;
      case 'TSImportType':
        take(node.argument.type === 'TSLiteralType' ? node.argument.literal : undefined, 'an `import()` type');
        break;
      case 'CallExpression':
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') take(node.arguments[0], 'a `require()` of a computed path');
        break;
      case 'MetaProperty':
        unknown ??= '`import.meta`, whose URL is the file\'s own';
        break;
      case 'Identifier':
        if (node.name === '__dirname' || node.name === '__filename') unknown ??= `\`${node.name}\``;
        break;
    }
    for (const child of childNodes(node)) visit(child);
  };
  visit(program);
  return { specifiers, unknown };
}
