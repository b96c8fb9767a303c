// The dirty-tree check of `supabase-auth migrate`: a migration must be reviewable (and revertible) with
// git, so uncommitted changes in the paths it may write refuse the run unless `--force`.
import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import { isDirectory } from '../core/source-file.ts';

export type GitState =
  | { repo: false; reason: string }
  | { repo: true; root: string; dirty: string[] };

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/**
 * `git status --porcelain` for `paths` (absolute), run in the repository that holds the first of them.
 * Untracked files count as dirty: a migration that rewrites them could not be undone with git.
 */
export function gitState(paths: readonly string[]): GitState {
  const first = paths[0]!;
  const cwd = isDirectory(first) ? first : dirname(first);
  let root: string;
  try {
    root = git(cwd, ['rev-parse', '--show-toplevel']).trim();
  } catch (error) {
    const message = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'git is not installed' : 'not inside a git repository';
    return { repo: false, reason: message };
  }
  const output = git(cwd, ['status', '--porcelain', '--untracked-files=all', '--', ...paths]);
  const dirty = output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.slice(3));
  return { repo: true, root, dirty };
}
