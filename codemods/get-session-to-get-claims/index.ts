/**
 * `get-session-to-get-claims`: on the server, replaces `supabase.auth.getSession()` whose session is trusted
 * for identity by a verifying call (facts §1.1), by applying the `no-server-get-session` rule's own
 * suggestions (read.ts → decide.ts → write.ts). Edits are the rule's text edits, so everything around them
 * stays byte for byte. The file is re-linted after each round until no applicable suggestion is left (at
 * most {@link MAX_ROUNDS}): two calls in one function are rewritten one after the other. What is left gets
 * one marker per report.
 */
import type { Rule } from 'eslint';
import rule from '../../rules/no-server-get-session.ts';
import { toJscodeshift } from '../lib/adapter.ts';
import { applyRounds, type RuleToRun } from '../lib/apply-rule.ts';
import { applyEdits } from '../lib/edits.ts';
import { localAppFacts } from '../lib/app-facts.ts';
import { reviewItems } from '../lib/todo-markers.ts';
import type { Codemod, TransformResult } from '../lib/types.ts';
import { describeResolved } from '../../core/dependencies.ts';
import { SUPABASE_JS_PACKAGE } from '../../core/supabase.ts';
import { decideStep, type SessionReport } from './decide.ts';
import { readReports } from './read.ts';
import { markerEdits, ruleEdit } from './write.ts';

/** The rule whose analysis and suggestions this transform applies. */
const RULE: RuleToRun = { name: 'no-server-get-session', rule: rule as unknown as Rule.RuleModule };
const MAX_ROUNDS = 5;
const BOM = '\uFEFF';

export const codemod: Codemod = {
  name: 'get-session-to-get-claims',
  description:
    'Server code: replaces getSession() whose session is trusted for identity by getClaims() (or getUser() when a field needs the Auth server), rewriting its uses; marks the uses it cannot follow.',
  mightApply: (source) => source.includes('getSession'),
  transform(file, project, facts = localAppFacts(project)): TransformResult {
    const none: TransformResult = { output: undefined, review: [] };
    const bom = file.source.startsWith(BOM) ? BOM : '';
    let text = file.source.slice(bom.length);
    let reading = readReports(text, file.path, project, RULE);
    if (!reading) return none;
    const hasGetClaims = project.capabilities.has.getClaims;
    const jsVersion = `@supabase/supabase-js ${describeResolved(project.capabilities.packages[SUPABASE_JS_PACKAGE])}`;
    const decide = (report: SessionReport) => decideStep(report, file.path, facts, hasGetClaims, jsVersion);
    const applied = applyRounds(text, reading, {
      edits: (current, currentText) => current.reports.map(decide).flatMap((step) => (step.kind === 'apply' ? [ruleEdit(step.edit, currentText)] : [])),
      read: (next) => readReports(next, file.path, project, RULE),
    }, MAX_ROUNDS);
    if (!applied) return none;
    ({ text, reading } = applied);
    const steps = reading.reports.map((report) => ({ report, step: decide(report) }));
    text = applyEdits(text, markerEdits(reading.sourceCode, steps));
    const output = bom + text;
    return output === file.source ? none : { output, review: reviewItems(file.source, output) };
  },
};

export default toJscodeshift(codemod);
