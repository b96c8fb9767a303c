/**
 * `dynamic-auth-pages`: makes App Router pages, layouts and route handlers that read the Supabase session
 * render per request (facts §1.5, §4.14, §4.15), by applying the edits the `require-dynamic-auth-page` rule
 * itself proposes (read.ts → decide.ts → write.ts). The file is linted again after each round (at most
 * {@link MAX_ROUNDS}), since removing one export can reveal the next (two declarators in one `export const`,
 * a `dynamic = 'force-static'` that becomes a missing `force-dynamic` in strict mode).
 */
import type { Rule } from 'eslint';
import requireDynamicAuthPage from '../../rules/require-dynamic-auth-page.ts';
import { toJscodeshift } from '../lib/adapter.ts';
import type { RuleToRun } from '../lib/apply-rule.ts';
import { applyEdits, deferOverlapping } from '../lib/edits.ts';
import { reviewItems } from '../lib/todo-markers.ts';
import type { Codemod, TransformResult } from '../lib/types.ts';
import { decideStep } from './decide.ts';
import { isRuleFile, readReports } from './read.ts';
import { markerEdits, orphanedImportEdits, tidyRemovals } from './write.ts';

export { TODO_MESSAGES } from './decide.ts';

/** The rule whose analysis and fixes this transform applies (RuleCreator's context type is wider than ESLint's own). */
const RULE: RuleToRun = { name: 'require-dynamic-auth-page', rule: requireDynamicAuthPage as unknown as Rule.RuleModule };
const MAX_ROUNDS = 5;
const BOM = '\uFEFF';
/** Words without which a file has nothing this transform removes or marks. */
const SEGMENT_OR_CACHE = /\b(?:dynamic|revalidate|fetchCache|dynamicParams|runtime|generateStaticParams|unstable_cache)\b|use cache/;
/** Words of a file that may create a Supabase client itself (the strict case needs nothing else). */
const SUPABASE = /supabase|createClient|createServerClient|auth\.get/i;

export const codemod: Codemod = {
  name: 'dynamic-auth-pages',
  description:
    "Removes force-static/revalidate/fetchCache (with cacheComponents: every segment config) from App Router pages, layouts and routes that read the Supabase session; adds dynamic = 'force-dynamic' in strict mode when cacheComponents is off; marks 'use cache'/unstable_cache around auth and session reads in generateStaticParams for review",
  // Segment configs and cache scopes: any file that mentions one (a page may read the session through an
  // app helper without a Supabase word in it). The strict case (a missing force-dynamic): any file that
  // may create a Supabase client. The transform then checks the path before parsing anything.
  mightApply: (source) => SEGMENT_OR_CACHE.test(source) || SUPABASE.test(source),
  transform(file, project): TransformResult {
    const unchanged: TransformResult = { output: undefined, review: [] };
    if (!isRuleFile(file.path, project)) return unchanged;
    const bom = file.source.startsWith(BOM) ? BOM : '';
    const input = file.source.slice(bom.length);
    let text = input;
    let initial: ReturnType<typeof readReports>['sourceCode'];
    let removedCode = false;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const run = readReports(text, file.path, project, RULE, true);
      if (!run.sourceCode) break; // does not parse as the rule reads it: leave the file alone
      initial ??= run.sourceCode;
      const steps = run.reports.map(decideStep);
      const removals = steps.flatMap((s) => (s.kind === 'remove' ? [s.edit] : []));
      const edits = [
        ...tidyRemovals(text, removals),
        ...steps.flatMap((s) => (s.kind === 'fix' ? [s.edit] : [])),
        ...markerEdits(run.sourceCode, steps.flatMap((s) => (s.kind === 'mark' ? [s] : []))),
      ];
      if (edits.length === 0) break;
      // Two suggestions may overlap (two declarators of one `export const`): one now, the other next round.
      const next = applyEdits(text, deferOverlapping(edits).now);
      if (next === text) break;
      removedCode ||= removals.length > 0;
      text = next;
    }
    if (removedCode && initial) {
      const final = readReports(text, file.path, project, RULE, false).sourceCode;
      if (final) text = applyEdits(text, orphanedImportEdits(initial, final));
    }
    if (text === input) return unchanged;
    const output = bom + text;
    return { output, review: reviewItems(file.source, output) };
  },
};

export default toJscodeshift(codemod);
