// Issue #3's bar on every fixture app (tests/fixtures/apps): `migrate` followed by `check` leaves only what
// the migration listed for review (the security rules' findings among them, their code untouched), and a
// second `migrate` changes nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { MigrateReport } from '../../cli/report.ts';
import { check, commitAll, copyExample, runCli, treeDigest } from '../../scripts/example-run.ts';

const appsDir = join(import.meta.dirname, '../fixtures/apps');
const apps = readdirSync(appsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

/**
 * The security rules no transform settles (a secret key, a client on the wrong side, a `user_metadata`
 * role, an unchecked `getClaims()`): `migrate` lists each finding for review (security-review) and leaves
 * its code as it was. `no-auth-error-string-match` is fixed where its fix is certain, listed otherwise.
 */
const SECURITY_RULES: readonly string[] = [
  'no-misplaced-client-factory',
  'no-public-secret',
  'no-service-key-in-user-client',
  'no-shared-server-client',
  'no-user-metadata-authorization',
  'require-claims-check',
];
const REVIEWED_RULES = [...SECURITY_RULES, 'no-auth-error-string-match'];

it.each(apps)('%s: migrate leaves only review items, and a second run changes nothing', (app) => {
  const workspace = copyExample(join(appsDir, app));
  /** A security finding by its rule and the text of its line: the same before and after migrate. */
  const byLine = (f: { file: string; line: number; rule: string; message: string }) =>
    `${f.file}: ${f.rule}: ${readFileSync(join(workspace.dir, f.file), 'utf8').split('\n')[f.line - 1]!.trim()}: ${f.message}`;
  try {
    const securityBefore = check(workspace.dir).filter((f) => SECURITY_RULES.includes(f.rule)).map(byLine);
    const run = runCli(['migrate', '.', '--json'], workspace.dir);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as MigrateReport;
    expect(report.failed).toEqual([]);
    expect(run.status).toBe(report.review.length > 0 ? 1 : 0);

    const after = check(workspace.dir);
    const left = after.filter((f) => !report.review.some((r) => r.file === f.file));
    expect(left).toEqual([]);
    // Every finding of the reviewed rules is on the review list, at its line, with the rule's message…
    for (const f of after.filter((f) => REVIEWED_RULES.includes(f.rule))) {
      expect(report.review).toContainEqual(expect.objectContaining({ file: f.file, line: f.line, message: `${f.message} (${f.rule})` }));
    }
    // …and migrate changed neither the security findings nor their lines.
    expect(after.filter((f) => SECURITY_RULES.includes(f.rule)).map(byLine)).toEqual(securityBefore);

    commitAll(workspace.dir, 'migrated');
    const digest = treeDigest(workspace.dir);
    runCli(['migrate', '.', '--json'], workspace.dir);
    expect(treeDigest(workspace.dir)).toBe(digest);
  } finally {
    workspace.dispose();
  }
  // Three runs of the built command, each starting a worker thread (per-file deadlines): more than the
  // default 30 s on a loaded machine.
}, 90_000);
