/**
 * `get-session-to-get-claims`: on the server, replaces `supabase.auth.getSession()` whose session is trusted
 * for identity by a verifying call (facts §1.1).
 *
 * The analysis is the `no-server-get-session` rule's, run through ESLint (codemods/lib/apply-rule.ts): the
 * rule decides which calls are unsafe (server code only, server clients only; token-only uses are never
 * reported, facts §4.1–4.4) and proposes complete rewrites as suggestions. Per report:
 *
 * - `suggestGetClaims` offered → applied: `const { data } = await X.getClaims()` + `const claims =
 *   data?.claims`, `session.user.id` → `claims.sub`, `if (!session)` → `if (!claims)` (verified, and cheap);
 * - else `suggestGetUser` offered → applied: a use needs a field the claims lack (`created_at`,
 *   `identities`, the whole `session.user`, …);
 * - `refreshOnly` (a middleware/proxy call whose result is unused) → the `getClaims()` swap;
 * - no suggestion (the session is handed on, returned, used inside `.then`, a shape the rule cannot
 *   rewrite) → the code is left as it is and a `// TODO(supabase-auth): …` line is put above the statement,
 *   saying what to do by hand.
 *
 * Edits are the rule's own text edits, so everything around them (comments, quotes, semicolons, line
 * breaks) stays byte-for-byte. The file is re-linted after each round of edits until no report has a
 * suggestion left (at most {@link MAX_ROUNDS} rounds): two calls in one function get rewritten one by one.
 */
import type { Rule, SourceCode } from 'eslint';
import rule from '../rules/no-server-get-session.ts';
import { toJscodeshift } from './lib/adapter.ts';
import { applyEdits, lintWithRule, type RuleReport, type RuleToRun, type TextEdit } from './lib/apply-rule.ts';
import { reviewItems } from './lib/markers.ts';
import { TODO_MARKER, type Codemod, type FileInput, type ProjectInfo, type TransformResult } from './lib/types.ts';

const RULE: RuleToRun = { name: 'no-server-get-session', rule: rule as unknown as Rule.RuleModule };

/** Suggestions of the rule, in order of preference: verified claims first, the Auth server's user else. */
const PREFERRED_SUGGESTIONS = ['suggestGetClaims', 'suggestGetUser'];

const MAX_ROUNDS = 5;

const BOM = '\uFEFF';

/** What to do by hand, per report of the rule that comes without a suggestion; `{{name}}` = `supabase.auth`. */
const MANUAL_STEPS: Readonly<Record<string, string>> = {
  userFromSession:
    'session.user from {{name}}.getSession() is unverified (it comes from the cookie) and this use could not be rewritten automatically; read the user from `const { data, error } = await {{name}}.getClaims()` (check `error || !data?.claims`, then data.claims.sub, .email, …), or from {{name}}.getUser() when you need fields the claims lack (created_at, identities)',
  sessionGuardsAccess:
    'this access check trusts the unverified session from {{name}}.getSession(); decide it with `const { data, error } = await {{name}}.getClaims()` and `if (error || !data?.claims)` (or the user from {{name}}.getUser()) instead',
  sessionPassedOn:
    'the session from {{name}}.getSession() is passed on with its unverified user; verify with {{name}}.getClaims() and pass claims.sub (or the user from {{name}}.getUser()) instead of the session, and update the code that receives it',
  refreshOnly: '{{name}}.getSession() refreshes the session here but never verifies it; call {{name}}.getClaims() instead',
};
const FALLBACK_STEP = 'the session from {{name}}.getSession() is unverified in server code; use {{name}}.getClaims() (or {{name}}.getUser()) instead';

/** AST node shape we rely on (ESLint's ESTree with parent links and ranges). */
interface EsNode {
  type: string;
  range: [number, number];
  parent?: EsNode | null;
  object?: EsNode;
}

const STATEMENT_CONTAINERS = new Set(['Program', 'BlockStatement', 'StaticBlock', 'SwitchCase']);

/** The suggestion the policy picks for a report, if any. */
function chosenEdit(report: RuleReport): TextEdit | undefined {
  for (const id of PREFERRED_SUGGESTIONS) {
    const suggestion = report.suggestions.find((s) => s.messageId === id);
    if (suggestion) return suggestion.fix;
  }
  return undefined;
}

/** The `getSession` identifier the rule reported (at `offset` of the linted text), and the statement of its block that holds it. */
function reportedNodes(sourceCode: SourceCode, offset: number): { property: EsNode | undefined; statement: EsNode | undefined } {
  const property = sourceCode.getNodeByRangeIndex(offset) as unknown as EsNode | null;
  if (!property) return { property: undefined, statement: undefined };
  let node: EsNode = property;
  while (node.parent && !STATEMENT_CONTAINERS.has(node.parent.type)) node = node.parent;
  return { property, statement: node.parent ? node : undefined };
}

/** `supabase.auth` in `supabase.auth.getSession()`: the text the instructions name. */
function clientName(sourceCode: SourceCode, property: EsNode | undefined): string {
  const member = property?.parent;
  if (member?.type === 'MemberExpression' && member.object) return sourceCode.text.slice(member.object.range[0], member.object.range[1]).replace(/\s+/g, '');
  return 'supabase.auth';
}

/** The token or comment that `offset` lies strictly inside (a multi-line template literal or block comment). */
function tokenAround(sourceCode: SourceCode, offset: number): { range: [number, number] } | undefined {
  const { tokens, comments } = sourceCode.ast;
  return [...tokens, ...comments].find((t): t is typeof t & { range: [number, number] } => t.range !== undefined && t.range[0] < offset && offset < t.range[1]);
}

/** Offset of the start of the line that holds `offset`. */
const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

/**
 * The marker line for a report without suggestions, inserted above the line where its statement starts
 * (with that line's indentation); nothing when the same marker is already there (a second run). Offsets
 * of `sourceCode` are those of the linted text, which lacks the BOM: `shift` maps them back.
 */
function markerEdit(sourceCode: SourceCode, report: RuleReport, shift: number): TextEdit | undefined {
  const text = sourceCode.text;
  const { property, statement } = reportedNodes(sourceCode, report.range[0] - shift);
  const step = (MANUAL_STEPS[report.messageId ?? ''] ?? FALLBACK_STEP).replaceAll('{{name}}', clientName(sourceCode, property));
  const marker = `// ${TODO_MARKER} ${step}`;

  let at = lineStart(text, (statement ?? property)?.range[0] ?? report.range[0] - shift);
  // A line that starts inside a multi-line string or comment cannot take a comment line: use the line
  // where that string or comment starts.
  for (let token = tokenAround(sourceCode, at); token; token = tokenAround(sourceCode, at)) at = lineStart(text, token.range[0]);

  if (markersAbove(text, at).includes(marker)) return undefined;
  const indentation = /^[ \t]*/.exec(text.slice(at))![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { range: [at + shift, at + shift], text: `${indentation}${marker}${eol}` };
}

/** The marker lines (trimmed) directly above the line that starts at `at`. */
function markersAbove(text: string, at: number): string[] {
  const found: string[] = [];
  for (let end = at - 1; end > 0; ) {
    const start = lineStart(text, end);
    const line = text.slice(start, end).trim();
    if (!line.startsWith(`// ${TODO_MARKER}`)) break;
    found.push(line);
    end = start - 1;
  }
  return found;
}

/** Marker edits at the same spot become one edit (one line each), so none is dropped as overlapping. */
function mergeInsertions(edits: readonly TextEdit[]): TextEdit[] {
  const byOffset = new Map<number, string[]>();
  for (const edit of edits) {
    const texts = byOffset.get(edit.range[0]) ?? [];
    if (!texts.includes(edit.text)) texts.push(edit.text);
    byOffset.set(edit.range[0], texts);
  }
  return [...byOffset].map(([at, texts]) => ({ range: [at, at], text: texts.join('') }));
}

/**
 * The rule's fixes break lines with `\n`; in a file that uses `\r\n` throughout, the new lines get `\r\n`
 * too (a file with mixed line endings is left as the rule writes it).
 */
function inFileLineEndings(edit: TextEdit, source: string): TextEdit {
  if (!source.includes('\r\n') || /(?<!\r)\n/.test(source)) return edit;
  return { range: edit.range, text: edit.text.replace(/(?<!\r)\n/g, '\r\n') };
}

function transform(file: FileInput, project: ProjectInfo): TransformResult {
  let text = file.source;
  let run = lintWithRule(text, file.path, project, RULE);
  if (run.parseError !== undefined) return { output: undefined, review: [] };

  // Apply the chosen suggestions, re-linting after each round: overlapping edits wait for the next one.
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const edits = run.reports.map(chosenEdit).filter((edit): edit is TextEdit => edit !== undefined).map((edit) => inFileLineEndings(edit, text));
    if (edits.length === 0) break;
    const { output, applied } = applyEdits(text, edits);
    if (applied.length === 0 || output === text) break;
    text = output;
    run = lintWithRule(text, file.path, project, RULE);
    if (run.parseError !== undefined) return { output: undefined, review: [] }; // never hand back a broken file
  }

  // What is left cannot be rewritten safely: one marker per remaining report.
  const { sourceCode } = run;
  if (sourceCode) {
    const shift = text.startsWith(BOM) ? 1 : 0;
    const markers = run.reports
      .filter((report) => chosenEdit(report) === undefined)
      .map((report) => markerEdit(sourceCode, report, shift))
      .filter((edit): edit is TextEdit => edit !== undefined);
    text = applyEdits(text, mergeInsertions(markers)).output;
  }

  if (text === file.source) return { output: undefined, review: [] };
  return { output: text, review: reviewItems(file.source, text) };
}

export const codemod: Codemod = {
  name: 'get-session-to-get-claims',
  description:
    'Server code: replaces getSession() whose session is trusted for identity by getClaims() (or getUser() when a field needs the Auth server), rewriting its uses; marks the uses it cannot follow.',
  mightApply: (source) => source.includes('getSession'),
  transform,
};

export default toJscodeshift(codemod);
