// The transforms, in the order `supabase-auth migrate` runs them on each file (each on the previous one's
// output). Adding one: import its `codemod` below and list it in `codemods`; the order is taken from
// RUN_ORDER (codemods/order.ts), whatever the array says.
import { codemod as authHelpersToSsr } from './auth-helpers-to-ssr/index.ts';
import { codemod as awaitCookies } from './await-cookies/index.ts';
import { codemod as cookiesGetAllSetAll } from './cookies-get-all-set-all/index.ts';
import { codemod as dynamicAuthPages } from './dynamic-auth-pages/index.ts';
import { codemod as getSessionToGetClaims } from './get-session-to-get-claims/index.ts';
import { codemod as middlewareMatcher } from './middleware-matcher/index.ts';
import { codemod as middlewareSession } from './middleware-session/index.ts';
import { codemod as securityReview } from './security-review/index.ts';
import type { Codemod } from './lib/types.ts';
import { RUN_ORDER } from './order.ts';

const rank = (codemod: Codemod) => {
  const index = (RUN_ORDER as readonly string[]).indexOf(codemod.name);
  if (index === -1) throw new Error(`codemods/index.ts: add '${codemod.name}' to RUN_ORDER`);
  return index;
};

export const codemods: readonly Codemod[] = [
  authHelpersToSsr,
  cookiesGetAllSetAll,
  awaitCookies,
  getSessionToGetClaims,
  middlewareSession,
  middlewareMatcher,
  dynamicAuthPages,
  securityReview,
].sort((a, b) => rank(a) - rank(b));

export function codemodNames(): string[] {
  return codemods.map((c) => c.name);
}
