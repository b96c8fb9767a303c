// When the project graph re-checks the file system. Within one epoch every file, directory and module
// is looked at once (one stat each) and trusted after that; a new epoch re-validates each of them by
// mtime and size the next time it is needed, and recomputes only what changed. No clock is involved.
//
// An epoch ends when a file is linted a second time: a CLI run lints each file once (one epoch for the
// whole run, whatever its length), an editor re-lints the open file on every change (a new epoch each
// time, so a wrapper edited in another tab, a changed next.config or a new proxy.ts is seen at the next
// lint), and `eslint --fix` re-lints a fixed file (its next pass sees its own new content). Tools that
// write files themselves (the `migrate` runner) start a new epoch explicitly after writing.

let current = 0;
const lintedThisEpoch = new Set<string>();
const programsSeen = new WeakSet<object>();

export const currentEpoch = (): number => current;

export function beginEpoch(): void {
  current++;
  lintedThisEpoch.clear();
}

/**
 * Called for every lint of `file` with the AST ESLint built for it (several rules call it for the same
 * AST; only the first call of a new AST counts as a lint).
 */
export function noteLint(file: string, program: object): void {
  if (programsSeen.has(program)) return;
  programsSeen.add(program);
  if (lintedThisEpoch.has(file)) beginEpoch();
  lintedThisEpoch.add(file);
}
