// After the transforms: what an app's package.json must say for the migrated code to build and run.
// - A helper package (`@supabase/auth-helpers-*`) is removed only when no source file of the app still
//   imports it; otherwise it stays, and the files that import it are listed.
// - A Supabase package the migrated code imports must be listed.
// - A version-dependent API the migrated code calls (core/capabilities.ts) must exist in the version the
//   app really runs (core/dependencies.ts), and ssr's types must fit the app's supabase-js: else, with
//   --update-package-json, the range is raised to what core/version-policy.ts chooses (the ssr line made
//   for the app's supabase-js; supabase-js itself only when no line accepts it), and the summary says so;
//   without it, a review item at the dependency's line says which upgrade is needed.
import semver from 'semver';
import { API_REQUIREMENTS, versionHas, type Api } from '../core/capabilities.ts';
import { describeResolved, type ResolvedDependency } from '../core/dependencies.ts';
import { AUTH_HELPERS_PACKAGES, SSR_PACKAGE, SSR_RELEASE_LINES, SUPABASE_JS_PACKAGE, SUPABASE_JS_RAISE } from '../core/supabase.ts';
import { newestRange, ssrFits } from '../core/version-policy.ts';
import type { ProjectInfo } from '../codemods/lib/types.ts';
import { editPackageJson, lineOfDependency, type DependencyEdit, type PackageJson } from './package-json.ts';

export interface DependencyFacts {
  info: ProjectInfo;
  /** The app's package.json, parsed; undefined when there is none. */
  pkg: PackageJson | undefined;
  pkgText: string | undefined;
  /** package.json may be edited: --update-package-json, a Next app, the file inside the given paths. */
  updatable: boolean;
  /** A Next app (only an app's package.json is ever edited, so only there can a rerun help). */
  isApp: boolean;
  /** API → files (relative) where this run's rewrites added a use of it. */
  added: ReadonlyMap<Api, readonly string[]>;
  /** `@supabase/*` package → files (relative) of the app that import it after the run. */
  imports: ReadonlyMap<string, readonly string[]>;
}

export interface DependencyOutcome {
  /** The new package.json text (only when `updatable`). */
  output: string | undefined;
  /** Items at lines of package.json. */
  review: { line: number; message: string }[];
  notices: string[];
}

/** `a.tsx, b.tsx and 3 more`. */
export function listFiles(files: readonly string[], shown = 3): string {
  const unique = [...new Set(files)].sort();
  return unique.length <= shown ? unique.join(', ') : `${unique.slice(0, shown).join(', ')} and ${unique.length - shown} more`;
}

function declared(pkg: PackageJson | undefined, name: string): string | undefined {
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
    const deps = pkg?.[field] as Record<string, string> | undefined;
    if (deps?.[name] !== undefined) return deps[name];
  }
  return undefined;
}

type SupabasePackage = typeof SSR_PACKAGE | typeof SUPABASE_JS_PACKAGE;

/** Why `resolved` falls short of the APIs the migrated code added (`apis`), or undefined when it has them all. */
function lacking(apis: readonly Api[], facts: DependencyFacts, resolved: ResolvedDependency): string | undefined {
  const missing = apis.filter((api) => !versionHas(api, resolved.version));
  if (missing.length === 0) return undefined;
  const labels = missing.map((api) => `${API_REQUIREMENTS[api].label} (added in ${API_REQUIREMENTS[api].since})`).join(' and ');
  const files = listFiles(missing.flatMap((api) => facts.added.get(api) ?? []));
  return `${describeResolved(resolved)} lacks ${labels}, which the migrated code calls in ${files}`;
}

/** Every version `range` allows has what `apis` need: only the installed or locked copy is older. */
function rangeAllows(range: string | undefined, apis: readonly Api[]): boolean {
  if (range === undefined || semver.validRange(range) === null) return false;
  const min = semver.minVersion(range)!.version;
  return apis.every((api) => versionHas(api, min));
}

export function planDependencies(facts: DependencyFacts): DependencyOutcome {
  const { info, pkg, pkgText, updatable } = facts;
  const edit: DependencyEdit = { remove: [], add: {}, raise: {} };
  const review: DependencyOutcome['review'] = [];
  const notices: string[] = [];
  const at = (name: string) => (pkgText === undefined ? 1 : lineOfDependency(pkgText, name));
  const orRerun = updatable || !facts.isApp ? '' : ', or rerun migrate with --update-package-json';

  for (const helper of AUTH_HELPERS_PACKAGES) {
    if (!updatable || declared(pkg, helper) === undefined) continue;
    const users = facts.imports.get(helper) ?? [];
    if (users.length === 0) edit.remove.push(helper);
    else review.push({ line: at(helper), message: `${helper} stays in package.json: still imported by ${listFiles(users)}. Migrate those imports, then remove it.` });
  }

  // The APIs the migrated code now calls, by the package that provides them.
  const needs = new Map<string, Api[]>();
  for (const [api] of facts.added) {
    const name = API_REQUIREMENTS[api].package;
    needs.set(name, [...(needs.get(name) ?? []), api]);
  }
  const { packages, targets } = info.capabilities;
  const importers = (name: string) => facts.imports.get(name) ?? [];
  /** A range that already allows the version needed: only the install is behind. */
  const reinstall = (name: SupabasePackage, range: string | undefined, why: string) => {
    const message = `${name} ${why}: run your package manager's install (package.json already asks for ${range}).`;
    if (updatable) notices.push(message);
    else review.push({ line: at(name), message });
  };
  const change = (name: SupabasePackage, target: string, why: string) => {
    const range = declared(pkg, name);
    if (updatable) {
      if (range === undefined) edit.add[name] = target;
      else edit.raise[name] = target;
      notices.push(`${name} ${range === undefined ? `added at ${target}` : `raised from ${range} to ${target}`}: ${why}. Run your package manager's install.`);
    } else {
      review.push({ line: at(range === undefined ? 'dependencies' : name), message: `${name} ${why}: ${range === undefined ? `add it at ${target}` : `raise it to ${target} and reinstall`}${orRerun}.` });
    }
  };

  // @supabase/ssr: added when imported and not listed; raised when it lacks what the migrated code calls,
  // or when its types do not fit the app's supabase-js (core/version-policy.ts).
  const ssr = packages[SSR_PACKAGE];
  const ssrRange = declared(pkg, SSR_PACKAGE);
  const supabaseJs = packages[SUPABASE_JS_PACKAGE];
  // The line made for the app's supabase-js, or a later one when the code calls an API that line lacks.
  const since = (needs.get(SSR_PACKAGE) ?? []).map((api) => API_REQUIREMENTS[api].since).sort(semver.rcompare)[0];
  const later = since !== undefined && semver.lt(targets[SSR_PACKAGE].version, since) ? SSR_RELEASE_LINES.find((l) => semver.gte(l.ssr, since)) : undefined;
  const ssrTarget = later ? `^${later.ssr}` : targets[SSR_PACKAGE].range;
  let ssrMoves = false;
  if (importers(SSR_PACKAGE).length > 0 && ssrRange === undefined && ssr.source !== 'node_modules') {
    change(SSR_PACKAGE, ssrTarget, `the code imports it (${listFiles(importers(SSR_PACKAGE))}); ${ssrTarget} is the line made for ${SUPABASE_JS_PACKAGE} ${describeResolved(supabaseJs)}`);
    ssrMoves = true;
  } else {
    const why = lacking(needs.get(SSR_PACKAGE) ?? [], facts, ssr);
    const typed = (needs.get(SSR_PACKAGE) ?? []).includes('cookieMethodsGetAllSetAll') && !ssrFits(ssr.version, supabaseJs.version);
    const reason = why ?? (typed ? `${describeResolved(ssr)} does not type-check with ${SUPABASE_JS_PACKAGE} ${describeResolved(supabaseJs)} (\`setAll(cookiesToSet)\` loses its parameter type), and the migrated code calls \`getAll\`/\`setAll\` in ${listFiles(facts.added.get('cookieMethodsGetAllSetAll') ?? [])}` : undefined);
    if (reason !== undefined) {
      ssrMoves = true;
      if (why !== undefined && rangeAllows(ssrRange, needs.get(SSR_PACKAGE) ?? [])) reinstall(SSR_PACKAGE, ssrRange, reason);
      else change(SSR_PACKAGE, ssrTarget, reason);
    }
  }

  // @supabase/supabase-js: raised only when no ssr line accepts it, or when it lacks what the migrated code calls.
  const jsRange = declared(pkg, SUPABASE_JS_PACKAGE);
  const jsImported = importers(SUPABASE_JS_PACKAGE).length > 0 || importers(SSR_PACKAGE).length > 0;
  const jsTarget = targets[SUPABASE_JS_PACKAGE];
  if (jsImported && jsRange === undefined && supabaseJs.source !== 'node_modules') {
    const why = importers(SUPABASE_JS_PACKAGE).length > 0 ? `the code imports it (${listFiles(importers(SUPABASE_JS_PACKAGE))})` : `${SSR_PACKAGE} needs it (a peer dependency)`;
    change(SUPABASE_JS_PACKAGE, jsTarget?.range ?? (supabaseJs.version ? `^${supabaseJs.version}` : newestRange(SUPABASE_JS_PACKAGE)), why);
  } else {
    const why = lacking(needs.get(SUPABASE_JS_PACKAGE) ?? [], facts, supabaseJs);
    if (why !== undefined) {
      if (rangeAllows(jsRange, needs.get(SUPABASE_JS_PACKAGE) ?? [])) reinstall(SUPABASE_JS_PACKAGE, jsRange, why);
      else change(SUPABASE_JS_PACKAGE, jsTarget?.range ?? SUPABASE_JS_RAISE.range, why);
    } else if (jsTarget && importers(SSR_PACKAGE).length > 0 && (ssrMoves || needs.size > 0)) {
      const ssrAfter = ssrMoves ? ssrTarget : describeResolved(ssr);
      const why = `${describeResolved(supabaseJs)} is older than ${SSR_PACKAGE} ${ssrAfter} accepts (its peer dependency)`;
      change(SUPABASE_JS_PACKAGE, jsTarget.range, jsTarget.range === SUPABASE_JS_RAISE.range ? `${why}; ${jsTarget.range} is the newest release whose types still accept \`Database\` types written for older versions` : why);
    }
  }

  const output = updatable && pkgText !== undefined ? editPackageJson(pkgText, edit) : undefined;
  return { output, review, notices };
}
