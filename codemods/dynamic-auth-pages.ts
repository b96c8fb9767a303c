/**
 * `dynamic-auth-pages`: makes App Router pages, layouts and route handlers that read the Supabase session
 * render per request (facts §1.5, §4.14, §4.15), by applying the edits the `require-dynamic-auth-page` rule
 * itself proposes. The rule is the one source of truth for which files read the session and which exports
 * are wrong; this transform only chooses among its fixes:
 *
 * - `staticDynamic` (`force-static`, `'error'`), `cachedRevalidate` (`revalidate > 0`), `cachedFetch`
 *   (caching `fetchCache`) and, with `cacheComponents` on,
 *   `incompatibleSegmentConfig` (every `dynamic`/`revalidate`/`fetchCache`/`dynamicParams`/`runtime`
 *   export, `force-dynamic` included): the rule's `removeExport` suggestion. `force-dynamic` is never
 *   added when `cacheComponents` is on or unknown (a build error with it).
 * - `missingForceDynamic` (only with `project.strict` and `cacheComponents` known to be off: the `strict`
 *   preset's `requireExplicitDynamic`): the rule's autofix (`export const dynamic = 'force-dynamic'` after
 *   the imports, or `'auto'` replaced).
 * - `useCacheAroundAuth`, `unstableCacheAroundAuth`, `sessionInStaticParams`: never rewritten (moving the session read out of a
 *   cached scope changes the function's signature and its callers): a `// TODO(supabase-auth): …` line
 *   above the statement that reads the session, with its indentation.
 * - Anything else the rule may report: left as is.
 *
 * Edits are text splices, applied from the end of the file backwards; the file is linted again after each
 * round (at most {@link MAX_ROUNDS}), since removing one export can reveal the next (two declarators in one
 * `export const`, a `dynamic = 'force-static'` that becomes a missing `force-dynamic` in strict mode).
 * Formatting policy for a removed export: its whole line goes (with a comment at its end); comment lines
 * directly above it go with it when the paragraph they head is removed entirely (they describe it; an
 * `eslint-disable-next-line` or `@ts-expect-error` there would otherwise apply to the next line), but never
 * a comment block at the very top of the file (a header or licence); blank lines are not doubled. Imports
 * that only the removed code used are removed too.
 */
import { relative } from 'node:path';
import type { AST, Rule, Scope, SourceCode } from 'eslint';
import type { TSESTree } from '@typescript-eslint/utils';
import { DEFAULT_PAGE_EXTENSIONS, fileKind } from '../core/next.ts';
import requireDynamicAuthPage from '../rules/require-dynamic-auth-page.ts';
import { toJscodeshift } from './lib/adapter.ts';
import { applyEdits, lintWithRule, type RuleReport, type RuleToRun, type TextEdit } from './lib/apply-rule.ts';
import { reviewItems } from './lib/markers.ts';
import { TODO_MARKER, type Codemod, type FileInput, type ProjectInfo, type TransformResult } from './lib/types.ts';
import { toPosix } from '../core/source-file.ts';

const RULE_NAME = 'require-dynamic-auth-page';
// RuleCreator's context type is wider than ESLint's own (as in index.ts).
const RULE = requireDynamicAuthPage as unknown as Rule.RuleModule;

/** Re-lint and re-apply at most this many times. */
const MAX_ROUNDS = 5;

/** Reports fixed by removing the offending export (the rule's `removeExport` suggestion). */
const REMOVE_EXPORT: readonly string[] = ['staticDynamic', 'cachedRevalidate', 'cachedFetch', 'incompatibleSegmentConfig'];
/** Reports fixed by the rule's autofix. */
const AUTOFIX: readonly string[] = ['missingForceDynamic'];
/** Reports left to a human, with the instruction of the marker line. */
export const TODO_MESSAGES: Readonly<Record<string, string>> = {
  useCacheAroundAuth:
    "this cached scope reads the user's Supabase session, but cookies() can't be read inside 'use cache' and its entries are shared between users: read the user outside the cached function (await createClient(), then supabase.auth.getClaims()) and pass the user id in as an argument, or use 'use cache: private'",
  sessionInStaticParams:
    "generateStaticParams runs at build time without a request, so reading the session here fails `next build`: list the params with a client that needs no cookies (createClient from @supabase/supabase-js with the publishable key)",
  unstableCacheAroundAuth:
    "unstable_cache() keys its entry on its arguments only (not on cookies or closed-over variables), so this caches one user's data for everyone: read the user outside it (await createClient(), then supabase.auth.getClaims()) and pass the user id in as an argument, or do not cache user-specific data",
};

/** Words without which a file has nothing this transform removes or marks. */
const SEGMENT_OR_CACHE = /\b(?:dynamic|revalidate|fetchCache|dynamicParams|runtime|generateStaticParams|unstable_cache)\b|use cache/;
/** Words of a file that may create a Supabase client itself (the strict case needs nothing else). */
const SUPABASE = /supabase|createClient|createServerClient|auth\.get/i;

/** The App Router files whose segment config or cache scopes the rule checks. */
const RULE_FILES: readonly string[] = ['page', 'layout', 'route', 'template', 'default'];

const BOM = '\uFEFF';

export const codemod: Codemod = {
  name: 'dynamic-auth-pages',
  description:
    "Removes force-static/revalidate/fetchCache/generateStaticParams (with cacheComponents: every segment config) from App Router pages, layouts and routes that read the Supabase session; adds dynamic = 'force-dynamic' in strict mode when cacheComponents is off; marks 'use cache'/unstable_cache around auth for review",
  // Segment configs and cache scopes: any file that mentions one (a page may read the session through an
  // app helper without a Supabase word in it). The strict case (a missing force-dynamic): any file that
  // may create a Supabase client. The transform then checks the path before parsing anything.
  mightApply: (source) => SEGMENT_OR_CACHE.test(source) || SUPABASE.test(source),
  transform(file: FileInput, project: ProjectInfo): TransformResult {
    const unchanged: TransformResult = { output: undefined, review: [] };
    if (!isRuleFile(file.path, project)) return unchanged;

    const bom = file.source.startsWith(BOM) ? BOM : '';
    const input = file.source.slice(bom.length);
    const toRun: RuleToRun = {
      name: RULE_NAME,
      rule: RULE,
      options: [{ requireExplicitDynamic: project.strict === true && project.cacheComponents === false }],
    };

    let source = input;
    let initial: SourceCode | undefined;
    let removedCode = false;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const run = lintWithRule(source, file.path, project, toRun);
      if (!run.sourceCode) break; // does not parse as the rule reads it: leave the file alone
      initial ??= run.sourceCode;
      const { removals, others } = editsFor(run.reports, source, run.sourceCode);
      if (removals.length === 0 && others.length === 0) break;
      const { output, applied } = applyEdits(source, [...removals, ...others]);
      if (output === source) break;
      removedCode ||= applied.some((e) => removals.includes(e));
      source = output;
    }

    if (removedCode && initial) {
      const final = lintWithRule(source, file.path, project, { ...toRun, options: [{}] }).sourceCode;
      if (final) source = applyEdits(source, orphanedImportEdits(initial, final, source)).output;
    }

    if (source === input) return unchanged;
    const output = bom + source;
    return { output, review: reviewItems(file.source, output) };
  },
};

export default toJscodeshift(codemod);

// ---- Which files --------------------------------------------------------------------------------------

function isRuleFile(filePath: string, project: ProjectInfo): boolean {
  const rel = toPosix(relative(project.root, filePath));
  if (rel.startsWith('../') || rel === '..') return false;
  const kind = fileKind(rel, { srcDir: project.srcDir, pageExtensions: project.pageExtensions ?? DEFAULT_PAGE_EXTENSIONS });
  return kind.type === 'app' && RULE_FILES.includes(kind.file);
}

// ---- From reports to edits ----------------------------------------------------------------------------

function editsFor(reports: readonly RuleReport[], source: string, sourceCode: SourceCode): { removals: TextEdit[]; others: TextEdit[] } {
  const removals: TextEdit[] = [];
  const others: TextEdit[] = [];
  for (const report of reports) {
    const id = report.messageId ?? '';
    if (REMOVE_EXPORT.includes(id)) {
      const remove = report.suggestions.find((s) => s.messageId === 'removeExport');
      if (remove) removals.push(remove.fix);
    } else if (AUTOFIX.includes(id)) {
      if (report.fix) others.push(report.fix);
    } else {
      const message = TODO_MESSAGES[id];
      const marker = message === undefined ? undefined : markerEdit(source, sourceCode, report.range[0], message);
      if (marker) others.push(marker);
    }
  }
  return { removals: tidyRemovals(source, removals), others };
}

const lineStartOf = (source: string, index: number) => source.lastIndexOf('\n', index - 1) + 1;
const eolOf = (source: string) => (source.includes('\r\n') ? '\r\n' : '\n');

/** `// TODO(supabase-auth): message` on its own line above the statement holding `index`, unless one is there. */
function markerEdit(source: string, sourceCode: SourceCode, index: number, message: string): TextEdit | undefined {
  const statement = statementAt(sourceCode, index);
  const lineStart = lineStartOf(source, statement ? statement.range[0] : index);
  // Idempotent: the comment lines right above already carry a marker (ours, or one a human kept).
  let end = lineStart;
  while (end > 0) {
    const start = lineStartOf(source, end - 1);
    const line = source.slice(start, end).trim();
    if (!/^(?:\/\/|\/\*|\*)/.test(line)) break;
    if (line.includes(TODO_MARKER)) return undefined;
    end = start;
  }
  const indent = /^[ \t]*/.exec(source.slice(lineStart))![0];
  return { range: [lineStart, lineStart], text: `${indent}// ${TODO_MARKER} ${message}${eolOf(source)}` };
}

/** Node types whose list of statements (`body`, or `consequent` for a case) a marker line may go into. */
const STATEMENT_LISTS: Readonly<Record<string, string>> = {
  Program: 'body',
  BlockStatement: 'body',
  StaticBlock: 'body',
  TSModuleBlock: 'body',
  SwitchCase: 'consequent',
};

/** The innermost statement of a statement list that contains `index`. */
function statementAt(sourceCode: SourceCode, index: number): { range: [number, number] } | undefined {
  const keys = sourceCode.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>;
  let found: { range: [number, number] } | undefined;
  const isNode = (value: unknown): value is { type: string; range: [number, number] } =>
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && Array.isArray((value as { range?: unknown }).range);
  const visit = (node: { type: string; range: [number, number] }, inList: boolean): void => {
    if (index < node.range[0] || index >= node.range[1]) return;
    if (inList) found = node;
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      const list = STATEMENT_LISTS[node.type] === key;
      if (Array.isArray(child)) {
        for (const c of child) if (isNode(c)) visit(c, list);
      } else if (isNode(child)) {
        visit(child, false);
      }
    }
  };
  visit(sourceCode.ast as unknown as { type: string; range: [number, number] }, false);
  return found;
}

// ---- Removing exports without leaving a mess ----------------------------------------------------------

/**
 * The rule's removals, widened to whole lines where the removed statement has its lines to itself (with a
 * comment at the end of its last line, and the comment lines that head it when its paragraph goes
 * entirely), adjacent ones merged, and blank lines kept single. A partial removal (one declarator of
 * several) is kept as the rule wrote it.
 */
function tidyRemovals(source: string, removals: readonly TextEdit[]): TextEdit[] {
  const partial: TextEdit[] = [];
  const spans: [number, number][] = [];
  for (const removal of removals) {
    const [start, end] = removal.range;
    const removed = source.slice(start, end);
    if (removal.text !== '' || removed.trim() === '') {
      partial.push(removal);
      continue;
    }
    const codeStart = start + (removed.length - removed.trimStart().length);
    const codeEnd = start + removed.trimEnd().length;
    const lineStart = lineStartOf(source, codeStart);
    const rest = /^[ \t]*(?:\/\/[^\r\n]*|\/\*(?:(?!\*\/)[^\r\n])*\*\/)?[ \t]*(?:\r?\n|$)/.exec(source.slice(codeEnd));
    if (source.slice(lineStart, codeStart).trim() !== '' || !rest) {
      // `export const revalidate = 60; export const runtime = 'edge'`: take the spaces before the next
      // statement along, so it keeps its place at the start of the line.
      const spaces = source.slice(lineStart, codeStart).trim() === '' ? /^[ \t]*/.exec(source.slice(end))![0].length : 0;
      partial.push(spaces > 0 ? { range: [start, end + spaces], text: '' } : removal);
      continue;
    }
    spans.push([lineStart, codeEnd + rest[0].length]);
  }

  // Adjacent lines removed together are one block.
  spans.sort((a, b) => a[0] - b[0]);
  const blocks: [number, number][] = [];
  for (const span of spans) {
    const last = blocks.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else blocks.push([span[0], span[1]]);
  }

  const edits = blocks.map(([blockStart, blockEnd]): TextEdit => {
    let start = blockStart;
    let end = blockEnd;
    const paragraphEnds = end === source.length || /^[ \t]*(?:\r?\n|$)/.test(source.slice(end));
    if (paragraphEnds) start = headingCommentsStart(source, start);
    const blankBefore = start === 0 || /(?:^|\n)[ \t]*\r?\n$/.test(source.slice(0, start));
    const blankAfter = /^[ \t]*\r?\n/.exec(source.slice(end));
    if (blankBefore && blankAfter) end += blankAfter[0].length;
    if (end === source.length && start > 0) {
      // Last lines of the file: drop the blank lines before them, keep one line ending.
      const breaks = /(?:\r?\n[ \t]*)+$/.exec(source.slice(0, start));
      if (breaks) start = breaks.index + (source.startsWith('\r\n', breaks.index) ? 2 : 1);
    }
    return { range: [start, end], text: '' };
  });
  return [...edits, ...partial];
}

/**
 * Start of the comment lines directly above the line at `lineStart` (no blank line between), or
 * `lineStart` when there are none, they hold a review marker, or they open the file (a header).
 */
function headingCommentsStart(source: string, lineStart: number): number {
  let top = lineStart;
  while (top > 0) {
    const previous = lineStartOf(source, top - 1);
    const line = source.slice(previous, top).trim();
    if (line.startsWith('//')) {
      if (line.includes(TODO_MARKER)) break;
      top = previous;
      continue;
    }
    if (line.endsWith('*/') && !line.includes(TODO_MARKER)) {
      // A block comment that ends this line: it must start a line of its own.
      const open = source.lastIndexOf('/*', top);
      if (open === -1) break;
      const openLine = lineStartOf(source, open);
      const comment = source.slice(open, top).trimEnd();
      const closesOnce = comment.indexOf('*/') === comment.length - 2;
      if (source.slice(openLine, open).trim() !== '' || !closesOnce) break;
      top = openLine;
      continue;
    }
    break;
  }
  return top === 0 ? lineStart : top;
}

// ---- Imports only the removed code used ---------------------------------------------------------------

type ImportDeclaration = TSESTree.ImportDeclaration;
type ImportClause = ImportDeclaration['specifiers'][number];

const importsOf = (sourceCode: SourceCode): ImportDeclaration[] =>
  (sourceCode.ast.body as unknown as TSESTree.ProgramStatement[]).filter((s): s is ImportDeclaration => s.type === 'ImportDeclaration');

const isReferenced = (sourceCode: SourceCode, specifier: ImportClause): boolean =>
  sourceCode.scopeManager?.getDeclaredVariables(specifier as never).some((v: Scope.Variable) => v.references.length > 0) ?? true;

/** `name` appears as a word in `source` outside `range`. */
function mentionedOutside(source: string, name: string, range: readonly [number, number]): boolean {
  const word = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
  for (const match of source.matchAll(word)) if (match.index < range[0] || match.index >= range[1]) return true;
  return false;
}

/**
 * Edits removing the import specifiers that were used in `before` and are used nowhere in `after` (the
 * removed exports were their only users). A whole declaration goes when all its specifiers do; in a
 * multi-line `{ … }` list, or when only the default import is orphaned, nothing is touched.
 */
function orphanedImportEdits(before: SourceCode, after: SourceCode, source: string): TextEdit[] {
  const usedBefore = new Set<string>();
  for (const decl of importsOf(before)) for (const s of decl.specifiers) if (isReferenced(before, s)) usedBefore.add(s.local.name);

  const edits: TextEdit[] = [];
  for (const decl of importsOf(after)) {
    const orphaned = decl.specifiers.filter(
      (s) => usedBefore.has(s.local.name) && !isReferenced(after, s) && !mentionedOutside(source, s.local.name, decl.range),
    );
    if (orphaned.length === 0) continue;
    if (orphaned.length === decl.specifiers.length) {
      const lineStart = lineStartOf(source, decl.range[0]);
      const rest = /^[ \t]*(?:\r?\n|$)/.exec(source.slice(decl.range[1]));
      const whole = source.slice(lineStart, decl.range[0]).trim() === '' && rest;
      edits.push({ range: whole ? [lineStart, decl.range[1] + rest[0].length] : [decl.range[0], decl.range[1]], text: '' });
      continue;
    }
    const named = decl.specifiers.filter((s) => s.type === 'ImportSpecifier');
    if (orphaned.some((s) => s.type !== 'ImportSpecifier') || named.length === 0) continue;
    const open = after.getTokenBefore(named[0] as never, { filter: (t: AST.Token) => t.value === '{' }) as AST.Token | null;
    const close = after.getTokenAfter(named.at(-1) as never, { filter: (t: AST.Token) => t.value === '}' }) as AST.Token | null;
    if (!open || !close) continue;
    const inside = source.slice(open.range[1], close.range[0]);
    if (inside.includes('\n')) continue;
    const kept = named.filter((s) => !orphaned.includes(s));
    if (kept.length > 0) {
      const pad = inside.startsWith(' ') ? ' ' : '';
      edits.push({ range: [open.range[1], close.range[0]], text: `${pad}${kept.map((s) => source.slice(s.range[0], s.range[1])).join(', ')}${pad}` });
    } else {
      // `import Default, { a } from …` with `a` orphaned: keep `import Default from …`.
      const comma = after.getTokenBefore(open as never) as AST.Token | null;
      if (comma?.value === ',') edits.push({ range: [comma.range[0], close.range[1]], text: '' });
    }
  }
  return edits;
}
