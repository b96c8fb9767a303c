// The package.json side of `migrate`, per app: checked before anything is written (a file that cannot
// be edited safely stops an `--update-package-json` run with exit 2), then, after the transforms, what
// the migrated app imports and calls is compared with what it lists and runs (cli/dependency-plan.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Api } from '../core/capabilities.ts';
import { isDirectory, isFile } from '../core/source-file.ts';
import { addedApiUses, supabasePackagesIn } from './app-scan.ts';
import type { AppGroup, AppGroups } from './apps.ts';
import { planDependencies } from './dependency-plan.ts';
import { decodeSource, isInside, walkSourceFiles } from './files.ts';
import type { Ledger } from './ledger.ts';
import { readPackageJson, type PackageJson } from './package-json.ts';
import { UsageError } from './paths.ts';
import { PACKAGE_JSON_EDIT } from './report.ts';

interface PhaseOptions {
  updatePackageJson: boolean;
}

const insideAny = (file: string, paths: readonly string[]) => paths.some((p) => isDirectory(p) && isInside(file, p));

function readBytes(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Refuses (UsageError) a package.json that --update-package-json would have to rewrite but cannot read. */
export function checkPackageJsons(groups: AppGroups, options: PhaseOptions, ledger: Ledger): void {
  for (const group of groups.groups.values()) {
    const file = join(group.root, 'package.json');
    if (!isFile(file)) continue;
    const bytes = readBytes(file);
    const read = bytes === undefined ? { ok: false as const, reason: 'it cannot be read' } : readPackageJson(decodeSource(bytes).text);
    if (read.ok) continue;
    // Even outside an app: a package.json that cannot be read may be the app's own, unrecognised.
    if (options.updatePackageJson && insideAny(file, groups.paths)) {
      throw new UsageError(`${ledger.rel(file)}: ${read.reason}. Fix it, or run migrate without --update-package-json. Nothing was written.`);
    }
    ledger.note(`${ledger.rel(file)} could not be read (${read.reason}): the Supabase packages it lists and their versions are unknown.`);
  }
}

/** `@supabase/*` package → files of `group` that import it once this run's changes are applied. */
async function importsAfterRun(group: AppGroup, groups: AppGroups, ledger: Ledger): Promise<Map<string, string[]>> {
  const imports = new Map<string, string[]>();
  const files = new Set((await walkSourceFiles([group.root])).files);
  for (const file of ledger.pending().filter((p) => p.created).map((p) => p.path)) files.add(file);
  for (const file of files) {
    if (groups.of(file) !== group) continue; // a nested app or package has its own package.json
    let text = ledger.current(file);
    if (text === undefined) {
      const bytes = readBytes(file);
      text = bytes === undefined ? '' : decodeSource(bytes).text;
    }
    for (const pkg of supabasePackagesIn(text, file)) imports.set(pkg, [...(imports.get(pkg) ?? []), ledger.rel(file)]);
  }
  return imports;
}

/** Per app: the package.json edit (--update-package-json), or review items that say what to change. */
export async function planAppDependencies(groups: AppGroups, paths: readonly string[], options: PhaseOptions, ledger: Ledger): Promise<void> {
  for (const group of [...groups.groups.values()]) {
    const pkgFile = join(group.root, 'package.json');
    const bytes = isFile(pkgFile) ? readBytes(pkgFile) : undefined;
    const original = bytes === undefined ? undefined : decodeSource(bytes);
    const read = original === undefined ? undefined : readPackageJson(original.text);
    const pkg: PackageJson | undefined = read?.ok ? read.pkg : undefined;
    const updatable = options.updatePackageJson && group.isApp && pkg !== undefined && insideAny(pkgFile, paths);
    if (options.updatePackageJson && group.isApp && pkg !== undefined && !updatable) ledger.note(`${ledger.rel(pkgFile)} lies outside the given paths and was not updated.`);

    const added = new Map<Api, string[]>();
    for (const entry of ledger.pending()) {
      if (groups.of(entry.path) !== group) continue;
      for (const api of addedApiUses(entry.created ? undefined : entry.original?.text, entry.output, entry.path)) added.set(api, [...(added.get(api) ?? []), ledger.rel(entry.path)]);
    }
    const imports = await importsAfterRun(group, groups, ledger);
    const outcome = planDependencies({ info: group.info, pkg, pkgText: pkg ? original!.text : undefined, updatable, isApp: group.isApp, added, imports });
    if (outcome.output !== undefined) ledger.change(pkgFile, outcome.output, [PACKAGE_JSON_EDIT], original);
    if (pkg !== undefined) ledger.review(pkgFile, outcome.review.map((item) => ({ ...item, transform: null })));
    else for (const item of outcome.review) ledger.note(`${ledger.rel(group.root)}: ${item.message}`);
    for (const notice of outcome.notices) ledger.note(notice);
  }
}
