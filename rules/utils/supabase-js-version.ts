// Which `@supabase/supabase-js` the linted app runs: whether `session_not_found` still reaches application
// code (before 2.45.3) decides whether a check of it is dead code and whether `isAuthSessionMissingError`
// exists to replace it. Settings first (RuleTester cases, unusual installs), then the installed package
// (walking up for hoisted monorepos), then the lowest version the app's range allows.
import { dirname, join } from 'node:path';
import semver from 'semver';
import { ExpiringCache, FACTS_TTL_MS } from '../../core/cache.ts';
import { SUPABASE_JS_PACKAGE } from '../../core/supabase.ts';
import { readText } from '../../core/source-file.ts';
import type { RuleFileContext } from './file-context.ts';

/** `settings['supabase-auth'].supabaseJsVersion`: the version to assume instead of the installed one. */
export interface SupabaseJsSettings {
  supabaseJsVersion?: string;
}

const versionCache = new ExpiringCache<string, string | undefined>(FACTS_TTL_MS);

function readJson(path: string): Record<string, unknown> | undefined {
  const text = readText(path);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function declaredRange(root: string): string | undefined {
  const pkg = readJson(join(root, 'package.json'));
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
    const range = (pkg?.[field] as Record<string, unknown> | undefined)?.[SUPABASE_JS_PACKAGE];
    if (typeof range === 'string') return range;
  }
  return undefined;
}

function installedVersion(root: string): string | undefined {
  return versionCache.get(root, () => {
    const range = declaredRange(root);
    const valid = range !== undefined && semver.validRange(range) !== null;
    for (let dir = root; ; dir = dirname(dir)) {
      const version = readJson(join(dir, 'node_modules', SUPABASE_JS_PACKAGE, 'package.json'))?.version;
      // A hoisted copy that the app's own range rules out belongs to another app of the monorepo.
      if (typeof version === 'string' && (dir === root || !valid || semver.satisfies(version, range!))) return version;
      if (dirname(dir) === dir) break;
    }
    try {
      return valid ? (semver.minVersion(range!)?.version ?? undefined) : undefined;
    } catch {
      return undefined;
    }
  });
}

/** The supabase-js version of the linted file's app, or `undefined` when it cannot be told. */
export function supabaseJsVersion(file: RuleFileContext): string | undefined {
  const configured = (file.settings as SupabaseJsSettings).supabaseJsVersion;
  if (typeof configured === 'string') return semver.coerce(configured)?.version;
  return file.facts.root !== undefined && file.onDisk ? installedVersion(file.facts.root) : undefined;
}

/** Whether the app's supabase-js is known to be at least `minimum`; `undefined` when the version is unknown. */
export function supabaseJsAtLeast(file: RuleFileContext, minimum: string): boolean | undefined {
  const version = supabaseJsVersion(file);
  return version === undefined ? undefined : semver.gte(version, minimum);
}
