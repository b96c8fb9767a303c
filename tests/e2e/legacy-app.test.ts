// The end-to-end proof on the bundled example (examples/legacy-app): the findings before the migration are
// exactly the intended ones; `migrate` leaves no auto-fixable finding and no auth-helpers import; the
// migrated app type-checks against the real next/react/@supabase types; and a second `migrate` changes
// nothing. Runs the built CLI, like a user would. The example is built and served with Next 16, before and
// after the migration, by tests/e2e/forged-cookie.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MigrateReport } from '../../cli/report.ts';
import { check, commitAll, copyExample, runCli, sourceFiles, treeDigest, typecheck, type Workspace } from '../../scripts/example-run.ts';

const before = [
  'app/account/page.tsx:5 require-dynamic-auth-page',
  'app/api/reports/route.ts:3 no-auth-helpers',
  'app/auth/callback/route.ts:3 no-auth-helpers',
  'app/components/user-menu.tsx:4 no-auth-helpers',
  'app/dashboard/page.tsx:3 no-auth-helpers',
  'app/dashboard/page.tsx:9 no-server-get-session',
  'app/layout.tsx:4 no-auth-helpers',
  'app/layout.tsx:15 no-server-get-session',
  'app/login/actions.ts:6 no-auth-helpers',
  'lib/supabase/server.ts:9 require-set-all',
  'middleware.ts:2 no-auth-helpers',
  'middleware.ts:4 require-middleware-matcher',
  'middleware.ts:9 no-server-get-session',
  'pages/api/me.ts:2 no-auth-helpers',
  'pages/billing.tsx:2 no-auth-helpers',
  'pages/profile.tsx:2 no-auth-helpers',
  'pages/profile.tsx:2 no-auth-helpers',
  'pages/profile.tsx:17 no-server-get-session',
];

describe('examples/legacy-app end to end', () => {
  let workspace: Workspace;
  let report: MigrateReport;
  let migrateStatus: number | null;

  beforeAll(() => {
    workspace = copyExample();
  });
  afterAll(() => workspace?.dispose());

  it('reports exactly the intended findings before the migration', () => {
    expect(check(workspace.dir).map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual(before);
  });

  it('migrates with --update-package-json and lists what needs review', () => {
    const run = runCli(['migrate', '.', '--json', '--update-package-json'], workspace.dir);
    migrateStatus = run.status;
    expect(run.stderr).toBe('');
    report = JSON.parse(run.stdout) as MigrateReport;
    expect(report.failed).toEqual([]);
    expect(migrateStatus).toBe(report.review.length > 0 ? 1 : 0);
  });

  it('leaves no auth-helpers import and no auto-fixable finding', () => {
    for (const file of sourceFiles(workspace.dir)) {
      expect(readFileSync(join(workspace.dir, file), 'utf8'), file).not.toMatch(/@supabase\/auth-helpers-/);
    }
    const pkg = JSON.parse(readFileSync(join(workspace.dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies).filter((d) => d.startsWith('@supabase/auth-helpers'))).toEqual([]);
    expect(pkg.dependencies['@supabase/ssr']).toBeDefined();
    // Whatever is left sits in a file the migration listed for review.
    const after = check(workspace.dir);
    const unexplained = after.filter((f) => !report.review.some((r) => r.file === f.file));
    expect(unexplained).toEqual([]);
  });

  it('type-checks the migrated app against the real next, react and @supabase types', () => {
    const result = typecheck(workspace.dir);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it('changes nothing when run a second time', () => {
    commitAll(workspace.dir, 'migrated');
    const digest = treeDigest(workspace.dir);
    const again = runCli(['migrate', '.', '--json', '--update-package-json'], workspace.dir);
    expect(again.status === 0 || again.status === 1).toBe(true);
    expect(treeDigest(workspace.dir)).toBe(digest);
  });
});
