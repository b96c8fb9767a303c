/**
 * `await-cookies`: applies the `require-awaited-cookies` rule (facts §2.8: `cookies()` returns a Promise
 * since Next 15) by its own fixes: `await cookies()` where a Supabase server client reads it (the factory
 * or cookie method becomes async), and `await` on calls of an async server factory in async functions.
 * The file is linted again after each round, since a fix can make the next report fixable. What the rule
 * leaves (decide.ts): an un-awaited factory call in a function that is not async goes to the
 * async-propagation engine; the rest becomes a marker. Exported functions that became async go back to
 * the runner (`asyncExports`), which awaits their callers across the app.
 */
import type { Rule } from 'eslint';
import requireAwaitedCookies from '../../rules/require-awaited-cookies.ts';
import { toJscodeshift } from '../lib/adapter.ts';
import { moduleRoleOf } from '../lib/app-facts.ts';
import { applyRounds, lintWithRule, type RuleToRun } from '../lib/apply-rule.ts';
import { AsyncPropagation } from '../lib/async-propagation.ts';
import { applyEdits } from '../lib/edits.ts';
import { parseFile } from '../lib/source-code.ts';
import { detectStyle } from '../lib/style.ts';
import { reviewItems, TodoMarkers } from '../lib/todo-markers.ts';
import type { Codemod, TransformResult } from '../lib/types.ts';
import { asyncExportNames, decideReport } from './decide.ts';

const RULE: RuleToRun = { name: 'require-awaited-cookies', rule: requireAwaitedCookies as unknown as Rule.RuleModule };
const MAX_ROUNDS = 5;

export const codemod: Codemod = {
  name: 'await-cookies',
  description: 'Awaits cookies() where Supabase server clients read it (Next 15+) and the calls of async server client factories, making functions async and awaiting their callers across the app.',
  // The rule's own pre-check: a cookies() call, the @next/codemod leftover, or code that reads a client.
  mightApply: (source) => /cookies\(|UnsafeUnwrappedCookies|@next-codemod-error/.test(source) || /\.auth\b|\.from\(/.test(source),
  transform(input, project): TransformResult {
    const none: TransformResult = { output: undefined, review: [] };
    const before = parseFile(input.path, input.source);
    if (!before) return none;
    const read = (text: string) => lintWithRule(text, input.path, project, RULE).reports;
    // The reports always read (a text that does not parse has none), so the rounds always end with a text.
    const { text: source, reading: reports } = applyRounds(input.source, read(input.source), { edits: (current) => current.flatMap((r) => (r.fix ? [r.fix] : [])), read }, MAX_ROUNDS)!;
    const parsed = parseFile(input.path, source);
    if (!parsed) return none;
    const markers = new TodoMarkers(parsed.text, detectStyle(parsed.text, parsed.program));
    const engine = new AsyncPropagation({ file: parsed, role: moduleRoleOf(input.path, parsed.program, project), markers, cause: 'it awaits the Supabase server client' });
    for (const report of reports) {
      const step = decideReport(parsed, { ...report, range: [report.range[0] - parsed.bom.length, report.range[1] - parsed.bom.length] });
      if (step?.kind === 'await') engine.awaitCall(step.call, step.name);
      else if (step) markers.add(step.node, step.message);
    }
    const output = parsed.bom + applyEdits(parsed.text, [...markers.edits(), ...engine.result()]);
    if (output === input.source) return none;
    const after = parseFile(input.path, output);
    const wasAsync = asyncExportNames(before.program);
    const madeAsync = [...(after ? asyncExportNames(after.program) : []), ...engine.asyncExports].filter((name) => !wasAsync.has(name));
    return { output, review: reviewItems(input.source, output), asyncExports: [...new Set(madeAsync)] };
  },
};

export default toJscodeshift(codemod);
