// The project graph's cost is linear in the app: on a generated app of 2,000 files (barrels, diamonds,
// `export *` chains and cycles, a chain where each of 200 modules imports the next two), linting every
// file summarises each module at most once, scans a file's imports at most once and resolves each `(directory, specifier)` pair once. Counted, never timed.
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beginEpoch } from '../../../core/graph/epoch.ts';
import { readWorkCounts, resetWorkCounts, type WorkCounts } from '../../../core/graph/work-counters.ts';
import plugin from '../../../index.ts';
import { writeGeneratedApp } from '../../../scripts/generated-app.ts';

const max = (counts: Map<string, number>) => Math.max(0, ...counts.values());

describe('work done linting a 2,000-file generated app', () => {
  let root: string;
  let files: number;
  let results: ESLint.LintResult[];
  let counts: WorkCounts;

  beforeAll(async () => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'supabase-auth-work-')));
    files = writeGeneratedApp(root, { files: 2000 });
    beginEpoch();
    resetWorkCounts();
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: plugin.configs.recommended });
    results = await eslint.lintFiles(['.']);
    counts = readWorkCounts();
  }, 300_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lints every file', () => {
    expect(files).toBeGreaterThanOrEqual(2000);
    expect(results.length).toBe(files);
  });

  it('summarises each module at most once, and parses no file twice', () => {
    expect(counts.summaries.size).toBeGreaterThan(0);
    expect(max(counts.summaries)).toBe(1);
    expect(counts.parses).toBeLessThanOrEqual(counts.summaries.size + 10); // + next.config and Pages pages
  });

  it('scans a file for its imports at most once', () => {
    expect(counts.scans.size).toBeGreaterThan(0);
    expect(max(counts.scans)).toBe(1);
  });

  it('resolves each (directory, specifier) pair once', () => {
    expect(counts.resolutions.size).toBeGreaterThan(1000);
    expect(max(counts.resolutions)).toBe(1);
  });

  it('reports the server helper that trusts getSession(), known as server code only through its importers', () => {
    const findings = results.flatMap((r) => r.messages.map((m) => `${relative(root, r.filePath)}:${m.line} ${m.ruleId}`));
    expect(findings).toContain('lib/auth/get-session.ts:5 supabase-auth/no-server-get-session');
  });
});
