// Reading and editing an app's package.json for `migrate --update-package-json`. A file that is not a JSON
// object, or whose dependency fields are not objects of strings, is refused before anything is written
// (exit 2): rewriting it would lose what the user wrote. The edit keeps the indentation, the line
// endings, a BOM, the final newline and the order of keys; nothing is installed.
import { DEPENDENCY_FIELDS } from '../core/dependencies.ts';

export type PackageJson = Record<string, unknown>;

export type PackageJsonRead = { ok: true; pkg: PackageJson } | { ok: false; reason: string };

const kindOf = (value: unknown) => (Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`);

/** Parses and checks `text`; the reason says what is wrong, for a message that names the file. */
export function readPackageJson(text: string): PackageJsonRead {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, reason: `it is not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: `it holds ${kindOf(value)}, not an object` };
  const pkg = value as PackageJson;
  for (const field of DEPENDENCY_FIELDS) {
    const deps = pkg[field];
    if (deps === undefined) continue;
    if (typeof deps !== 'object' || deps === null || Array.isArray(deps)) return { ok: false, reason: `\`${field}\` is ${kindOf(deps)}, not an object mapping package names to versions` };
    const bad = Object.entries(deps).find(([, range]) => typeof range !== 'string');
    if (bad) return { ok: false, reason: `\`${field}.${bad[0]}\` is ${kindOf(bad[1])}, not a version range` };
  }
  return { ok: true, pkg };
}

export interface DependencyEdit {
  /** Packages to delete from every dependency field. */
  remove: string[];
  /** Packages to add to `dependencies` (kept sorted) when no field lists them. */
  add: Record<string, string>;
  /** New ranges for packages already listed, in the field that lists them. */
  raise: Record<string, string>;
}

/** `text` with `edit` applied, or undefined when nothing changes. `text` must have passed readPackageJson. */
export function editPackageJson(text: string, edit: DependencyEdit): string | undefined {
  const read = readPackageJson(text);
  if (!read.ok) throw new Error(`package.json: ${read.reason}`);
  const pkg = read.pkg;
  const fields = () => DEPENDENCY_FIELDS.map((f) => pkg[f] as Record<string, string> | undefined).filter((d) => d !== undefined);
  let changed = false;
  for (const deps of fields()) {
    for (const name of edit.remove) {
      if (name in deps) {
        delete deps[name];
        changed = true;
      }
    }
    for (const [name, range] of Object.entries(edit.raise)) {
      if (name in deps && deps[name] !== range) {
        deps[name] = range;
        changed = true;
      }
    }
  }
  const missing = Object.entries(edit.add).filter(([name]) => !fields().some((deps) => name in deps));
  if (missing.length > 0) {
    const deps = { ...((pkg.dependencies as Record<string, string> | undefined) ?? {}), ...Object.fromEntries(missing) };
    pkg.dependencies = Object.fromEntries(Object.entries(deps).sort(([a], [b]) => a.localeCompare(b)));
    changed = true;
  }
  if (!changed) return undefined;
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  return bom + JSON.stringify(pkg, null, indent).replace(/\n/g, eol) + (/\r?\n$/.test(text) ? eol : '');
}

/** The 1-based line where `name` is listed in `text` (else where `dependencies` starts, else 1). */
export function lineOfDependency(text: string, name: string): number {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.includes(`"${name}"`));
  if (at !== -1) return at + 1;
  const deps = lines.findIndex((line) => line.includes('"dependencies"'));
  return deps === -1 ? 1 : deps + 1;
}
