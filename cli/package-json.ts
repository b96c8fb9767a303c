// `migrate --update-package-json`: the helpers out, `@supabase/ssr` (and `@supabase/supabase-js`) in. The
// file keeps its indentation and final newline; nothing is installed (the user runs their package manager).
import semver from 'semver';
import { AUTH_HELPERS_PACKAGES, GET_CLAIMS_MIN_SUPABASE_JS, MIGRATION_DEPENDENCY_RANGES, SUPABASE_JS_PACKAGE } from '../core/supabase.ts';

const FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;

export interface PackageJsonUpdate {
  output: string | undefined;
  notices: string[];
}

export function updatePackageJson(text: string): PackageJsonUpdate {
  let pkg: Record<string, unknown>;
  try {
    pkg = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { output: undefined, notices: ['package.json could not be read as JSON: update the Supabase dependencies by hand'] };
  }
  const notices: string[] = [];
  const deps = (field: string) => (pkg[field] && typeof pkg[field] === 'object' ? (pkg[field] as Record<string, string>) : undefined);
  let removed = false;
  for (const field of FIELDS) {
    const map = deps(field);
    if (!map) continue;
    for (const name of AUTH_HELPERS_PACKAGES) {
      if (name in map) {
        delete map[name];
        removed = true;
      }
    }
  }
  const has = (name: string) => FIELDS.some((field) => deps(field)?.[name] !== undefined);
  let added = false;
  for (const [name, range] of Object.entries(MIGRATION_DEPENDENCY_RANGES)) {
    if (has(name)) continue;
    pkg.dependencies = { ...(deps('dependencies') ?? {}), [name]: range };
    added = true;
  }
  if (added) pkg.dependencies = Object.fromEntries(Object.entries(deps('dependencies')!).sort(([a], [b]) => a.localeCompare(b)));
  // The migrated code calls auth.getClaims(): a range (or a lock) that allows older versions would crash.
  let raised = false;
  const field = FIELDS.find((f) => deps(f)?.[SUPABASE_JS_PACKAGE] !== undefined);
  const supabaseJs = field ? deps(field)![SUPABASE_JS_PACKAGE]! : undefined;
  const min = supabaseJs && semver.validRange(supabaseJs) ? semver.minVersion(supabaseJs) : null;
  if (field && min && semver.lt(min, GET_CLAIMS_MIN_SUPABASE_JS)) {
    const range = MIGRATION_DEPENDENCY_RANGES[SUPABASE_JS_PACKAGE]!;
    deps(field)![SUPABASE_JS_PACKAGE] = range;
    raised = true;
    notices.push(`${SUPABASE_JS_PACKAGE} raised from ${supabaseJs} to ${range}: the migrated code calls auth.getClaims(), added in ${GET_CLAIMS_MIN_SUPABASE_JS}. Run your package manager's install.`);
  }
  if (!removed && !added && !raised) return { output: undefined, notices };
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const output = JSON.stringify(pkg, null, indent).replace(/\n/g, eol) + (/\r?\n$/.test(text) ? eol : '');
  return { output, notices };
}
