// The transforms, in the order `supabase-auth migrate` runs them on each file (each on the previous one's
// output). Adding one: import its `codemod` below and list it in `codemods`; the order is taken from
// RUN_ORDER, whatever the array says.
import { codemod as authHelpersToSsr } from './auth-helpers-to-ssr.ts';
import { codemod as cookiesGetAllSetAll } from './cookies-get-all-set-all.ts';
import { codemod as dynamicAuthPages } from './dynamic-auth-pages.ts';
import { codemod as getSessionToGetClaims } from './get-session-to-get-claims.ts';
import { codemod as middlewareMatcher } from './middleware-matcher.ts';
import type { Codemod } from './lib/types.ts';

/**
 * Why this order: auth-helpers creators become `@supabase/ssr` code first; the cookie adapters that code
 * (and older ssr code) carries are then brought to `getAll`/`setAll`; `getSession()` uses are rewritten
 * once every server client is a canonical one; the matcher is checked once the middleware is in its final
 * shape; the segment config of auth pages is fixed last, when every page's auth calls are known.
 */
export const RUN_ORDER = ['auth-helpers-to-ssr', 'cookies-get-all-set-all', 'get-session-to-get-claims', 'middleware-matcher', 'dynamic-auth-pages'] as const;

const rank = (codemod: Codemod) => {
  const index = (RUN_ORDER as readonly string[]).indexOf(codemod.name);
  if (index === -1) throw new Error(`codemods/index.ts: add '${codemod.name}' to RUN_ORDER`);
  return index;
};

export const codemods: readonly Codemod[] = [
  authHelpersToSsr,
  cookiesGetAllSetAll,
  getSessionToGetClaims,
  middlewareMatcher,
  dynamicAuthPages,
].sort((a, b) => rank(a) - rank(b));

export function codemodNames(): string[] {
  return codemods.map((c) => c.name);
}
