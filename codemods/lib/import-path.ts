import { dirname, join, relative, resolve } from 'node:path';
import { resolveModule } from '../../core/project.ts';
import type { ProjectInfo } from './types.ts';
import { toPosix } from '../../core/source-file.ts';

const stripExtension = (file: string) => file.replace(/\.[cm]?[jt]sx?$/, '');

/**
 * The specifier `fromFile` should use to import `toFile` (both absolute): the app's alias
 * (`project.importAlias` + the path relative to the base dir, `root` or `root/src`) when it has one and
 * the target lies under the base dir, else a `./`/`../` relative path. Never an extension.
 */
export function importSpecifier(fromFile: string, toFile: string, project: ProjectInfo): string {
  const target = stripExtension(toFile);
  if (project.importAlias !== undefined) {
    const base = project.srcDir ? join(project.root, 'src') : project.root;
    const fromBase = toPosix(relative(base, target));
    if (!fromBase.startsWith('../') && fromBase !== '..') return `${project.importAlias}${fromBase}`;
  }
  const rel = toPosix(relative(dirname(fromFile), target));
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** The absolute file (without extension) `specifier` names from `fromFile`: relative, the app's alias, or tsconfig `paths`. */
export function resolveSpecifier(specifier: string, fromFile: string, project: ProjectInfo): string | undefined {
  if (specifier.startsWith('.')) return stripExtension(resolve(dirname(fromFile), specifier));
  const alias = project.importAlias;
  if (alias !== undefined && specifier.startsWith(alias)) return stripExtension(join(project.srcDir ? join(project.root, 'src') : project.root, specifier.slice(alias.length)));
  const resolved = resolveModule(specifier, fromFile, project.root);
  return resolved === undefined ? undefined : stripExtension(resolved);
}
