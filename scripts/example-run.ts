// The steps of the project's main job on the bundled example (examples/legacy-app): copy it somewhere
// disposable, lint it, migrate it, lint it again, type-check it, build it. `npm start` (scripts/demo.ts)
// prints them for a reader; tests/e2e/legacy-app.test.ts asserts on them. Both use these functions.
import { execFileSync, spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** The repository root, from scripts/ or dist/scripts/. */
export const REPO = (() => {
  const here = import.meta.dirname;
  return here.endsWith(join('dist', 'scripts')) ? join(here, '..', '..') : join(here, '..');
})();

export const EXAMPLE = join(REPO, 'examples', 'legacy-app');
/** The bundled examples: the auth-helpers app of the demo, and an early-ssr app with the traps of issue 8. */
export const EXAMPLES = { legacy: EXAMPLE, earlySsr: join(REPO, 'examples', 'early-ssr-app') } as const;
const CLI = join(REPO, 'dist', 'cli', 'supabase-auth.js');

export interface Workspace {
  dir: string;
  dispose(): void;
}

/**
 * Copies an app (by default the example) into a fresh temporary folder that is its own git repository (so
 * `migrate` finds a clean tree), with `node_modules` linked to this repository's: `next`, `react`,
 * `@supabase/ssr` and `@supabase/supabase-js` are pinned devDependencies here, so the migrated app
 * type-checks and builds against the real packages without a network install.
 */
export function copyExample(source = EXAMPLE): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'supabase-auth-app-'));
  cpSync(source, dir, { recursive: true, filter: (src) => !/[/\\](node_modules|\.next)([/\\]|$)/.test(src) });
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  // A linked node_modules is a file to git, which `node_modules/` patterns (directories only) miss.
  writeFileSync(join(dir, '.git', 'info', 'exclude'), 'node_modules\n.next\n');
  git('-c', 'user.name=demo', '-c', 'user.email=demo@example.invalid', 'add', '-A');
  git('-c', 'user.name=demo', '-c', 'user.email=demo@example.invalid', 'commit', '-qm', 'legacy app');
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Commits everything in the workspace, so the next `migrate` sees a clean tree. */
export function commitAll(dir: string, message: string): void {
  const opts = { cwd: dir, stdio: 'pipe' } as const;
  execFileSync('git', ['add', '-A'], opts);
  execFileSync('git', ['-c', 'user.name=demo', '-c', 'user.email=demo@example.invalid', 'commit', '-qm', message, '--allow-empty'], opts);
}

/** Runs `supabase-auth <args>` (the built CLI) in `cwd`. */
export function runCli(args: readonly string[], cwd: string, inherit = false): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    stdio: inherit ? 'inherit' : 'pipe',
    maxBuffer: 1 << 28,
    env: { ...process.env, FORCE_COLOR: inherit ? process.env.FORCE_COLOR : '0' },
  });
}

export interface Finding {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

interface EslintJsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; message: string; fatal?: boolean }[];
}

/** `supabase-auth check --format json`, as findings sorted by file and line. */
export function check(dir: string): Finding[] {
  const run = runCli(['check', '.', '--format', 'json'], dir);
  if (run.status !== 0 && run.status !== 1) throw new Error(`check failed (${run.status}): ${run.stderr}`);
  const results = JSON.parse(run.stdout) as EslintJsonResult[];
  return results
    .flatMap((r) =>
      r.messages.map((m) => ({ file: relative(dir, r.filePath).split('\\').join('/'), line: m.line, column: m.column, rule: (m.ruleId ?? 'fatal').replace('supabase-auth/', ''), message: m.message })),
    )
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
}

/** `tsc --noEmit` with this repository's TypeScript over the app's own tsconfig. */
export function typecheck(dir: string): { ok: boolean; output: string } {
  const run = spawnSync(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', dir], { cwd: dir, encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

/** The Supabase project an app is built and run against (`NEXT_PUBLIC_*` values are inlined at build time). */
export interface SupabaseEnv {
  NEXT_PUBLIC_SUPABASE_URL: string;
  NEXT_PUBLIC_SUPABASE_ANON_KEY: string;
}

/**
 * `next build` of the app with webpack: Turbopack refuses a `node_modules` that links outside the app
 * ("Could not find the Next.js package"), and the link is what keeps this offline. Asynchronous, so a
 * server in the calling process (the Auth stand-in) keeps answering during the build.
 */
export async function build(dir: string, supabase: SupabaseEnv): Promise<{ ok: boolean; output: string }> {
  const child = spawn(process.execPath, [join(REPO, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build', '--webpack'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...supabase },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return { ok: code === 0, output: output.trim() };
}

/** The app's JS/TS source files, relative to `dir` (without `node_modules`, `.next`, `.git`). */
export function sourceFiles(dir: string, sub = ''): string[] {
  return readdirSync(join(dir, sub)).flatMap((name) => {
    if (['node_modules', '.next', '.git'].includes(name)) return [];
    const rel = join(sub, name);
    return statSync(join(dir, rel)).isDirectory() ? sourceFiles(dir, rel) : /\.[jt]sx?$/.test(name) ? [rel] : [];
  });
}

/** A digest of every source file (path and content): equal digests mean nothing was changed. */
export function treeDigest(dir: string): string {
  const hash = createHash('sha256');
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      if (name === 'node_modules' || name === '.next' || name === '.git') continue;
      const rel = join(sub, name);
      if (statSync(join(dir, rel)).isDirectory()) walk(rel);
      else hash.update(rel).update('\0').update(readFileSync(join(dir, rel))).update('\0');
    }
  };
  walk('');
  return hash.digest('hex');
}
