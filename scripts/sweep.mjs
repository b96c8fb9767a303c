// Sweep: runs `supabase-auth check` and `migrate` over real Next.js + Supabase apps and measures what the
// migration does to them: new `tsc` errors, findings before and after, review items, speed, a second run
// that must change nothing, and optionally `next build` before and after.
//
// Usage: npm run build && node scripts/sweep.mjs [--build] [--keep] [--out report.json]
//                                                [--step-timeout minutes] <app-dir>...
//
// Not part of CI and never run by a test: it installs packages from the registry. Every app is worked on in
// a scratch copy; the given folders are only read. Lifecycle scripts are always disabled (`--ignore-scripts`)
// and nothing from the app runs but `tsc` and, with --build, `next build` (pointed at a loopback Supabase).
// Run it with the Node the apps ask for (some pin `engines.node >= 24`); the pieces live in scripts/sweep/:
// process.mjs (child processes), app.mjs (copy, package manager, roots, versions), typecheck.mjs, build.mjs.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { detectPackageManager, findNextRoots, install, readJson, readJsonText, scratchCopy, shapeOf, versionsOf } from './sweep/app.mjs';
import { buildAll } from './sweep/build.mjs';
import { git, run, tail } from './sweep/process.mjs';
import { formatTscError, newErrors, typecheck } from './sweep/typecheck.mjs';

const REPO = resolve(import.meta.dirname, '..');
const CLI = join(REPO, 'dist/cli/supabase-auth.js');
const LINT_LIMIT_MS = 120_000;

// ---------------------------------------------------------------------------------------------------------
// supabase-auth check / migrate

/** `check --format json`: every finding, and their count per rule. */
async function check(dir, timeoutMs) {
  const result = await run(process.execPath, [CLI, 'check', '--format', 'json', '.'], { cwd: dir, timeoutMs });
  let lintResults;
  try {
    lintResults = JSON.parse(result.stdout);
  } catch {
    return { exitCode: result.code, timedOut: result.timedOut, crash: tail(result.stderr + result.stdout) };
  }
  const findings = lintResults.flatMap((r) => r.messages.map((m) => ({ file: relative(dir, r.filePath), line: m.line, rule: m.ruleId ?? 'fatal', message: m.message })));
  const byRule = {};
  for (const f of findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  return { exitCode: result.code, ms: Math.round(result.ms), count: findings.length, byRule, findings };
}

/** `migrate --update-package-json --json`: its report, plus time and the files git sees changed. */
async function migrate(dir, timeoutMs) {
  const result = await run(process.execPath, [CLI, 'migrate', '--update-package-json', '--json', '.'], { cwd: dir, timeoutMs });
  const status = await git(dir, 'status', '--porcelain', '--untracked-files=all');
  const touched = status.stdout.split('\n').filter(Boolean).map((line) => line.slice(3));
  let report = null;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    // a crash: reported below with the output's tail
  }
  const summary = {
    exitCode: result.code,
    timedOut: result.timedOut,
    ms: Math.round(result.ms),
    touched,
    ...(report ? {} : { crash: tail(result.stderr + result.stdout) }),
  };
  if (!report) return summary;
  const scanned = report.scanned;
  return {
    ...summary,
    scanned,
    msPerFile: scanned > 0 ? Number((result.ms / scanned).toFixed(2)) : null,
    changed: report.files.filter((f) => f.status === 'changed').length,
    created: report.created,
    failed: report.failed,
    review: report.review,
    notices: report.notices,
    transforms: report.transforms,
  };
}

/** Dependencies the migration added, removed or changed, per package.json it touched (before = last commit). */
async function packageJsonChanges(dir, touched) {
  const deps = (pkg) => ({ ...pkg?.devDependencies, ...pkg?.dependencies });
  const changes = [];
  for (const file of touched.filter((f) => f.endsWith('package.json'))) {
    const a = deps(readJsonText((await git(dir, 'show', `HEAD:${file}`)).stdout));
    const b = deps(readJson(join(dir, file)));
    const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((n) => a[n] !== b[n]);
    changes.push({ file, changes: names.map((n) => `${n}: ${a[n] ?? '∅'} → ${b[n] ?? '∅'}`) });
  }
  return changes;
}

// ---------------------------------------------------------------------------------------------------------
// Lint timing

/**
 * Lints the app in a child process (this script with --lint-bench), once with the parser alone and once with
 * `recommended`, as scripts/bench.js does; each cold, so both pay the same start-up, after one discarded run
 * that brings the files into the OS cache (else the first measurement pays for the disk). A run past two
 * minutes is flagged, not waited for.
 */
async function lintTiming(dir) {
  const measure = async (mode) => {
    const result = await run(process.execPath, [import.meta.filename, '--lint-bench', mode, dir], { cwd: dir, timeoutMs: LINT_LIMIT_MS });
    if (result.timedOut) return { timedOut: true };
    return readJsonText(result.stdout) ?? { crash: tail(result.stderr + result.stdout) };
  };
  await measure('parser');
  const parseOnly = await measure('parser');
  const recommended = await measure('recommended');
  const ratio = parseOnly.ms && recommended.ms ? Number((recommended.ms / parseOnly.ms).toFixed(2)) : null;
  return { parseOnly, recommended, ratio };
}

/** The child side of lintTiming: prints `{ ms, files, problems }`. */
async function lintBench(mode, dir) {
  const { ESLint } = await import('eslint');
  const { default: plugin } = await import(join(REPO, 'dist/index.js'));
  const config = mode === 'recommended' ? plugin.configs.recommended : plugin.configs.recommended.filter((block) => !block.rules);
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [{ ignores: ['**/node_modules/**', '**/.next/**', '**/dist/**'] }, ...config] });
  const start = performance.now();
  const results = await eslint.lintFiles(['.']);
  const ms = Math.round(performance.now() - start);
  console.log(JSON.stringify({ ms, files: results.length, problems: results.reduce((n, r) => n + r.messages.length, 0) }));
}

// ---------------------------------------------------------------------------------------------------------
// One app, start to end

/** Runs one step, recording its result (or its exception) under `name`; a failed step never stops the app. */
async function step(record, name, fn) {
  const start = performance.now();
  process.stderr.write(`  ${name}…`);
  try {
    record.steps[name] = await fn();
  } catch (error) {
    record.steps[name] = { crash: String(error?.stack ?? error) };
  }
  process.stderr.write(` ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  return record.steps[name];
}

async function typecheckAll(roots, dir, timeoutMs) {
  const results = {};
  for (const root of roots) results[relative(dir, root) || '.'] = await typecheck(root, dir, timeoutMs);
  return results;
}

async function sweepApp(source, options) {
  const record = { app: basename(source), source, steps: {} };
  const dir = scratchCopy(source);
  record.scratch = dir;
  const t = options.stepTimeoutMs;
  try {
    const pm = detectPackageManager(dir);
    const roots = findNextRoots(dir);
    record.packageManager = pm;
    record.roots = roots.map((root) => relative(dir, root) || '.');
    // Git first, with build output and installs excluded, so `migrate` finds a clean tree after them.
    await git(dir, 'init', '-q');
    writeFileSync(join(dir, '.git/info/exclude'), 'node_modules/\n.next/\n*.tsbuildinfo\n');
    const installed = await step(record, 'install', () => install(dir, pm, t));
    record.versions = Object.fromEntries(roots.map((root) => [relative(dir, root) || '.', versionsOf(root)]));
    record.shape = shapeOf(dir, roots, Object.values(record.versions), pm);
    if (!installed.ok) record.notes = ['install failed: tsc and build results are not meaningful'];
    const tscBefore = await step(record, 'tsc before', () => typecheckAll(roots, dir, t));
    if (options.build) await step(record, 'build before', () => buildAll(roots, dir, t, () => true));
    if (options.lint) await step(record, 'lint timing', () => lintTiming(dir));
    await step(record, 'check before', () => check(dir, t));
    await git(dir, 'add', '-A');
    await git(dir, 'commit', '-q', '--no-verify', '-m', 'before migrate');
    const migrated = await step(record, 'migrate', () => migrate(dir, t));
    migrated.packageJson = await packageJsonChanges(dir, migrated.touched ?? []);
    await git(dir, 'add', '-A');
    await git(dir, 'commit', '-q', '--no-verify', '-m', 'migrate');
    if (migrated.packageJson.length > 0) await step(record, 'reinstall', () => install(dir, pm, t));
    const tscAfter = await step(record, 'tsc after', () => typecheckAll(roots, dir, t));
    record.newTscErrors = Object.fromEntries(Object.keys(tscAfter).map((r) => [r, newErrors(tscBefore[r]?.errors ?? [], tscAfter[r]?.errors ?? []).map(formatTscError)]));
    await step(record, 'check after', () => check(dir, t));
    await git(dir, 'add', '-A');
    await git(dir, 'commit', '-q', '--no-verify', '-m', 'reinstall');
    await step(record, 'second migrate', () => migrate(dir, t));
    if (options.build) await step(record, 'build after', () => buildAll(roots, dir, t, (name) => record.steps['build before']?.[name]?.ok));
  } catch (error) {
    record.crash = String(error?.stack ?? error);
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
  return record;
}

// ---------------------------------------------------------------------------------------------------------
// Report

const count = (record, name) => Object.values(record.steps[name] ?? {}).reduce((n, r) => n + (r.errors?.length ?? 0), 0);
const buildCell = (results) => (results ? Object.values(results).map((r) => (r.skipped ? '–' : r.ok ? '✓' : r.timedOut ? '⏱' : '✗')).join(' ') : '');

function tableRow(r) {
  const s = r.steps;
  const news = Object.values(r.newTscErrors ?? {}).reduce((n, list) => n + list.length, 0);
  const second = s['second migrate'];
  const noOp = !second ? '' : second.touched?.length === 0 && !second.crash ? 'yes' : `no (${second.touched?.length ?? '?'} files)`;
  return [
    r.app,
    r.shape ?? '',
    s.migrate?.scanned ?? '',
    // After a failed reinstall `tsc` sees the old dependencies: its new errors are not the migration's alone.
    `${count(r, 'tsc before')} → +${news}${s.install && !s.install.ok ? ' (install ✗)' : s.reinstall && !s.reinstall.ok ? ' (reinstall ✗)' : ''}`,
    `${s['check before']?.count ?? '✗'} → ${s['check after']?.count ?? '✗'}`,
    s.migrate?.review?.length ?? (s.migrate?.crash ? 'crash' : ''),
    s.migrate?.msPerFile ?? '',
    `${buildCell(s['build before'])} / ${buildCell(s['build after'])}`,
    noOp,
  ];
}

function markdownTable(records) {
  const head = ['app', 'shape', 'files', 'tsc before → new after', 'findings before → after', 'review items', 'ms/file', 'build before / after', '2nd run no-op'];
  const rows = records.map(tableRow);
  return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// Main

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      build: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'no-lint': { type: 'boolean', default: false },
      out: { type: 'string' },
      'step-timeout': { type: 'string', default: '20' },
      'lint-bench': { type: 'string' },
    },
  });
  if (values['lint-bench']) return lintBench(values['lint-bench'], positionals[0]);
  if (positionals.length === 0 || !existsSync(CLI)) {
    console.error('usage: npm run build && node scripts/sweep.mjs [--build] [--keep] [--no-lint] [--out report.json] [--step-timeout minutes] <app-dir>...');
    process.exitCode = 2;
    return;
  }
  const options = { build: values.build, keep: values.keep, lint: !values['no-lint'], stepTimeoutMs: Number(values['step-timeout']) * 60_000 };
  const out = values.out ?? join(mkdtempSync(join(tmpdir(), 'sweep-report-')), 'report.json');
  const records = [];
  const start = performance.now();
  for (const app of positionals.map((p) => resolve(p))) {
    process.stderr.write(`${basename(app)}\n`);
    records.push(existsSync(join(app, 'package.json')) ? await sweepApp(app, options) : { app: basename(app), source: app, steps: {}, crash: 'no package.json' });
    // Written after every app, so an interrupted sweep still leaves what it measured.
    writeFileSync(out, JSON.stringify({ node: process.version, options, minutes: (performance.now() - start) / 60_000, apps: records }, null, 2));
  }
  console.log(markdownTable(records));
  console.log(`\nJSON report: ${out} (${((performance.now() - start) / 60_000).toFixed(1)} min)`);
}

await main();
