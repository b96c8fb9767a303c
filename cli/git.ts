// The git questions `supabase-auth migrate` asks: which repository holds a path, and what is uncommitted
// there. Never throws: a missing git, or a folder git refuses (outside any repository, "dubious
// ownership"), answers with the reason.
import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import { isDirectory } from '../core/source-file.ts';

export type RepoLookup = { repo: true; root: string } | { repo: false; reason: string };

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/** The repository that holds `path` (absolute, real): its top-level folder. */
export function repositoryOf(path: string): RepoLookup {
  const cwd = isDirectory(path) ? path : dirname(path);
  try {
    return { repo: true, root: git(cwd, ['rev-parse', '--show-toplevel']).trim() };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { repo: false, reason: 'git is not installed' };
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    if (/dubious ownership/.test(stderr)) return { repo: false, reason: 'git refuses the repository (dubious ownership; see `git config safe.directory`)' };
    return { repo: false, reason: 'not inside a git repository' };
  }
}

/**
 * Uncommitted changes under `paths` (absolute, inside `root`), as paths relative to `root`. Untracked
 * files count: a migration that rewrites them could not be undone with git.
 */
export function uncommittedChanges(root: string, paths: readonly string[]): string[] {
  const output = git(root, ['status', '--porcelain', '-z', '--untracked-files=all', '--', ...paths]);
  const dirty: string[] = [];
  const fields = output.split('\0');
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (field.length < 4) continue;
    dirty.push(field.slice(3));
    if (field[0] === 'R' || field[0] === 'C') i++; // a rename is followed by its original path
  }
  return dirty;
}
