// Which app each file belongs to: its nearest Next app root (core/project.ts `findAppRoot`, which knows
// that a monorepo's workspace root listing `next` only to hoist it is no app). Files outside every app (a
// shared package) are grouped by their own package folder and marked: the runner creates no factory there
// and never edits that package.json.
import { dirname, join } from 'node:path';
import { buildProjectInfo } from '../codemods/lib/project-info.ts';
import type { ProjectInfo } from '../codemods/lib/types.ts';
import { findAppRoot } from '../core/project.ts';
import { isDirectory, isFile } from '../core/source-file.ts';
import { isInside } from './files.ts';

export interface AppGroup {
  /** Absolute root: the app root, or for files outside any app the nearest folder with a package.json. */
  root: string;
  /** A Next app. False: a shared package or a plain folder, where transforms that need an app may not write. */
  isApp: boolean;
  info: ProjectInfo;
}

export interface GroupOptions {
  strict: boolean;
  /** `--update-package-json`: an app whose package.json lies inside the given paths may have it raised. */
  updatePackageJson: boolean;
}

/** The Next app `file` belongs to, or undefined. */
export const appRootOf = (file: string): string | undefined => findAppRoot(dirname(file));

/** The nearest folder at or above `file` with a package.json; else the given path holding it. */
function packageRootOf(file: string, paths: readonly string[]): string {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (isFile(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) break;
  }
  return paths.find((p) => isInside(file, p) && isDirectory(p)) ?? dirname(file);
}

export class AppGroups {
  readonly groups = new Map<string, AppGroup>();
  readonly #of = new Map<string, AppGroup>();

  constructor(
    readonly paths: readonly string[],
    readonly options: GroupOptions,
  ) {}

  /** The group of `file` (absolute), created on first use. */
  of(file: string): AppGroup {
    const known = this.#of.get(file);
    if (known) return known;
    const app = appRootOf(file);
    const root = app ?? packageRootOf(file, this.paths);
    let group = this.groups.get(root);
    if (!group) {
      const pkgFile = join(root, 'package.json');
      const upgradable = this.options.updatePackageJson && app !== undefined && isFile(pkgFile) && this.paths.some((p) => isDirectory(p) && isInside(pkgFile, p));
      const info = buildProjectInfo(root, { upgradable });
      group = { root, isApp: app !== undefined, info: this.options.strict ? { ...info, strict: true } : info };
      this.groups.set(root, group);
    }
    this.#of.set(file, group);
    return group;
  }
}
