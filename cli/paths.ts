// Shared by `migrate` and `check`: the given paths, resolved and checked, and the folders never read.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDirectory, isFile } from '../core/source-file.ts';

/** A problem with how the command was called (exit code 2, with the message). */
export class UsageError extends Error {}

/** Generated or installed code: never migrated, never linted. */
export const IGNORED_DIRS = ['**/node_modules/**', '**/.next/**', '**/dist/**'];

/** The given paths (default: the working directory), absolute; a missing or unreadable one is a usage error. */
export function resolvePaths(paths: readonly string[], cwd: string): string[] {
  return (paths.length > 0 ? paths : ['.']).map((p) => {
    const absolute = resolve(cwd, p);
    if (!isDirectory(absolute) && !isFile(absolute)) throw new UsageError(`cannot read '${p}': no such file or directory`);
    if (isFile(absolute)) {
      try {
        readFileSync(absolute);
      } catch (error) {
        throw new UsageError(`cannot read '${p}': ${(error as Error).message}`);
      }
    }
    return absolute;
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
