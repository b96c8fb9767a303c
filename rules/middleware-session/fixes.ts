// The edits no-dropped-auth-cookies offers: return the response that carries the refreshed cookies, or
// copy them (and the cache headers `setAll` received, ssr ≥ 0.10) onto the new response. Next's
// `ResponseCookies` has no `setAll` (next@16.4.6 `@edge-runtime/cookies` index.d.ts), so the copy is
// `getAll().forEach((cookie) => res.cookies.set(cookie))`. Written in the file's own style (indentation,
// semicolons, quotes); the `migrate` transform applies the same edits.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode } from '../../core/estree.ts';
import { SET_ALL_CACHE_HEADERS } from '../../core/supabase.ts';
import type { Carriers } from './responses.ts';

type Fixer = TSESLint.RuleFixer;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** The name a suggestion gives the response (not used anywhere in `fn`): `base`, `newBase`, `base2`, … */
export function freshName(base: string, fn: FunctionNode, sourceCode: SourceCode): string {
  const text = sourceCode.getText(fn);
  const free = (name: string) => !new RegExp(`\\b${name}\\b`).test(text);
  const alternative = `new${base[0]!.toUpperCase()}${base.slice(1)}`;
  if (free(base)) return base;
  if (free(alternative)) return alternative;
  for (let i = 2; ; i++) if (free(`${base}${i}`)) return `${base}${i}`;
}

/** Whether a created response has Next's `cookies` API: the global `Response` has none. */
export function hasResponseCookies(created: TSESTree.Node): boolean {
  let root = created;
  while (root.type === AST_NODE_TYPES.CallExpression || root.type === AST_NODE_TYPES.NewExpression || root.type === AST_NODE_TYPES.MemberExpression) {
    root = root.type === AST_NODE_TYPES.MemberExpression ? root.object : root.callee;
  }
  return !(root.type === AST_NODE_TYPES.Identifier && root.name === 'Response');
}

/** `redirectResponse` for `NextResponse.redirect(…)`, `response` for anything else. */
export function responseName(node: TSESTree.Node): string {
  if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression && node.callee.property.type === AST_NODE_TYPES.Identifier) {
    return `${node.callee.property.name}Response`;
  }
  return 'response';
}

function style(sourceCode: SourceCode, statement: TSESTree.Node): { semi: string; quote: string; indent: string; eol: string } {
  const semi = sourceCode.getLastToken(statement)?.value === ';' ? ';' : '';
  const firstImport = sourceCode.ast.body.find((s) => s.type === AST_NODE_TYPES.ImportDeclaration);
  const quote = firstImport && sourceCode.getText(firstImport.source).startsWith('"') ? '"' : "'";
  const line = sourceCode.lines[statement.loc.start.line - 1] ?? '';
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  const eol = sourceCode.text.includes('\r\n') ? '\r\n' : '\n';
  return { semi, quote, indent, eol };
}

/** The statements that copy the carrier's cookies (and cache headers) onto `target`. */
function copyStatements(carrier: string, target: string, cacheHeaders: boolean, s: { semi: string; quote: string }): string[] {
  const lines = [`${carrier}.cookies.getAll().forEach((cookie) => ${target}.cookies.set(cookie))${s.semi}`];
  if (cacheHeaders) {
    const names = SET_ALL_CACHE_HEADERS.map((h) => `${s.quote}${h}${s.quote}`).join(', ');
    lines.push(`for (const name of [${names}]) { const value = ${carrier}.headers.get(name); if (value) ${target}.headers.set(name, value) }`);
  }
  return lines;
}

/** Replaces `statement` by `lines`, wrapping them in braces when the statement is the body of an `if`/loop. */
function replaceStatement(fixer: Fixer, sourceCode: SourceCode, statement: TSESTree.Node, lines: readonly string[]): TSESLint.RuleFix {
  const s = style(sourceCode, statement);
  const inList = statement.parent?.type === AST_NODE_TYPES.BlockStatement || statement.parent?.type === AST_NODE_TYPES.SwitchCase || statement.parent?.type === AST_NODE_TYPES.Program;
  if (inList) return fixer.replaceText(statement, lines.join(`${s.eol}${s.indent}`));
  const inner = `${s.indent}  `;
  return fixer.replaceText(statement, `{${s.eol}${lines.map((l) => `${inner}${l}`).join(s.eol)}${s.eol}${s.indent}}`);
}

/**
 * Copy the cookies onto a new response returned by `returned` (a `return` statement): a response returned by
 * name gets the copy just before the `return`; one created in the `return` is named first.
 */
export function copyCookiesFix(
  sourceCode: SourceCode,
  fn: FunctionNode,
  returned: TSESTree.ReturnStatement,
  created: TSESTree.Node,
  variable: string | undefined,
  carriers: Carriers,
): ((fixer: Fixer) => TSESLint.RuleFix[]) | undefined {
  const argument = returned.argument;
  if (!argument || !hasResponseCookies(created)) return undefined;
  const s = style(sourceCode, returned);
  const fixes: ((fixer: Fixer) => TSESLint.RuleFix)[] = [];
  let carrier = carriers.primary;
  if (carrier === undefined) {
    // `await updateSession(request)` whose response is thrown away: keep it under a name first.
    const call = carriers.discarded;
    if (!call) return undefined;
    const name = freshName('supabaseResponse', fn, sourceCode);
    const statement = call.parent.type === AST_NODE_TYPES.AwaitExpression ? call.parent.parent : call.parent;
    if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) return undefined;
    carrier = name;
    fixes.push((fixer) => fixer.insertTextBefore(statement, `const ${name} = `));
  }
  const from = carrier;
  if (variable !== undefined) {
    fixes.push((fixer) => replaceStatement(fixer, sourceCode, returned, [...copyStatements(from, variable, carriers.cacheHeaders, s), sourceCode.getText(returned)]));
  } else {
    const inner = argument.type === AST_NODE_TYPES.AwaitExpression ? argument.argument : argument;
    if (inner !== created && !(inner.type === AST_NODE_TYPES.TSAsExpression && inner.expression === created)) return undefined;
    const name = freshName(responseName(created), fn, sourceCode);
    const lines = [`const ${name} = ${sourceCode.getText(argument)}${s.semi}`, ...copyStatements(from, name, carriers.cacheHeaders, s), `return ${name}${s.semi}`];
    fixes.push((fixer) => replaceStatement(fixer, sourceCode, returned, lines));
  }
  return (fixer) => fixes.map((f) => f(fixer));
}
