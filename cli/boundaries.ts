// Where `supabase-auth migrate` may write: only files a git repository can show and undo. Every given
// path is checked, not just the first:
// - a path inside the current repository (the one holding the working directory) is fine, unless a
//   symbolic link takes it out of the repository: then it is refused;
// - a path outside the current repository must be a repository of its own;
// - a path in no repository at all (or git missing) is refused unless --force;
// - uncommitted changes in the given paths, in any of their repositories, refuse the run unless --force.
// `--dry` writes nothing, so none of this applies to it.
import { realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { toPosix } from '../core/source-file.ts';
import { isInside } from './files.ts';
import { repositoryOf, uncommittedChanges } from './git.ts';
import { UsageError, type GivenPath } from './paths.ts';

export interface BoundaryOptions {
  force: boolean;
  dry: boolean;
}

/** Throws a UsageError (exit 2) when the run may not write; returns notes for the summary otherwise. */
export function checkBoundaries(given: readonly GivenPath[], cwd: string, options: BoundaryOptions): string[] {
  if (options.dry) return [];
  const realCwd = realpathSync(cwd);
  const rel = (path: string) => toPosix(relative(realCwd, path)) || '.';
  const current = repositoryOf(realCwd);
  const notes: string[] = [];
  const byRepo = new Map<string, string[]>(); // repository root → real paths to check for changes

  for (const path of given) {
    const named = resolve(realCwd, path.arg);
    if (current.repo && isInside(named, current.root) && !isInside(path.real, current.root)) {
      throw new UsageError(
        `'${path.arg}' is a symbolic link to ${path.real}, outside the repository ${current.root}: migrate never writes through a link out of the repository. Run it on ${path.real} from its own repository.`,
      );
    }
    const own = current.repo && isInside(path.real, current.root) ? current : repositoryOf(path.real);
    if (own.repo) {
      byRepo.set(own.root, [...(byRepo.get(own.root) ?? []), path.real]);
      continue;
    }
    const where = current.repo
      ? `lies outside the git repository ${current.root} and in no repository of its own`
      : own.reason === 'not inside a git repository' ? 'is not inside a git repository' : `cannot be checked with git (${own.reason})`;
    if (!options.force) {
      throw new UsageError(`'${path.arg}' ${where}: the changes could not be reviewed or undone with git. Commit it to a repository first, or pass --force.`);
    }
    notes.push(`${rel(path.real)} ${where}: review the changes before you deploy them.`);
  }

  const dirty: string[] = [];
  for (const [root, paths] of byRepo) {
    try {
      dirty.push(...uncommittedChanges(root, paths).map((file) => rel(resolve(root, file))));
    } catch (error) {
      const reason = String((error as { stderr?: unknown }).stderr ?? (error as Error).message).trim().split('\n')[0];
      throw new UsageError(`git could not tell whether ${rel(root)} has uncommitted changes: ${reason}`);
    }
  }
  if (dirty.length > 0 && !options.force) {
    const shown = dirty.slice(0, 10).map((f) => `  ${f}`).join('\n');
    throw new UsageError(
      `the git tree has uncommitted changes in the paths to migrate:\n${shown}${dirty.length > 10 ? `\n  … and ${dirty.length - 10} more` : ''}\n` +
        'Commit or stash them first, so the migration can be reviewed with `git diff` and undone; or pass --force.',
    );
  }
  return notes;
}
