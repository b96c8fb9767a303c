// Which `@supabase/supabase-js` the linted app runs: whether `session_not_found` still reaches application
// code (before 2.45.3) decides whether a check of it is dead code and whether `isAuthSessionMissingError`
// exists to replace it. Settings first (RuleTester cases, unusual installs), then the installed package,
// then the lowest version the app's range allows (core/project.ts).
import semver from 'semver';
import { supabaseJsVersionOf } from '../../core/project.ts';
import type { RuleFileContext } from './file-context.ts';

/** The supabase-js version of the linted file's app, or `undefined` when it cannot be told. */
export const supabaseJsVersion = (file: RuleFileContext): string | undefined => supabaseJsVersionOf(file.onDisk ? file.facts.root : undefined, file.settings);

/** Whether the app's supabase-js is known to be at least `minimum`; `undefined` when the version is unknown. */
export function supabaseJsAtLeast(file: RuleFileContext, minimum: string): boolean | undefined {
  const version = supabaseJsVersion(file);
  return version === undefined ? undefined : semver.gte(version, minimum);
}
