/**
 * `middleware-session`: the safe fixes of the session-lifecycle rules (issue #9 item 5), applied from the
 * rules' own suggestions (read.ts → decide.ts → write.ts, move.ts): a response created after the refresh
 * gets the refreshed cookies copied onto it (`no-dropped-auth-cookies`' `copyCookies`); a middleware
 * client nobody reads gets `await supabase.auth.getClaims()` (`getUser()` on a supabase-js without it)
 * after its creation (`require-session-refresh`'s `addGetClaims`/`addGetUser`); an entry file Next never
 * runs moves to where it runs when that place is unambiguous and free (the runner moves it: `moveTo`).
 * Every other report is one marker with the rule's message. The file is re-linted after each round of
 * edits until nothing applicable is left (at most {@link MAX_ROUNDS}): two responses of one function may
 * both want a name for a discarded response.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { toJscodeshift } from '../lib/adapter.ts';
import { applyRounds } from '../lib/apply-rule.ts';
import { applyEdits, type TextEdit } from '../lib/edits.ts';
import { reviewItems } from '../lib/todo-markers.ts';
import type { Codemod, TransformResult } from '../lib/types.ts';
import { decideStep, keptMessage, type Step } from './decide.ts';
import { planMove, type MovePlan } from './move.ts';
import { readFindings, type Finding } from './read.ts';
import { markerEdits, ruleEdit } from './write.ts';

const MAX_ROUNDS = 5;
const BOM = '\uFEFF';

export const codemod: Codemod = {
  name: 'middleware-session',
  description:
    'Middleware/proxy: copies the refreshed cookies onto responses that drop them, adds the missing getClaims() refresh, moves an entry file Next never runs to where it runs; marks what needs a person.',
  // The rules only look at files that use Supabase (directly, or through an entry file's helper) or that
  // are named like an entry file; the path is not known here, so the entry files' own words stand in.
  mightApply: (source) => /supabase|updateSession|\bmiddleware\b|\bproxy\b/i.test(source),
  transform(file, project): TransformResult {
    const none: TransformResult = { output: undefined, review: [] };
    const bom = file.source.startsWith(BOM) ? BOM : '';
    let text = file.source.slice(bom.length);
    let reading = readFindings(text, file.path, project);
    if (!reading) return none;
    const hasGetClaims = project.capabilities.has.getClaims;
    const decide = (finding: Finding): Step => decideStep(finding, hasGetClaims);
    const applied = applyRounds(text, reading, {
      edits: (current, currentText) => current.findings.map(decide).flatMap((step) => (step.kind === 'apply' ? [ruleEdit(step.edit, currentText)] : [])),
      read: (next) => readFindings(next, file.path, project),
    }, MAX_ROUNDS);
    if (!applied) return none;
    ({ text, reading } = applied);

    const marks: { finding: Finding; message: string }[] = [];
    let move: Extract<MovePlan, { kind: 'move' }> | undefined;
    for (const finding of reading.findings) {
      const step = decide(finding);
      if (step.kind === 'mark') marks.push({ finding, message: step.message });
      if (step.kind !== 'move' || move) continue;
      const plan = planMove(file.path, reading.sourceCode.ast as unknown as TSESTree.Program, project, file.moveWithin);
      if (plan.kind === 'move') move = plan;
      else marks.push({ finding, message: keptMessage(finding, plan.why) });
    }
    // Markers first, on the text the rules read; then the specifiers of a moved file (other ranges).
    const edits: TextEdit[] = [...markerEdits(reading.sourceCode, marks), ...(move?.edits ?? [])];
    text = applyEdits(text, edits);
    const output = bom + text;
    const result: TransformResult = output === file.source ? none : { output, review: reviewItems(file.source, output) };
    return move ? { ...result, moveTo: move.to } : result;
  },
};

export default toJscodeshift(codemod);
