// Issue 8, class 13: where `migrate` may write. Every given path's repository is checked, a path
// outside the current repository must be a clean repository of its own, links never lead a write out of
// the repository, and a folder outside git is refused unless --force.
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, git, HELPERS_PAGE, makeApp, MIDDLEWARE_NO_CONFIG, read, runCli, snapshot, writeFiles } from './helpers.ts';

const CANONICAL_LINE = "'/((?!_next/static|_next/image|favicon.ico|.*\\\\.(?:svg|png|jpg|jpeg|gif|webp)$).*)'";

/** A folder holding `web/` (a committed repository) and `other/` (a second app, a repository when asked). */
function twoApps(otherIsRepo: boolean): { parent: string; web: string; other: string } {
  const parent = makeApp({}, { git: false });
  const web = join(parent, 'web');
  const other = join(parent, 'other');
  writeFiles(web, { ...BASE, 'middleware.ts': MIDDLEWARE_NO_CONFIG });
  writeFiles(other, { ...BASE, 'middleware.ts': MIDDLEWARE_NO_CONFIG });
  for (const dir of otherIsRepo ? [web, other] : [web]) {
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'init');
  }
  return { parent, web, other };
}

describe('paths outside the current repository', () => {
  it('refuses a folder in no repository with exit 2 and a one-line reason, no stack trace', () => {
    const { web, other } = twoApps(false);
    const run = runCli(web, 'migrate', '.', '../other');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`supabase-auth: '../other' lies outside the git repository ${web} and in no repository of its own: the changes could not be reviewed or undone with git. Commit it to a repository first, or pass --force.\n`);
    expect(read(web, 'middleware.ts')).toBe(MIDDLEWARE_NO_CONFIG);
    expect(read(other, 'middleware.ts')).toBe(MIDDLEWARE_NO_CONFIG);
  });

  it('migrates a path that is a clean repository of its own', () => {
    const { web, other } = twoApps(true);
    const run = runCli(web, 'migrate', '.', '../other');
    expect(run.code).toBe(0);
    expect(read(web, 'middleware.ts')).toContain(CANONICAL_LINE);
    expect(read(other, 'middleware.ts')).toContain(CANONICAL_LINE);
  });

  it('asks every path’s repository for uncommitted changes, not only the first one', () => {
    const { web, other } = twoApps(true);
    writeFileSync(join(other, 'middleware.ts'), `${MIDDLEWARE_NO_CONFIG}// wip\n`);
    const run = runCli(web, 'migrate', '.', '../other');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('uncommitted changes in the paths to migrate:\n  ../other/middleware.ts\n');
    expect(read(web, 'middleware.ts')).toBe(MIDDLEWARE_NO_CONFIG);
  });
});

describe('symbolic links', () => {
  it('refuses a given path that is a link out of the repository', () => {
    const { web, other } = twoApps(false);
    symlinkSync(other, join(web, 'linked'));
    git(web, 'add', '-A');
    git(web, 'commit', '-qm', 'link');
    const run = runCli(web, 'migrate', 'linked');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `supabase-auth: 'linked' is a symbolic link to ${other}, outside the repository ${web}: migrate never writes through a link out of the repository. Run it on ${other} from its own repository.\n`,
    );
    expect(read(other, 'middleware.ts')).toBe(MIDDLEWARE_NO_CONFIG);
  });

  it('never writes through a linked file that points outside the paths; lists it when it has something to migrate', () => {
    const outside = makeApp({ 'page.tsx': HELPERS_PAGE, 'plain.ts': 'export const x = 1\n' }, { git: false });
    const root = makeApp({ ...BASE, 'app/real/page.tsx': HELPERS_PAGE });
    symlinkSync(join(outside, 'page.tsx'), join(root, 'app/page.tsx'));
    symlinkSync(join(outside, 'plain.ts'), join(root, 'app/plain.ts'));
    symlinkSync(join(root, 'app/real/page.tsx'), join(root, 'app/alias.tsx')); // inside: migrated once, as its target
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'links');
    const before = snapshot(outside);
    const report = JSON.parse(runCli(root, 'migrate', '--json').stdout);
    expect(snapshot(outside)).toEqual(before);
    expect(report.failed).toEqual([
      { file: 'app/page.tsx', transform: null, reason: `a symbolic link to ${join(outside, 'page.tsx')}, outside the given paths: migrate never writes through it; migrate the target itself` },
    ]);
    expect(report.files.filter((f: { status: string }) => f.status === 'changed').map((f: { file: string }) => f.file)).toEqual(['app/real/page.tsx']);
    expect(report.scanned).toBe(2);
  });
});
