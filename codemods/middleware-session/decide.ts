// From the rules' reports to a plan, as pure functions. Per report:
// - `newResponse` with the `copyCookies` suggestion → applied: the refreshed cookies (and the cache headers
//   `setAll` received) are copied onto the new response, which is still returned (facts §2.6);
// - `noRefresh` with `addGetClaims` → applied when the supabase-js the migrated code runs on has
//   `getClaims()`; the rule offers `addGetUser` instead on one that lacks it, also applied. `addGetClaims`
//   on a supabase-js without it (the rule saw another version than the run will install) → a marker;
// - `misplacedEntry` (require-session-refresh) and `proxyIgnored` (require-middleware-matcher) → the move
//   of move.ts, or a marker saying why the file stays;
// - anything else (a return before the refresh, a replaced or stale response, cookies written to the
//   request only, no entry file, a conditional refresh) → a marker with the rule's message: each needs a
//   decision about the app's own control flow.
import type { TextEdit } from '../lib/edits.ts';
import type { Finding } from './read.ts';

export type Step = { kind: 'apply'; edit: TextEdit } | { kind: 'mark'; message: string } | { kind: 'move' };

/** Reports that say the file itself is where Next never looks. */
const MOVE_REPORTS = ['misplacedEntry', 'proxyIgnored'];

/** The suggestions applied, per report, in order of preference. */
function safeSuggestions(messageId: string | undefined, hasGetClaims: boolean): string[] {
  if (messageId === 'newResponse') return ['copyCookies'];
  if (messageId === 'noRefresh') return hasGetClaims ? ['addGetClaims', 'addGetUser'] : ['addGetUser'];
  return [];
}

/** `hasGetClaims`: the supabase-js the migrated code runs on has `auth.getClaims()`; `jsVersion` names it. */
export function decideStep(finding: Finding, hasGetClaims: boolean, jsVersion: string): Step {
  const { report } = finding;
  if (MOVE_REPORTS.includes(report.messageId ?? '')) return { kind: 'move' };
  for (const id of safeSuggestions(report.messageId, hasGetClaims)) {
    const suggestion = report.suggestions.find((s) => s.messageId === id);
    if (suggestion) return { kind: 'apply', edit: suggestion.fix };
  }
  if (report.messageId === 'noRefresh' && report.suggestions.length > 0) {
    return { kind: 'mark', message: `${report.message} (${jsVersion} has no \`getClaims()\`, added in 2.49.2: call \`getUser()\` there, or raise @supabase/supabase-js with --update-package-json)` };
  }
  return { kind: 'mark', message: report.message };
}

/** The marker of a file that should move but stays: the rule's message, and why it was not moved. */
export const keptMessage = (finding: Finding, why: string): string => `${finding.report.message} Not moved automatically: ${why}.`;
