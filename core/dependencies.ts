// Which version of a package an app really runs. A range in package.json says little: `"latest"` or
// `^2.0.0` can sit on a lockfile that pins 2.36, and what Node loads is whatever `node_modules` holds. So:
// the installed copy (`node_modules/<name>/package.json`, walking up for hoisted monorepos) and the
// lockfile (package-lock.json v1/v2/v3, pnpm-lock.yaml, yarn.lock v1 and berry, found walking up to the
// workspace root), the lower of the two when both tell; else the lowest version the declared range allows. Never throws: what cannot
// be read or understood answers `version: undefined`.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import semver from 'semver';
import type * as YarnParsers from '@yarnpkg/parsers';
import type * as Yaml from 'yaml';
import { isFile, readText, toPosix } from './source-file.ts';

// The lockfile parsers are loaded when a yarn.lock or pnpm-lock.yaml is read, not with the plugin: together
// they take longer to load (about 45 ms) than linting a small app's files, and most runs never need them.
const load = createRequire(import.meta.url);
const parseSyml = (text: string): unknown => (load('@yarnpkg/parsers') as typeof YarnParsers).parseSyml(text);
const parseYaml = (text: string): unknown => (load('yaml') as typeof Yaml).parse(text);

export const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;

export type VersionSource = 'node_modules' | 'package-lock.json' | 'npm-shrinkwrap.json' | 'pnpm-lock.yaml' | 'yarn.lock' | 'range';

export interface ResolvedDependency {
  name: string;
  /** The range the app's package.json declares (any dependency field), or undefined when it declares none. */
  range: string | undefined;
  /**
   * The version the app runs: installed, else locked, else the lowest the range allows. Undefined when
   * none of these tells: not declared and not installed, or a range such as `latest`, `*`, `workspace:*`,
   * a git URL, with no lockfile entry (then an install fetches the newest release).
   */
  version: string | undefined;
  /** Where `version` comes from. */
  source: VersionSource | undefined;
  /** The file that says so (the installed package.json or the lockfile), absolute. */
  file: string | undefined;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON object's text (a BOM allowed) as an object; undefined when it is not one. */
function parseJson(text: string): Json | undefined {
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function readJson(file: string): Json | undefined {
  const text = readText(file);
  return text === undefined ? undefined : parseJson(text);
}

/** The range `pkg` (a parsed package.json) declares for `name`, in any dependency field. */
export function declaredRange(pkg: Json | undefined, name: string): string | undefined {
  for (const field of DEPENDENCY_FIELDS) {
    const deps = pkg?.[field];
    if (isObject(deps) && typeof deps[name] === 'string') return deps[name];
  }
  return undefined;
}

/** `folder` and its ancestors, nearest first. */
function* ancestors(folder: string): Generator<string> {
  for (let dir = folder; ; dir = dirname(dir)) {
    yield dir;
    if (dirname(dir) === dir) return;
  }
}

const validVersion = (value: unknown): string | undefined => (typeof value === 'string' ? (semver.valid(value) ?? undefined) : undefined);

/**
 * The installed copy Node would load from `appRoot`: the nearest `node_modules/<name>`. A copy hoisted
 * above the app that the app's own range rules out belongs to another app of the monorepo (the package
 * manager would have installed this app's copy in its own node_modules): it is skipped.
 */
function installedVersion(appRoot: string, name: string, range: string | undefined): { version: string; file: string } | undefined {
  for (const dir of ancestors(appRoot)) {
    const file = join(dir, 'node_modules', name, 'package.json');
    const version = validVersion(readJson(file)?.version);
    if (version && (dir === appRoot || !rangeRulesOut(range, version))) return { version, file };
  }
  return undefined;
}

/** Whether a valid semver range excludes `version` (`latest`, `workspace:*`, `catalog:` exclude nothing). */
function rangeRulesOut(range: string | undefined, version: string): boolean {
  if (range === undefined || semver.validRange(range) === null) return false;
  return !semver.satisfies(version, range, { includePrerelease: true });
}

const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock'] as const;

/** The nearest lockfile at or above `appRoot` (the workspace root's, in a monorepo). */
function findLockfile(appRoot: string): { dir: string; name: (typeof LOCKFILES)[number] } | undefined {
  for (const dir of ancestors(appRoot)) {
    for (const name of LOCKFILES) if (isFile(join(dir, name))) return { dir, name };
  }
  return undefined;
}

/** package-lock.json / npm-shrinkwrap.json: v2/v3 `packages` keyed by install path; v1 `dependencies`. */
function npmLocked(lock: Json, appRel: string, name: string): string | undefined {
  const packages = lock.packages;
  if (isObject(packages)) {
    // Resolution from the app folder up: apps/web/node_modules/x, apps/node_modules/x, node_modules/x.
    const parts = appRel === '' ? [] : appRel.split('/');
    for (let i = parts.length; i >= 0; i--) {
      const key = [...parts.slice(0, i), 'node_modules', name].join('/');
      const entry = packages[key];
      if (isObject(entry) && validVersion(entry.version)) return validVersion(entry.version);
    }
    return undefined;
  }
  const dependencies = lock.dependencies;
  const entry = isObject(dependencies) ? dependencies[name] : undefined;
  return isObject(entry) ? validVersion(entry.version) : undefined;
}

/** A pnpm version field: `2.38.0`, `2.38.0(react@18.2.0)` (v6+), `2.38.0_react@18.2.0` (v5), `/name/2.38.0`. */
function pnpmVersion(value: unknown): string | undefined {
  const raw = isObject(value) ? value.version : value;
  if (typeof raw !== 'string') return undefined;
  const bare = raw.replace(/^\/.*\/(?=[^/]+$)/, '').replace(/[(_].*$/, '');
  return validVersion(bare);
}

/** pnpm-lock.yaml v5–v9: `importers[<app>]` in workspaces, top-level sections in a single project. */
function pnpmLocked(lock: Json, appRel: string, name: string): string | undefined {
  const importers = lock.importers;
  const project = isObject(importers) ? importers[appRel === '' ? '.' : appRel] : lock;
  if (!isObject(project)) return undefined;
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    const deps = project[field];
    if (isObject(deps) && name in deps) return pnpmVersion(deps[name]);
  }
  return undefined;
}

/** The package name of a yarn descriptor (`@scope/name@npm:^1.0.0` → `@scope/name`), and its range. */
function splitDescriptor(descriptor: string): { name: string; range: string } {
  const at = descriptor.indexOf('@', descriptor.startsWith('@') ? 1 : 0);
  return at === -1 ? { name: descriptor, range: '' } : { name: descriptor.slice(0, at), range: descriptor.slice(at + 1) };
}

/**
 * yarn.lock v1 (`"name@^1.0.0", "name@latest":` blocks) and berry (`"name@npm:^1.0.0":` YAML), read with
 * yarn's own parser. The entry whose descriptor names the app's range wins; else the only entry for the
 * package; else the newest entry the range allows.
 */
function yarnLocked(lock: Json, range: string | undefined, name: string): string | undefined {
  const entries: { ranges: string[]; version: string }[] = [];
  for (const [key, value] of Object.entries(lock)) {
    const version = isObject(value) ? validVersion(value.version) : undefined;
    if (!version) continue;
    const ranges = key
      .split(/,\s*/)
      .map(splitDescriptor)
      .filter((d) => d.name === name)
      .map((d) => d.range.replace(/^npm:/, ''));
    if (ranges.length > 0) entries.push({ ranges, version });
  }
  const wanted = range?.replace(/^npm:/, '');
  const exact = entries.find((e) => wanted !== undefined && e.ranges.includes(wanted));
  if (exact) return exact.version;
  if (entries.length === 1) return entries[0]!.version;
  const matching = entries.map((e) => e.version).filter((v) => wanted !== undefined && semver.validRange(wanted) !== null && semver.satisfies(v, wanted));
  return matching.sort(semver.rcompare)[0];
}

/** The top-level sections of pnpm-lock.yaml that say what each project depends on. */
const PNPM_PROJECT_SECTIONS = new Set(['lockfileVersion', 'importers', 'dependencies', 'devDependencies', 'optionalDependencies']);

/**
 * pnpm-lock.yaml with only the sections that name the projects' versions: `packages` and `snapshots`, most
 * of a monorepo's lockfile (megabytes, seconds of YAML parsing), are cut at their top-level key.
 */
function pnpmProjectSections(text: string): string {
  const kept: string[] = [];
  let keep = false;
  for (const line of text.split(/\r?\n/)) {
    const key = /^([A-Za-z][\w-]*):/.exec(line);
    if (key) keep = PNPM_PROJECT_SECTIONS.has(key[1]!);
    if (keep) kept.push(line);
  }
  return kept.join('\n');
}

/** Parsed lockfiles by path, for as long as their size and modification time stay the same. */
const parsedLocks = new Map<string, { stamp: string; lock: unknown }>();

function parsedLock(file: string, parse: (text: string) => unknown): unknown {
  let stamp: string;
  try {
    const stat = statSync(file);
    stamp = `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return undefined;
  }
  const hit = parsedLocks.get(file);
  if (hit?.stamp === stamp) return hit.lock;
  let lock: unknown;
  try {
    lock = parse(readText(file) ?? '');
  } catch {
    lock = undefined;
  }
  parsedLocks.set(file, { stamp, lock });
  return lock;
}

function lockedVersion(appRoot: string, range: string | undefined, name: string): { version: string; file: string; source: VersionSource } | undefined {
  const lockfile = findLockfile(appRoot);
  if (!lockfile) return undefined;
  const file = join(lockfile.dir, lockfile.name);
  const appRel = toPosix(relative(lockfile.dir, appRoot));
  let version: string | undefined;
  if (lockfile.name === 'yarn.lock') {
    const lock = parsedLock(file, parseSyml);
    version = isObject(lock) ? yarnLocked(lock, range, name) : undefined;
  }
  else if (lockfile.name === 'pnpm-lock.yaml') {
    const lock = parsedLock(file, (text) => parseYaml(pnpmProjectSections(text)));
    version = isObject(lock) ? pnpmLocked(lock, appRel, name) : undefined;
  } else {
    const lock = parsedLock(file, parseJson);
    version = isObject(lock) ? npmLocked(lock, appRel, name) : undefined;
  }
  // A lockfile above the app whose entry the app's own range rules out pins another package's copy
  // (the app is not part of that workspace, or its install would have nested its own copy).
  if (!version || (lockfile.dir !== appRoot && rangeRulesOut(range, version))) return undefined;
  return { version, file, source: lockfile.name };
}

/** The lowest version `range` allows; undefined for tags, `*`, protocols (`workspace:`, `npm:`, git URLs). */
function rangeMinimum(range: string | undefined): string | undefined {
  if (range === undefined || semver.validRange(range) === null) return undefined;
  const min = semver.minVersion(range)?.version;
  // `*`, `x`, `>=0`: an install takes the newest release; 0.0.0 would be a meaningless answer.
  return min === '0.0.0' ? undefined : min;
}

/** The version of `name` the app at `appRoot` runs (see the module comment for the order). */
export function resolveDependency(appRoot: string, name: string): ResolvedDependency {
  const range = declaredRange(readJson(join(appRoot, 'package.json')), name);
  const installed = installedVersion(appRoot, name, range);
  const locked = lockedVersion(appRoot, range, name);
  const minimum = rangeMinimum(range);
  const candidates: ResolvedDependency[] = [];
  if (installed) candidates.push({ name, range, version: installed.version, source: 'node_modules', file: installed.file });
  if (locked) candidates.push({ name, range, version: locked.version, source: locked.source, file: locked.file });
  // An installed copy the range rules out is stale: without a lockfile, the next install takes the range.
  else if (installed && minimum && rangeRulesOut(range, installed.version)) candidates.push({ name, range, version: minimum, source: 'range', file: join(appRoot, 'package.json') });
  // Installed and locked (or stale and declared) disagree: the migrated code must run on both, today's
  // install and a fresh `npm ci`, so the lower one answers (the installed one on a tie).
  const lowest = candidates.reduce<ResolvedDependency | undefined>((low, c) => (low === undefined || semver.lt(c.version!, low.version!) ? c : low), undefined);
  if (lowest) return lowest;
  if (minimum) return { name, range, version: minimum, source: 'range', file: join(appRoot, 'package.json') };
  return { name, range, version: undefined, source: undefined, file: undefined };
}

/** `2.38.0 (locked in package-lock.json)`, `2.40.0 (installed)`, `0.6.1 (the lowest version ^0.6.1 allows)`, for messages. */
export function describeResolved(dep: ResolvedDependency): string {
  if (dep.version === undefined) return dep.range === undefined ? '(not listed)' : `${dep.range} (version unknown)`;
  const where = dep.source === 'range' ? `the lowest version ${dep.range} allows` : dep.source === 'node_modules' ? 'installed' : `locked in ${dep.source}`;
  return `${dep.version} (${where})`;
}
