// After the transforms: what an app's package.json must say for the migrated code to build and run.
// - A helper package (`@supabase/auth-helpers-*`) is removed only when no source file of the app still
//   imports it; otherwise it stays, and the files that import it are listed.
// - A Supabase package the migrated code imports must be listed.
// - A version-dependent API the migrated code calls (core/capabilities.ts) must exist in the version the
//   app really runs (core/dependencies.ts): else, with --update-package-json, the range is raised (and
//   the summary says so); without it, a review item at the dependency's line says which upgrade is needed.
import semver from 'semver';
import { API_REQUIREMENTS, versionHas, type Api } from '../core/capabilities.ts';
import { describeResolved } from '../core/dependencies.ts';
import { AUTH_HELPERS_PACKAGES, MIGRATION_DEPENDENCY_RANGES, SSR_PACKAGE, SUPABASE_JS_PACKAGE } from '../core/supabase.ts';
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

const SUPABASE_PACKAGES = [SSR_PACKAGE, SUPABASE_JS_PACKAGE] as const;

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
  const needs = new Map<string, { apis: Api[] }>();
  for (const [api] of facts.added) {
    const name = API_REQUIREMENTS[api].package;
    needs.set(name, { apis: [...(needs.get(name)?.apis ?? []), api] });
  }

  for (const name of SUPABASE_PACKAGES) {
    const resolved = info.capabilities.packages[name];
    const range = declared(pkg, name);
    const importers = facts.imports.get(name) ?? [];
    const imported = importers.length > 0 || (name === SUPABASE_JS_PACKAGE && (facts.imports.get(SSR_PACKAGE) ?? []).length > 0);
    const target = MIGRATION_DEPENDENCY_RANGES[name]!;
    if (imported && range === undefined && resolved.source !== 'node_modules') {
      const why = importers.length > 0 ? `the code imports it (${listFiles(importers)})` : `${SSR_PACKAGE} needs it (a peer dependency)`;
      if (updatable) {
        edit.add[name] = target;
        notices.push(`${name}@${target} added to package.json: ${why}. Run your package manager's install.`);
      } else {
        review.push({ line: at('dependencies'), message: `add ${name}@${target} to package.json: ${why}${orRerun}.` });
      }
      continue;
    }
    const need = needs.get(name);
    const lacking = (need?.apis ?? []).filter((api) => !versionHas(api, resolved.version));
    if (lacking.length === 0) continue;
    const apis = lacking.map((api) => `${API_REQUIREMENTS[api].label} (added in ${API_REQUIREMENTS[api].since})`).join(' and ');
    const files = listFiles(lacking.flatMap((api) => facts.added.get(api) ?? []));
    const why = `${describeResolved(resolved)} lacks ${apis}, which the migrated code calls in ${files}`;
    if (updatable) {
      if (range === undefined) edit.add[name] = target;
      else edit.raise[name] = target;
      notices.push(`${name} ${range === undefined ? 'added at' : `raised from ${range} to`} ${target}: ${why}. Run your package manager's install.`);
      continue;
    }
    const min = lacking.map((api) => API_REQUIREMENTS[api].since).sort(semver.rcompare)[0]!;
    const rangeAllows = range !== undefined && semver.validRange(range) !== null && semver.gte(semver.minVersion(range)!.version, min);
    const fix = rangeAllows ? `run your package manager's install (package.json already asks for ${range})` : `raise it to ${target} and reinstall${orRerun}`;
    review.push({ line: at(name), message: `${name} ${why}: ${fix}.` });
  }

  const output = updatable && pkgText !== undefined ? editPackageJson(pkgText, edit) : undefined;
  return { output, review, notices };
}
