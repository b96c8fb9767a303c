/**
 * `security-review`: the findings of the security rules no transform can settle — a role read from
 * `user_metadata`, a `getClaims()` result used without checking it, a secret key in public code or in a
 * user's client, a client factory or a shared server client on the wrong side — need a decision only the
 * app's author can make. This transform runs those rules (apply-rule.ts, one pass) on the file as the
 * other transforms left it and lists each finding for review with the rule's message and name, without
 * touching the code. `no-auth-error-string-match` has a fix where its replacement is certain (then it is
 * applied); its other findings are listed like the rest. It runs last, so the lines are the final ones.
 */
import type { Rule } from 'eslint';
import noAuthErrorStringMatch from '../../rules/no-auth-error-string-match.ts';
import noMisplacedClientFactory from '../../rules/no-misplaced-client-factory.ts';
import noPublicSecret from '../../rules/no-public-secret.ts';
import noServiceKeyInUserClient from '../../rules/no-service-key-in-user-client.ts';
import noSharedServerClient from '../../rules/no-shared-server-client.ts';
import noUserMetadataAuthorization from '../../rules/no-user-metadata-authorization.ts';
import requireClaimsCheck from '../../rules/require-claims-check.ts';
import { toJscodeshift } from '../lib/adapter.ts';
import { applyRounds, lintWithRules, type RuleToRun } from '../lib/apply-rule.ts';
import type { Codemod, TransformResult } from '../lib/types.ts';
import { SUPABASE_MENTION } from '../../core/supabase.ts';

/** RuleCreator's context type is wider than ESLint's own: one cast per rule, here. */
const rule = (name: string, module: unknown): RuleToRun => ({ name, rule: module as Rule.RuleModule });
const RULES: readonly RuleToRun[] = [
  rule('no-auth-error-string-match', noAuthErrorStringMatch),
  rule('no-misplaced-client-factory', noMisplacedClientFactory),
  rule('no-public-secret', noPublicSecret),
  rule('no-service-key-in-user-client', noServiceKeyInUserClient),
  rule('no-shared-server-client', noSharedServerClient),
  rule('no-user-metadata-authorization', noUserMetadataAuthorization),
  rule('require-claims-check', requireClaimsCheck),
];
/** The one rule whose autofix is applied (the others only suggest: a person chooses). */
const FIXED_RULE = 'no-auth-error-string-match';
const MAX_ROUNDS = 3;

export const codemod: Codemod = {
  name: 'security-review',
  description: 'Lists for review what the security rules find (user_metadata roles, unchecked getClaims, secret keys, clients on the wrong side), and applies the certain fixes of no-auth-error-string-match.',
  // Words without which none of the rules reports: a Supabase API or `next/headers`, a factory, a
  // 'use server' module, a key, or an auth error's message.
  mightApply: (source) => SUPABASE_MENTION.test(source) || /createClient|use server|service_?role|secret|user_metadata|\.message\b/i.test(source),
  transform(input, project): TransformResult {
    const read = (text: string) => lintWithRules(text, input.path, project, RULES);
    // A run always reads (a text that does not parse has no reports), so the rounds always end with a text.
    const { text, reading: run } = applyRounds(input.source, read(input.source), { edits: (current) => current.reports.flatMap((r) => (r.rule === FIXED_RULE && r.fix ? [r.fix] : [])), read }, MAX_ROUNDS)!;
    const findings = run.reports.map((r) => ({ line: r.line, message: `${r.message} (${r.rule})` }));
    return { output: text === input.source ? undefined : text, review: [], findings };
  },
};

export default toJscodeshift(codemod);
