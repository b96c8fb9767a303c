// From the rule's reports to a plan, as pure functions. Per report:
// - the client is still created by an auth-helpers creator that will not be an `@supabase/ssr` client
//   after this run (issue #8, item 7) → a marker: migrate the client first, then verify with `getClaims()`;
// - the rule offers `suggestGetClaims` → applied (verified claims, cheap); else `suggestGetUser` → applied
//   (a use needs a field the claims lack). On a supabase-js without `getClaims()` (< 2.49.2, and not raised:
//   core/version-policy.ts) only `suggestGetUser` is applied, and a use only claims can serve is marked;
// - no suggestion (the session is handed on, returned, used in `.then`, …) → a marker saying what to do.
import type { TextEdit } from '../lib/edits.ts';
import type { AppFacts, ClientOrigin } from '../lib/types.ts';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { RuleReport } from '../lib/apply-rule.ts';

export interface SessionReport {
  report: RuleReport;
  /** The reported `getSession` identifier. */
  node: TSESTree.Node | undefined;
  /** `supabase.auth` in `supabase.auth.getSession()`, as the instructions name it. */
  clientText: string;
  /** The call that created the client, when this file shows it. */
  origin: ClientOrigin | undefined;
}

export type Step = { kind: 'apply'; edit: TextEdit } | { kind: 'mark'; message: string };

/** Suggestions of the rule, in order of preference: verified claims first, the Auth server's user else. */
const PREFERRED_SUGGESTIONS = ['suggestGetClaims', 'suggestGetUser'];
const WITHOUT_GET_CLAIMS = ['suggestGetUser'];

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
const HELPER_CLIENT =
  'this client is still created by `{{creator}}` from the deprecated {{source}}: migrate it to @supabase/ssr first (`npx supabase-auth migrate` does where it can), then verify with {{name}}.getClaims() instead of trusting {{name}}.getSession()';

const NO_GET_CLAIMS =
  'the session from {{name}}.getSession() is unverified in server code, and the only automatic rewrite is {{name}}.getClaims(), which {{version}} lacks (added in 2.49.2): read the user from {{name}}.getUser() instead (`const { data: { user } } = await {{name}}.getUser()`), or raise @supabase/supabase-js (rerun migrate with --update-package-json)';

/** `hasGetClaims`: the supabase-js the migrated code runs on has `auth.getClaims()`; `jsVersion` names it for messages. */
export function decideStep(report: SessionReport, fromFile: string, facts: AppFacts, hasGetClaims = true, jsVersion = '@supabase/supabase-js'): Step {
  const fill = (text: string) => text.replaceAll('{{name}}', report.clientText);
  if (report.origin && !facts.willBeSsrClient(report.origin, fromFile)) {
    return { kind: 'mark', message: fill(HELPER_CLIENT).replace('{{creator}}', report.origin.imported).replace('{{source}}', report.origin.source) };
  }
  for (const id of hasGetClaims ? PREFERRED_SUGGESTIONS : WITHOUT_GET_CLAIMS) {
    const suggestion = report.report.suggestions.find((s) => s.messageId === id);
    if (suggestion) return { kind: 'apply', edit: suggestion.fix };
  }
  if (!hasGetClaims && report.report.suggestions.length > 0) return { kind: 'mark', message: fill(NO_GET_CLAIMS).replace('{{version}}', jsVersion) };
  return { kind: 'mark', message: fill(MANUAL_STEPS[report.report.messageId ?? ''] ?? FALLBACK_STEP) };
}
