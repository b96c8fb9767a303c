// `supabase-auth migrate`, run as built (`node dist/cli/supabase-auth.js`) on temporary git repositories.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, CANONICAL_PAGE, CANONICAL_SERVER, git, HELPERS_PAGE, makeApp, MIDDLEWARE_NARROW, MIDDLEWARE_NO_CONFIG, MIGRATED_PACKAGE_JSON, read, runCli, snapshot, writeFiles } from './helpers.ts';

const CANONICAL_LINE = "'/((?!_next/static|_next/image|favicon.ico|.*\\\\.(?:svg|png|jpg|jpeg|gif|webp)$).*)'";

describe('git safety', () => {
  it('refuses a dirty tree with exit 2 and a clear message, and writes nothing', () => {
    const root = makeApp({ ...BASE, 'middleware.ts': MIDDLEWARE_NO_CONFIG });
    writeFileSync(join(root, 'middleware.ts'), `${MIDDLEWARE_NO_CONFIG}// work in progress\n`);
    const before = snapshot(root);
    const run = runCli(root, 'migrate');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('uncommitted changes');
    expect(run.stderr).toContain('middleware.ts');
    expect(run.stderr).toContain('--force');
    expect(run.stdout).toBe('');
    expect(snapshot(root)).toEqual(before);
  });

  it('counts untracked files as dirty', () => {
    const root = makeApp({ ...BASE, 'middleware.ts': MIDDLEWARE_NO_CONFIG });
    writeFiles(root, { 'app/new/page.tsx': CANONICAL_PAGE });
    expect(runCli(root, 'migrate').code).toBe(2);
  });

  it('ignores changes outside the given paths', () => {
    const root = makeApp({ ...BASE, 'middleware.ts': MIDDLEWARE_NO_CONFIG, 'app/page.tsx': CANONICAL_PAGE });
    writeFiles(root, { 'app/page.tsx': `${CANONICAL_PAGE}// edited\n` });
    const run = runCli(root, 'migrate', 'middleware.ts');
    expect(run.code).toBe(0);
    expect(read(root, 'middleware.ts')).toContain(CANONICAL_LINE);
  });

  it('--force migrates a dirty tree', () => {
    const root = makeApp({ ...BASE, 'middleware.ts': MIDDLEWARE_NO_CONFIG });
    writeFileSync(join(root, 'README.md'), 'dirty\n');
    const run = runCli(root, 'migrate', '--force');
    expect(run.code).toBe(0);
    expect(read(root, 'middleware.ts')).toContain(CANONICAL_LINE);
  });

  it('refuses a folder outside git with exit 2, and runs there with --force and a note', () => {
    const root = makeApp({ ...BASE, 'middleware.ts': MIDDLEWARE_NO_CONFIG }, { git: false });
    const refused = runCli(root, 'migrate');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe("supabase-auth: '.' is not inside a git repository: the changes could not be reviewed or undone with git. Commit it to a repository first, or pass --force.\n");
    expect(read(root, 'middleware.ts')).toBe(MIDDLEWARE_NO_CONFIG);
    const forced = runCli(root, 'migrate', '--force');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('• . is not inside a git repository: review the changes before you deploy them.');
    expect(read(root, 'middleware.ts')).toContain(CANONICAL_LINE);
  });
});

describe('--dry', () => {
  it('writes nothing and prints a unified diff, new files included', () => {
    const root = makeApp({ ...BASE, 'middleware.ts': MIDDLEWARE_NARROW, 'app/dashboard/page.tsx': HELPERS_PAGE });
    writeFileSync(join(root, 'notes.txt'), 'a dirty tree does not matter for a dry run\n');
    const before = snapshot(root);
    const run = runCli(root, 'migrate', '--dry');
    expect(snapshot(root)).toEqual(before);
    expect(run.stdout).toContain('--- middleware.ts\n+++ middleware.ts\n@@ ');
    expect(run.stdout).toContain("-export const config = { matcher: ['/dashboard/:path*'] }");
    expect(run.stdout).toContain(`+    ${CANONICAL_LINE},`);
    expect(run.stdout).toContain('--- app/dashboard/page.tsx');
    expect(run.stdout).toContain('+  const supabase = await createClient()');
    expect(run.stdout).toContain('--- /dev/null\n+++ utils/supabase/server.ts');
    expect(run.stdout).toContain('Summary (dry run: nothing was written)');
    expect(run.stdout).toContain('Would create:');
    expect(run.code).toBe(1); // the widened matcher is a review item
  });
});

describe('files that cannot be migrated', () => {
  it('reports a file that does not parse and leaves it byte-for-byte untouched', () => {
    const broken = "import { createServerComponentClient } from '@supabase/auth-helpers-nextjs'\r\nexport default function Page( {\r\n\t\u00e9\n";
    const root = makeApp({ ...BASE, 'middleware.ts': MIDDLEWARE_NO_CONFIG, 'app/broken/page.tsx': broken });
    const run = runCli(root, 'migrate');
    expect(run.code).toBe(1);
    expect(read(root, 'app/broken/page.tsx')).toBe(broken);
    expect(run.stdout).toMatch(/Failed, left untouched \(1\):\n {2}app\/broken\/page\.tsx {2}cannot parse the file: /);
    expect(read(root, 'middleware.ts')).toContain(CANONICAL_LINE); // the rest of the app is migrated
  });
});

describe('summary and exit codes', () => {
  it('exits 0 with a summary table when nothing is left to do', () => {
    const root = makeApp({ ...BASE, 'package.json': MIGRATED_PACKAGE_JSON, 'middleware.ts': MIDDLEWARE_NO_CONFIG, 'utils/supabase/server.ts': CANONICAL_SERVER, 'app/page.tsx': CANONICAL_PAGE });
    const run = runCli(root, 'migrate');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/transform\s+│\s+scanned\s+│\s+changed\s+│\s+unchanged\s+│\s+failed\s+│\s+needs review/);
    expect(run.stdout).toMatch(/middleware-matcher\s+│\s+3\s+│\s+1\s+│\s+2\s+│\s+0\s+│\s+0/);
    // CI: one plain line per changed file instead of a progress bar.
    expect(run.stdout).toMatch(/^\[\d\/3\] changed middleware\.ts \(middleware-matcher\)$/m);
    expect(run.stdout).toContain('3 files scanned, 1 changed, 0 created, 0 review items, 0 failed.');
  });

  it('exits 1 and lists file:line when review items remain, also on the next run', () => {
    const root = makeApp({ ...BASE, 'middleware.ts': MIDDLEWARE_NARROW });
    const first = runCli(root, 'migrate');
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/Needs review \(1\):\n {2}middleware\.ts:9 {2}the previous matcher was \['\/dashboard\/:path\*'\]/);
    git(root, 'commit', '-qam', 'migrated');
    const second = runCli(root, 'migrate');
    expect(second.code).toBe(1);
    expect(second.stdout).toContain('Still open from an earlier run (1):\n  middleware.ts:9  the previous matcher was');
    expect(second.stdout).toContain('0 changed');
  });

  it('changes nothing the second time', () => {
    const root = makeApp({ ...BASE, 'middleware.ts': MIDDLEWARE_NO_CONFIG, 'app/dashboard/page.tsx': HELPERS_PAGE });
    runCli(root, 'migrate');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'migrated');
    const after = snapshot(root);
    const again = runCli(root, 'migrate', '--json');
    expect(JSON.parse(again.stdout).files.filter((f: { status: string }) => f.status === 'changed')).toEqual([]);
    expect(snapshot(root)).toEqual(after);
  });

  it('exits 2 on an unknown option, listing nothing on stdout', () => {
    const root = makeApp(BASE);
    const run = runCli(root, 'migrate', '--frobnicate');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--frobnicate'");
  });

  it('documents the exit codes in --help', () => {
    const run = runCli(makeApp(BASE), 'migrate', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Exit codes:\n {2}0 {2}done.*\n {2}1 {2}migrate: review items remain[\s\S]*\n {2}2 {2}usage error/);
  });
});

describe('--json', () => {
  it('prints one JSON document and nothing else on stdout', () => {
    const root = makeApp({ ...BASE, 'middleware.ts': MIDDLEWARE_NARROW, 'app/dashboard/page.tsx': HELPERS_PAGE, 'app/broken.tsx': "import { createClient } from '@/utils/supabase/server'\nexport default (" });
    const run = runCli(root, 'migrate', '--json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report).sort()).toEqual(['command', 'created', 'dry', 'exitCode', 'failed', 'files', 'moved', 'notices', 'review', 'roots', 'scanned', 'skipped', 'transforms'].sort());
    expect(report).toMatchObject({ command: 'migrate', dry: false, roots: ['.'], scanned: 3, exitCode: 1 });
    expect(Object.keys(report.transforms)).toEqual(['auth-helpers-to-ssr', 'cookies-get-all-set-all', 'await-cookies', 'get-session-to-get-claims', 'middleware-session', 'middleware-matcher', 'dynamic-auth-pages', 'security-review']);
    expect(report.transforms['middleware-matcher']).toEqual({ scanned: 3, changed: 1, unchanged: 1, failed: 1, review: 1 });
    expect(report.review).toContainEqual({ file: 'middleware.ts', line: 9, message: expect.stringContaining('the previous matcher was'), transform: 'middleware-matcher', existing: false });
    expect(report.failed).toEqual([{ file: 'app/broken.tsx', transform: null, reason: expect.stringContaining('cannot parse the file') }]);
    expect(report.created).toContainEqual({ file: 'utils/supabase/server.ts', role: 'server factory' });
    expect(report.notices).toContainEqual(expect.stringContaining('Users will be signed out once'));
    expect(report.files).toContainEqual({ file: 'middleware.ts', status: 'changed', transforms: ['middleware-matcher'], review: 1 });
    expect(report.files).toContainEqual(expect.objectContaining({ file: 'app/dashboard/page.tsx', status: 'changed' }));
    expect(report.files).toContainEqual(expect.objectContaining({ file: 'app/broken.tsx', status: 'failed' }));
  });

  it('includes each diff with --dry', () => {
    const root = makeApp({ ...BASE, 'middleware.ts': MIDDLEWARE_NO_CONFIG });
    const report = JSON.parse(runCli(root, 'migrate', '--json', '--dry').stdout);
    expect(report.dry).toBe(true);
    expect(report.files[0]).toMatchObject({ file: 'middleware.ts', status: 'changed', diff: expect.stringContaining('+export const config = {') });
  });
});

describe('--only', () => {
  it('runs only the named transforms', () => {
    const root = makeApp({ ...BASE, 'middleware.ts': MIDDLEWARE_NO_CONFIG, 'app/dashboard/page.tsx': HELPERS_PAGE });
    const run = runCli(root, 'migrate', '--only', 'middleware-matcher', '--json');
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report.transforms)).toEqual(['middleware-matcher']);
    expect(read(root, 'middleware.ts')).toContain(CANONICAL_LINE);
    expect(read(root, 'app/dashboard/page.tsx')).toBe(HELPERS_PAGE);
    expect(report.created).toEqual([]);
  });

  it('rejects an unknown transform with exit 2, listing the valid names', () => {
    const root = makeApp(BASE);
    const run = runCli(root, 'migrate', '--only', 'middleware-matcher,nope');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown transform 'nope' for --only; valid names: auth-helpers-to-ssr, cookies-get-all-set-all, await-cookies, get-session-to-get-claims, middleware-session, middleware-matcher, dynamic-auth-pages, security-review");
  });
});

describe('paths', () => {
  it('exits 2 with a clear error for a path that cannot be read', () => {
    const root = makeApp(BASE);
    const run = runCli(root, 'migrate', 'does/not/exist');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("supabase-auth: cannot read 'does/not/exist': no such file or directory\n");
  });

  it('reads and writes only inside the given paths', () => {
    const root = makeApp({ ...BASE, 'middleware.ts': MIDDLEWARE_NO_CONFIG, 'app/dashboard/page.tsx': HELPERS_PAGE, 'app/other/page.tsx': HELPERS_PAGE });
    const run = runCli(root, 'migrate', 'app/dashboard', '--json');
    const report = JSON.parse(run.stdout);
    expect(read(root, 'app/dashboard/page.tsx')).not.toBe(HELPERS_PAGE);
    expect(read(root, 'app/other/page.tsx')).toBe(HELPERS_PAGE);
    expect(read(root, 'middleware.ts')).toBe(MIDDLEWARE_NO_CONFIG);
    expect(report.scanned).toBe(1);
    // The server factory belongs outside app/dashboard: not created, listed for review instead.
    expect(snapshot(root)['utils/supabase/server.ts']).toBeUndefined();
    expect(report.created).toEqual([]);
    expect(report.review).toContainEqual(expect.objectContaining({ file: 'utils/supabase/server.ts', line: 1, message: expect.stringContaining('outside the paths given to migrate') }));
    expect(run.code).toBe(1);
  });

  it('skips node_modules, .next, dist and git-ignored folders', () => {
    const files: Record<string, string> = { ...BASE, 'middleware.ts': MIDDLEWARE_NO_CONFIG };
    for (const dir of ['node_modules/pkg', '.next/server', 'dist', 'ignored-by-git']) files[`${dir}/page.tsx`] = HELPERS_PAGE;
    const root = makeApp(files);
    const report = JSON.parse(runCli(root, 'migrate', '--json', '--force').stdout);
    expect(report.scanned).toBe(1);
    for (const dir of ['node_modules/pkg', '.next/server', 'dist', 'ignored-by-git']) expect(read(root, `${dir}/page.tsx`)).toBe(HELPERS_PAGE);
  });
});

describe('larger apps', () => {
  it('migrates on worker threads with the same results', () => {
    const files: Record<string, string> = { ...BASE, 'middleware.ts': MIDDLEWARE_NO_CONFIG, 'utils/supabase/server.ts': CANONICAL_SERVER };
    for (let i = 0; i < 30; i++) files[`app/page-${i}/page.tsx`] = HELPERS_PAGE;
    const root = makeApp(files);
    const run = runCli(root, 'migrate', '--json');
    const report = JSON.parse(run.stdout);
    expect(report.scanned).toBe(32);
    expect(report.transforms['auth-helpers-to-ssr']).toMatchObject({ changed: 30, failed: 0 });
    expect(report.transforms['middleware-matcher']).toMatchObject({ changed: 1, failed: 0 });
    expect(read(root, 'app/page-29/page.tsx')).toContain("import { createClient } from '@/utils/supabase/server'");
  });
});

describe('--update-package-json', () => {
  it('removes the helpers and adds @supabase/ssr', () => {
    const root = makeApp({ ...BASE, 'app/dashboard/page.tsx': HELPERS_PAGE });
    runCli(root, 'migrate', '--update-package-json');
    const pkg = JSON.parse(read(root, 'package.json'));
    expect(pkg.dependencies['@supabase/auth-helpers-nextjs']).toBeUndefined();
    // the line made for the app's supabase-js 2.45 (0.7.0), not the newest release (issue 8, class B)
    expect(pkg.dependencies['@supabase/ssr']).toBe('^0.7.0');
    // The migrated page calls nothing that 2.45 lacks (no getClaims()): the range stays.
    expect(pkg.dependencies['@supabase/supabase-js']).toBe('^2.45.0');
  });

  it('keeps a supabase-js range that already has getClaims()', () => {
    const root = makeApp({ ...BASE, 'app/dashboard/page.tsx': HELPERS_PAGE });
    const original = JSON.parse(read(root, 'package.json'));
    original.dependencies['@supabase/supabase-js'] = '~2.50.0';
    writeFileSync(join(root, 'package.json'), JSON.stringify(original, null, 2) + '\n');
    git(root, 'commit', '-qam', 'pin supabase-js');
    runCli(root, 'migrate', '--update-package-json');
    expect(JSON.parse(read(root, 'package.json')).dependencies['@supabase/supabase-js']).toBe('~2.50.0');
  });
});
