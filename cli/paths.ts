// Shared by `migrate` and `check`: the given paths, resolved and checked, and the folders never read.
import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** A problem with how the command was called (exit code 2, with the message). */
export class UsageError extends Error {}

/** Generated or installed code: never migrated, never linted. */
export const IGNORED_DIRS = ['**/node_modules/**', '**/.next/**', '**/dist/**'];

export interface GivenPath {
  /** As typed on the command line. */
  arg: string;
  /** Resolved against the working directory, links kept (what the user named). */
  absolute: string;
  /** With every symbolic link resolved: what is walked and written. */
  real: string;
}

/**
 * The given paths (default: the working directory). A missing path, or one that is neither a folder nor
 * a regular file (a FIFO, a socket), is a usage error.
 */
export function resolvePaths(paths: readonly string[], cwd: string): GivenPath[] {
  return (paths.length > 0 ? paths : ['.']).map((arg) => {
    const absolute = resolve(cwd, arg);
    let real: string;
    try {
      real = realpathSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'ENOENT' ? `cannot read '${arg}': no such file or directory` : `cannot read '${arg}': ${(error as Error).message}`);
    }
    const stats = statSync(real);
    if (!stats.isDirectory() && !stats.isFile()) throw new UsageError(`cannot read '${arg}': not a regular file or a folder`);
    return { arg, absolute, real };
  });
}

/** Where a command writes, and what kind of terminal it talks to. */
export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stdout is a terminal: a progress bar instead of plain lines. */
  tty: boolean;
  /** Running in CI (`CI` set): plain lines, no progress bar. */
  ci: boolean;
  color: boolean;
}
