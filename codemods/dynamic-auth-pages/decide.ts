// From the rule's reports to a plan, as pure functions. The rule is the one source of truth for which
// files read the session and which exports are wrong; this only chooses among its fixes:
// - `staticDynamic`, `cachedRevalidate`, `cachedFetch` and, with `cacheComponents`,
//   `incompatibleSegmentConfig`: the rule's `removeExport` suggestion;
// - `missingForceDynamic` (strict preset only): the rule's autofix;
// - `useCacheAroundAuth`, `unstableCacheAroundAuth`: never rewritten (moving the session read out of a
//   cached scope changes the function's signature and its callers): a marker at the session read;
// - `sessionInStaticParams`: never rewritten (which cookie-free client lists the params is the app's
//   choice): a marker at the session read inside `generateStaticParams`;
// - anything else the rule may report: left as it is.
import type { RuleReport } from '../lib/apply-rule.ts';
import type { TextEdit } from '../lib/edits.ts';

export type Step = { kind: 'remove'; edit: TextEdit } | { kind: 'fix'; edit: TextEdit } | { kind: 'mark'; at: number; message: string } | { kind: 'leave' };

/** Reports fixed by removing the offending export. */
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

export function decideStep(report: RuleReport): Step {
  const id = report.messageId ?? '';
  if (REMOVE_EXPORT.includes(id)) {
    const remove = report.suggestions.find((s) => s.messageId === 'removeExport');
    return remove ? { kind: 'remove', edit: remove.fix } : { kind: 'leave' };
  }
  if (AUTOFIX.includes(id)) return report.fix ? { kind: 'fix', edit: report.fix } : { kind: 'leave' };
  const message = TODO_MESSAGES[id];
  return message === undefined ? { kind: 'leave' } : { kind: 'mark', at: report.range[0], message };
}

/** `name` appears as a word in `text` outside `range` (a comment, a string: conservative). */
export function mentionedOutside(text: string, name: string, range: readonly [number, number]): boolean {
  const word = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
  for (const match of text.matchAll(word)) if (match.index < range[0] || match.index >= range[1]) return true;
  return false;
}
