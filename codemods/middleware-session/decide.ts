// From the rules' reports to a plan, as pure functions. Per report:
// - `newResponse` with the `copyCookies` suggestion → applied: the refreshed cookies (and the cache headers
//   `setAll` received) are copied onto the new response, which is still returned (facts §2.6);
// - `noRefresh` with `addGetClaims` → applied when the supabase-js the migrated code runs on has
//   `getClaims()` (the rule sees the same version, apply-rule's settings); the rule offers `addGetUser`
//   instead on one that lacks it, also applied. Never `getClaims()` on a supabase-js without it;
// - `misplacedEntry` (require-session-refresh) and `proxyIgnored` (require-middleware-matcher) → the move
//   of move.ts, or a marker saying why the file stays;
// - anything else (a return before the refresh, a replaced or stale response, cookies written to the
//   request only, no entry file, a conditional refresh) → a marker with the rule's message: each needs a
//   decision about the app's own control flow.
import type { TextEdit } from '../lib/edits.ts';
import type { Finding } from './read.ts';

export type Step = { kind: 'apply'; edit: TextEdit } | { kind: 'mark'; message: string } | { kind: 'move' };

/** `rule/messageId`: how a report is named here (message ids are per rule). */
const reportKey = (finding: Finding) => `${finding.rule}/${finding.report.messageId ?? ''}`;

/** Reports that say the file itself is where Next never looks. */
const MOVE_REPORTS = ['require-session-refresh/misplacedEntry', 'require-middleware-matcher/proxyIgnored'];

/** The suggestions applied, per report, in order of preference. */
function safeSuggestions(key: string, hasGetClaims: boolean): string[] {
  if (key === 'no-dropped-auth-cookies/newResponse') return ['copyCookies'];
  if (key === 'require-session-refresh/noRefresh') return hasGetClaims ? ['addGetClaims', 'addGetUser'] : ['addGetUser'];
  return [];
}

/** `hasGetClaims`: the supabase-js the migrated code runs on has `auth.getClaims()`. */
export function decideStep(finding: Finding, hasGetClaims: boolean): Step {
  const { report } = finding;
  const key = reportKey(finding);
  if (MOVE_REPORTS.includes(key)) return { kind: 'move' };
  for (const id of safeSuggestions(key, hasGetClaims)) {
    const suggestion = report.suggestions.find((s) => s.messageId === id);
    if (suggestion) return { kind: 'apply', edit: suggestion.fix };
  }
  return { kind: 'mark', message: report.message };
}

/** The marker of a file that should move but stays: the rule's message, and why it was not moved. */
export const keptMessage = (finding: Finding, why: string): string => `${finding.report.message} Not moved automatically: ${why}.`;
