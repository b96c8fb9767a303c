// Which versions of `@supabase/ssr` and `@supabase/supabase-js` an app ends up with after `migrate`, and so
// which APIs the migrated code may call (core/capabilities.ts). The least disruptive pair that works:
// - supabase-js stays at the version the app runs: newer supabase-js releases retype the app's queries
//   (issue 8, class B: a `Database` type written for 2.4x types every query as `never` on 2.119). Only a
//   version older than every ssr line accepts (< 2.43.4) is raised, to `~2.55.0` (core/supabase.ts
//   SUPABASE_JS_RAISE), never with a caret that an install would float to the newest release;
// - ssr stays where it is when it has `getAll`/`setAll` and its types fit that supabase-js; otherwise it
//   moves to the line made for that supabase-js (SSR_RELEASE_LINES), not to the newest release;
// - what that pair lacks is not emitted: `getUser()` instead of `getClaims()` on supabase-js < 2.49.2,
//   `setAll(cookiesToSet)` without the headers argument on ssr < 0.10.
// Without --update-package-json nothing is raised: the pair is the one the app runs.
import semver from 'semver';
import { NEWEST_RELEASES, SSR_PACKAGE, SSR_RELEASE_LINES, SUPABASE_JS_GENERICS_CHANGE, SUPABASE_JS_PACKAGE, SUPABASE_JS_RAISE } from './supabase.ts';

/** A version to move a package to, and the range package.json gets for it. */
export interface PackageTarget {
  range: string;
  version: string;
}

/** ssr's first release with `getAll`/`setAll` (facts §3). */
const SSR_GET_ALL = '0.4.0';
/** ssr's first release that follows supabase-js 2.56's client generics. */
const SSR_NEW_GENERICS = SSR_RELEASE_LINES[0]!.ssr;

const newest = SSR_RELEASE_LINES[SSR_RELEASE_LINES.length - 1]!;
const lt = (a: string, b: string) => semver.lt(a, b);

/** The ssr line made for `supabaseJs` (undefined: unknown, so the newest), or undefined when none accepts it. */
export function ssrLineFor(supabaseJs: string | undefined): string | undefined {
  if (supabaseJs === undefined) return newest.ssr;
  return SSR_RELEASE_LINES.filter((line) => !lt(supabaseJs, line.minSupabaseJs)).at(-1)?.ssr;
}

/**
 * Whether ssr `ssr` and supabase-js `supabaseJs` type-check together (either undefined: unknown, so
 * assumed to fit): ssr < 0.7 needs supabase-js < 2.56; a later line needs its minimum supabase-js.
 */
export function ssrFits(ssr: string | undefined, supabaseJs: string | undefined): boolean {
  if (ssr === undefined || supabaseJs === undefined) return true;
  if (lt(ssr, SSR_NEW_GENERICS)) return lt(supabaseJs, SUPABASE_JS_GENERICS_CHANGE);
  const line = SSR_RELEASE_LINES.filter((l) => !lt(ssr, l.ssr)).at(-1)!;
  return !lt(supabaseJs, line.minSupabaseJs);
}

export interface VersionTargets {
  /** What supabase-js moves to when an ssr line is needed and none accepts its version; else undefined. */
  [SUPABASE_JS_PACKAGE]: PackageTarget | undefined;
  /** What ssr is added at, or raised to, when the migrated code needs it and the current one does not do. */
  [SSR_PACKAGE]: PackageTarget;
}

/** The release line `ssr` belongs to (undefined: before 0.7, or not known). */
function lineOf(ssr: string | undefined) {
  return ssr === undefined || lt(ssr, SSR_NEW_GENERICS) ? undefined : SSR_RELEASE_LINES.filter((l) => !lt(ssr, l.ssr)).at(-1);
}

/**
 * The raise targets for an app running ssr `ssr` and supabase-js `supabaseJs` (undefined: not known, so the
 * newest). supabase-js moves only when no ssr line accepts it (to SUPABASE_JS_RAISE), or when the app's own
 * ssr is a later line than its supabase-js allows (to that line's minimum, rather than moving ssr back).
 */
export function versionTargets(ssr: string | undefined, supabaseJs: string | undefined): VersionTargets {
  const own = lineOf(ssr);
  let raise: PackageTarget | undefined;
  if (supabaseJs !== undefined && own && lt(supabaseJs, own.minSupabaseJs)) raise = { range: `~${own.minSupabaseJs}`, version: own.minSupabaseJs };
  else if (supabaseJs !== undefined && ssrLineFor(supabaseJs) === undefined) raise = { ...SUPABASE_JS_RAISE };
  const line = ssrLineFor(raise?.version ?? supabaseJs) ?? newest.ssr;
  return { [SUPABASE_JS_PACKAGE]: raise, [SSR_PACKAGE]: { range: `^${line}`, version: line } };
}

/** Whether the app's ssr must move for the migrated code (`getAll`/`setAll`, or types that do not fit). */
export function ssrNeedsRaise(ssr: string | undefined, supabaseJs: string | undefined): boolean {
  return (ssr !== undefined && lt(ssr, SSR_GET_ALL)) || !ssrFits(ssr, supabaseJs);
}

/**
 * The versions the migrated code will run on: the current ones, or with `upgradable` the targets where the
 * current ones do not do. An app that does not list ssr yet gets the line made for its supabase-js either
 * way (with --update-package-json it is added, without it a review item says to add that version).
 */
export function resultingVersions(current: { ssr: string | undefined; supabaseJs: string | undefined; ssrListed: boolean }, upgradable: boolean): { ssr: string | undefined; supabaseJs: string | undefined } {
  const targets = versionTargets(current.ssr, current.supabaseJs);
  if (!upgradable) return { ssr: current.ssrListed ? current.ssr : targets[SSR_PACKAGE].version, supabaseJs: current.supabaseJs };
  const supabaseJs = targets[SUPABASE_JS_PACKAGE]?.version ?? current.supabaseJs;
  const keepSsr = current.ssrListed && !ssrNeedsRaise(current.ssr, supabaseJs);
  return { ssr: keepSsr ? current.ssr : targets[SSR_PACKAGE].version, supabaseJs };
}

/** The range an app that lists neither package gets for `name` (the newest pair, facts §3). */
export function newestRange(name: typeof SSR_PACKAGE | typeof SUPABASE_JS_PACKAGE): string {
  return `^${NEWEST_RELEASES[name]!}`;
}
