// The second bundled example (examples/early-ssr-app): the traps real apps showed `migrate` (issue 8). An
// existing factory with parameters, a redirecting middleware whose matcher is narrow on purpose, old
// ssr/supabase-js ranges over a lockfile that pins older still, a server helper without `next/headers`.
// Asserted like a user would judge the result: no new type errors, a `next build` that passes, the
// signed-out redirect still only where it was, only APIs the declared versions have, nothing left
// unexplained, and a second run that changes nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@typescript-eslint/typescript-estree';
import semver from 'semver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_REQUIREMENTS, apiUses, versionHas } from '../../core/capabilities.ts';
import type { MigrateReport } from '../../cli/report.ts';
import { build, check, commitAll, copyExample, EXAMPLES, runCli, sourceFiles, treeDigest, typecheck, type Workspace } from '../../scripts/example-run.ts';

const before = [
  'src/app/account/page.tsx:1 no-auth-helpers',
  'src/app/api/notes/route.ts:1 no-auth-helpers',
  'src/app/login/page.tsx:3 no-auth-helpers',
  'src/lib/current-user.ts:7 no-server-get-session',
  'src/middleware.ts:12 require-set-all',
  'src/middleware.ts:39 no-server-get-session',
  'src/utils/supabase/server.ts:10 no-service-key-in-user-client',
  'src/utils/supabase/server.ts:11 require-set-all',
];

/** tsc's error lines without positions, so an error that only moved is not a new one. */
const errorsOf = (output: string) => new Set(output.split('\n').filter((l) => /error TS\d+/.test(l)).map((l) => l.replace(/\(\d+,\d+\)/, '')));

describe('examples/early-ssr-app end to end', () => {
  let workspace: Workspace;
  let report: MigrateReport;
  let tscBefore: Set<string>;

  beforeAll(() => {
    workspace = copyExample(EXAMPLES.earlySsr);
    tscBefore = errorsOf(typecheck(workspace.dir).output);
  });
  afterAll(() => workspace?.dispose());

  it('reports exactly the intended findings before the migration', () => {
    expect(check(workspace.dir).map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual(before);
  });

  it('migrates with --update-package-json, listing what needs review', () => {
    const run = runCli(['migrate', '.', '--json', '--update-package-json'], workspace.dir);
    expect(run.stderr).toBe('');
    report = JSON.parse(run.stdout) as MigrateReport;
    expect(report.failed).toEqual([]);
    expect(run.status).toBe(report.review.length > 0 ? 1 : 0);
  });

  it('leaves every remaining finding on the review list', () => {
    const unexplained = check(workspace.dir).filter((f) => !report.review.some((r) => r.file === f.file));
    expect(unexplained).toEqual([]);
  });

  it('calls only APIs the ranges package.json now declares guarantee', () => {
    const pkg = JSON.parse(readFileSync(join(workspace.dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const file of sourceFiles(workspace.dir)) {
      const program = parse(readFileSync(join(workspace.dir, file), 'utf8'), { jsx: file.endsWith('x'), range: true });
      for (const api of apiUses(program).keys()) {
        const range = pkg.dependencies[API_REQUIREMENTS[api].package];
        const lowest = range === undefined ? undefined : semver.minVersion(range)?.version;
        expect(versionHas(api, lowest), `${file} uses ${api}; package.json allows ${range}`).toBe(true);
      }
    }
  });

  it('keeps the signed-out redirect on the paths the old matcher gave it', () => {
    const middleware = readFileSync(join(workspace.dir, 'src/middleware.ts'), 'utf8');
    const redirect = middleware.indexOf("NextResponse.redirect(new URL('/login'");
    expect(redirect).toBeGreaterThan(-1);
    const matcherKept = /matcher: \['\/dashboard\/:path\*', '\/account\/:path\*'\]/.test(middleware);
    const guarded = /if \([^\n]*pathname[^\n]*'\/dashboard'[^\n]*'\/account'/.test(middleware.slice(0, redirect));
    expect(matcherKept || guarded).toBe(true);
    // The user's explanation of the matcher survives, lines and all.
    expect(middleware).toContain('  // Only the signed-in area: the landing page, /login, the OAuth callback and the\n  // public share pages must stay reachable without a session.\n');
  });

  it('adds no type error', () => {
    const after = errorsOf(typecheck(workspace.dir).output);
    expect([...after].filter((e) => !tscBefore.has(e))).toEqual([]);
  });

  it('builds with next build', async () => {
    const result = await build(workspace.dir, { NEXT_PUBLIC_SUPABASE_URL: 'http://127.0.0.1:54321', NEXT_PUBLIC_SUPABASE_ANON_KEY: 'anon' });
    expect(result.ok, result.output.slice(-3000)).toBe(true);
  }, 600_000);

  it('changes nothing when run a second time', () => {
    commitAll(workspace.dir, 'migrated');
    const digest = treeDigest(workspace.dir);
    const again = runCli(['migrate', '.', '--json', '--update-package-json'], workspace.dir);
    expect(again.status === 0 || again.status === 1).toBe(true);
    expect(treeDigest(workspace.dir)).toBe(digest);
  });
});
