// The GitHub Actions workflow users copy (docs/ci/github-actions.yml): the SARIF job has the permission the
// upload needs and uploads the file its check step writes; the steps' shell scripts, run as Actions runs
// them (`bash -e`), upload on findings (exit 1), stop on a failed check (exit 2), and the gate job fails on
// findings. `npx supabase-auth` is this repository's built CLI, on the bundled example.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyExample, REPO, type Workspace } from '../../scripts/example-run.ts';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
interface Workflow {
  permissions: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}

const workflow = parse(readFileSync(join(REPO, 'docs', 'ci', 'github-actions.yml'), 'utf8')) as Workflow;
const CLI = join(REPO, 'dist', 'cli', 'supabase-auth.js');

describe('docs/ci/github-actions.yml', () => {
  let app: Workspace;
  let bin: string;
  beforeAll(() => {
    app = copyExample();
    bin = mkdtempSync(join(tmpdir(), 'supabase-auth-bin-'));
  });
  afterAll(() => {
    app?.dispose();
    if (bin) rmSync(bin, { recursive: true, force: true });
  });

  /** Runs a step's script as Actions does, with `npx supabase-auth` answered by `npx` (a shell script body). */
  function runStep(script: string, npx = `[ "$1" = supabase-auth ] || exit 127\nshift\nexec "${process.execPath}" "${CLI}" "$@"`) {
    writeFileSync(join(bin, 'npx'), `#!/bin/sh\n${npx}\n`);
    chmodSync(join(bin, 'npx'), 0o755);
    return spawnSync('bash', ['-e', '-c', script], { cwd: app.dir, encoding: 'utf8', env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` } });
  }

  const scanning = workflow.jobs['code-scanning']!;
  const checkStep = scanning.steps.find((s) => s.id === 'check')!;

  it('lets only the SARIF job write code scanning alerts', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(scanning.permissions?.['security-events']).toBe('write');
    expect(workflow.jobs.gate?.permissions).toBeUndefined();
  });

  it('uploads the file the check step writes, under its own category', () => {
    const upload = scanning.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(checkStep.run).toMatch(/npx supabase-auth check --format sarif > (\S+)/);
    expect(upload?.with?.sarif_file).toBe(/> (\S+)/.exec(checkStep.run!)![1]);
    expect(upload?.with?.category).toBe('supabase-auth');
  });

  it('the SARIF step succeeds on findings and leaves the log to upload', () => {
    const run = runStep(checkStep.run!);
    expect(run.status, run.stderr).toBe(0);
    const log = JSON.parse(readFileSync(join(app.dir, 'supabase-auth.sarif'), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.results).toHaveLength(18);
  });

  it('the SARIF step fails when check itself fails (exit code 2)', () => {
    expect(runStep(checkStep.run!, 'echo "supabase-auth: fatal" >&2\nexit 2').status).toBe(2);
  });

  it('the gate job fails on findings', () => {
    const gate = workflow.jobs.gate!.steps.find((s) => s.run?.includes('supabase-auth check'))!;
    expect(runStep(gate.run!).status).toBe(1);
  });
});
