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
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const REPO = resolve(import.meta.dirname, '..');
const CLI = join(REPO, 'dist/cli/supabase-auth.js');
/** Never copied into the scratch copy: installed, generated, or history (a fresh `git init` replaces it). */
const SKIPPED_DIRS = new Set(['node_modules', '.next', '.git', '.turbo', '.vercel', 'dist', 'coverage']);
const NEXT_CONFIG = /^next\.config\.(js|mjs|cjs|ts|mts)$/;
/** `next build` talks to this Supabase: loopback, so nothing leaves the machine, and the values are fake. */
const BUILD_ENV = {
  NEXT_PUBLIC_SUPABASE_URL: 'http://127.0.0.1:54321',
  NEXT_PUBLIC_SUPABASE_ANON_KEY: 'sweep-dummy-anon-key',
  NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY: 'sweep-dummy-anon-key',
  SUPABASE_URL: 'http://127.0.0.1:54321',
  SUPABASE_ANON_KEY: 'sweep-dummy-anon-key',
  SUPABASE_SERVICE_ROLE_KEY: 'sweep-dummy-service-key',
  NEXT_PUBLIC_SITE_URL: 'http://127.0.0.1:3000',
  // The usual companion of Supabase in these apps, constructed at import time by route handlers.
  STRIPE_SECRET_KEY: 'sk_test_sweep_dummy',
  NEXT_TELEMETRY_DISABLED: '1',
  // Plain text in the recorded build logs.
  NO_COLOR: '1',
  FORCE_COLOR: '0',
};
const LINT_LIMIT_MS = 120_000;

// ---------------------------------------------------------------------------------------------------------
// Processes

/** Process groups of the commands running now, ended with the sweep when it is interrupted. */
const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const pid of running) killGroup(pid);
    process.exit(130);
  });
}

function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/**
 * Runs a command with a time limit. The child gets its own process group so that a timeout also ends the
 * package manager's or Next's own children (`kill(-pid)`), never anything this script did not start.
 */
function run(command, args, { cwd, env = {}, timeoutMs }) {
  return new Promise((done) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    let timedOut = false;
    running.add(child.pid);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    const finish = (code) => {
      clearTimeout(timer);
      running.delete(child.pid);
      done({ code, timedOut, ms: performance.now() - start, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    };
    child.on('error', (error) => {
      err.push(Buffer.from(String(error)));
      finish(-1);
    });
    child.on('close', (code) => finish(timedOut ? null : code));
  });
}

const tail = (text, lines = 15) => text.trim().split('\n').slice(-lines).join('\n');
const git = (cwd, ...args) => run('git', ['-c', 'user.name=sweep', '-c', 'user.email=sweep@localhost', '-c', 'core.hooksPath=/dev/null', ...args], { cwd, timeoutMs: 120_000 });

// ---------------------------------------------------------------------------------------------------------
// The app: copy, package manager, Next roots, versions

/**
 * Copies the app without node_modules (reinstalled in the copy, so `tsc` sees exactly what the app's lockfile
 * installs, before and after the migration changes package.json), build output, git history, and `.env*`
 * files other than examples: a build must not pick up real endpoints or secrets.
 */
function scratchCopy(source) {
  const dest = mkdtempSync(join(tmpdir(), `sweep-${basename(source)}-`));
  cpSync(source, dest, {
    recursive: true,
    filter: (path) => {
      const name = basename(path);
      if (SKIPPED_DIRS.has(name) && path !== source) return false;
      return !(name.startsWith('.env') && !/example|sample|template/i.test(name));
    },
  });
  return dest;
}

const readJsonText = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};
const readJson = (path) => (existsSync(path) ? readJsonText(readFileSync(path, 'utf8')) : null);

/**
 * The pnpm major that wrote the lockfile, when `packageManager` does not say: pnpm 10 reads neither a v5
 * nor a v6 lockfile as such and re-resolves every version, which is not the app the lockfile describes.
 */
function pnpmForLockfile(dir) {
  const version = /^lockfileVersion:\s*'?(\d+)/m.exec(readFileSync(join(dir, 'pnpm-lock.yaml'), 'utf8'))?.[1];
  return { 5: '7', 6: '8' }[version] ?? null;
}

/** The package manager the lockfile names, and the version `packageManager` pins. */
function detectPackageManager(dir) {
  const spec = readJson(join(dir, 'package.json'))?.packageManager ?? '';
  const pinned = (name) => (spec.startsWith(`${name}@`) ? spec.slice(name.length + 1).split('+')[0] : null);
  if (existsSync(join(dir, 'pnpm-lock.yaml'))) return { name: 'pnpm', lockfile: 'pnpm-lock.yaml', version: pinned('pnpm') ?? pnpmForLockfile(dir) };
  if (existsSync(join(dir, 'yarn.lock'))) return { name: 'yarn', lockfile: 'yarn.lock', version: pinned('yarn') };
  if (existsSync(join(dir, 'package-lock.json'))) return { name: 'npm', lockfile: 'package-lock.json', version: null };
  // bun's lockfile cannot be read by the other managers: npm resolves the ranges afresh.
  const bun = ['bun.lockb', 'bun.lock'].find((file) => existsSync(join(dir, file)));
  return { name: 'npm', lockfile: null, version: null, note: bun ? `${bun} ignored: installed with npm from the ranges` : 'no lockfile' };
}

/**
 * Install command, lifecycle scripts off. pnpm runs as the global pnpm 10 unless `packageManager` pins another
 * major (pnpm 11 refuses a project whose engines ask for it; it needs Node 22+), and never switches versions
 * by itself: its switch refuses releases whose registry signature it cannot verify. npm without a lockfile
 * of its own does not enforce peers (bun and pnpm, whose lockfiles it replaces, don't either).
 */
function installCommand(pm) {
  if (pm.name === 'pnpm') {
    const major = pm.version?.split('.')[0];
    const [cmd, pre] = major && major !== '10' ? ['npx', ['-y', `pnpm@${major}`]] : ['pnpm', []];
    return [cmd, [...pre, 'install', '--ignore-scripts', '--prefer-offline', '--config.engine-strict=false', '--config.manage-package-manager-versions=false', '--config.pm-on-fail=ignore']];
  }
  if (pm.name === 'yarn') return ['yarn', ['install', '--ignore-scripts', '--prefer-offline', '--non-interactive', '--ignore-engines']];
  return ['npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', ...(pm.lockfile ? [] : ['--legacy-peer-deps'])]];
}

async function install(dir, pm, timeoutMs) {
  const [cmd, args] = installCommand(pm);
  const result = await run(cmd, args, { cwd: dir, timeoutMs, env: { CI: '' } });
  return { command: [cmd, ...args].join(' '), ok: result.code === 0, ms: Math.round(result.ms), timedOut: result.timedOut, log: result.code === 0 ? '' : tail(result.stderr + result.stdout) };
}

/** Folders that hold a Next app: a next.config.*, or a package.json that depends on `next` next to app/ or pages/. */
function findNextRoots(dir, depth = 0) {
  if (depth > 4) return [];
  const entries = readdirSync(dir, { withFileTypes: true });
  const names = new Set(entries.map((e) => e.name));
  const pkg = names.has('package.json') ? readJson(join(dir, 'package.json')) : null;
  const dependsOnNext = Boolean(pkg?.dependencies?.next ?? pkg?.devDependencies?.next);
  const hasRoutes = ['app', 'pages', 'src'].some((d) => names.has(d));
  const roots = entries.some((e) => NEXT_CONFIG.test(e.name)) || (dependsOnNext && hasRoutes) ? [dir] : [];
  for (const entry of entries) {
    if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) roots.push(...findNextRoots(join(dir, entry.name), depth + 1));
  }
  return roots;
}

/** Resolves a package the way the app root does (workspaces hoist, pnpm links), or null. */
function resolveFrom(root, request) {
  try {
    return createRequire(join(root, 'package.json')).resolve(request);
  } catch {
    return null;
  }
}

const SUPABASE_PACKAGES = ['@supabase/auth-helpers-nextjs', '@supabase/auth-helpers-react', '@supabase/ssr', '@supabase/supabase-js'];

/** Declared ranges and installed versions of next, typescript and the Supabase packages, per app root. */
function versionsOf(root) {
  const pkg = readJson(join(root, 'package.json')) ?? {};
  const declared = { ...pkg.devDependencies, ...pkg.dependencies };
  const result = {};
  for (const name of ['next', 'typescript', ...SUPABASE_PACKAGES]) {
    const manifest = resolveFrom(root, `${name}/package.json`);
    const installed = manifest ? readJson(manifest)?.version : undefined;
    if (declared[name] || installed) result[name] = { range: declared[name] ?? null, installed: installed ?? null };
  }
  return result;
}

/** A short description of the app's shape, from its files and versions (the corpus notes say more). */
function shapeOf(dir, roots, versions, pm) {
  const parts = [pm.name];
  const first = versions[0] ?? {};
  if (first.next?.installed) parts.push(`next ${first.next.installed}`);
  for (const name of SUPABASE_PACKAGES.slice(0, 3)) {
    if (first[name]) parts.push(`${name.replace('@supabase/', '')} ${first[name].installed ?? first[name].range}`);
  }
  const routers = roots.flatMap((root) => ['app', 'src/app', 'pages', 'src/pages'].filter((d) => existsSync(join(root, d))));
  parts.push([...new Set(routers.map((d) => d.replace('src/', '')))].join('+') || 'no routes');
  if (routers.some((d) => d.startsWith('src/'))) parts.push('src/');
  if (roots.length > 1 || roots.some((root) => root !== dir)) parts.push(`monorepo (${roots.length} app${roots.length > 1 ? 's' : ''})`);
  return parts.join(', ');
}

// ---------------------------------------------------------------------------------------------------------
// tsc

const TSC_LINE = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;
const TSC_GLOBAL = /^error (TS\d+): (.*)$/;

/**
 * `file(line,col): TSxxxx message`, file relative to the scratch copy. A diagnostic's continuation lines
 * (indented) belong to its message, so a chain such as "Type X is not assignable… / Property y is missing"
 * compares as one error.
 */
function parseTsc(output, root, dir) {
  const errors = [];
  for (const line of output.split('\n')) {
    const located = TSC_LINE.exec(line);
    const global = located ? null : TSC_GLOBAL.exec(line);
    if (located) {
      const file = relative(dir, resolve(root, located[1])).split(sep).join('/');
      errors.push({ file, line: Number(located[2]), col: Number(located[3]), code: located[4], message: located[5] });
    } else if (global) {
      errors.push({ file: '', line: 0, col: 0, code: global[1], message: global[2] });
    } else if (/^\s+\S/.test(line) && errors.length > 0) {
      errors.at(-1).message += `\n${line.trimEnd()}`;
    }
  }
  return errors;
}

const formatTscError = (e) => `${e.file}(${e.line},${e.col}): ${e.code} ${e.message}`;

/** `tsc --noEmit` with the root's own tsconfig and, when installed, its own TypeScript. */
async function typecheck(root, dir, timeoutMs) {
  if (!existsSync(join(root, 'tsconfig.json'))) return { skipped: 'no tsconfig.json' };
  const ownTsc = resolveFrom(root, 'typescript/bin/tsc');
  const tsc = ownTsc ?? createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = await run(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.json', '--pretty', 'false'], { cwd: root, timeoutMs, env: { NODE_OPTIONS: '--max-old-space-size=8192' } });
  const errors = parseTsc(result.stdout, root, dir);
  const crashed = result.timedOut || (result.code !== 0 && errors.length === 0);
  return { typescript: ownTsc ? 'app' : 'sweep (app has none)', ms: Math.round(result.ms), timedOut: result.timedOut, errors, ...(crashed ? { crash: tail(result.stderr + result.stdout) } : {}) };
}

/** Errors after that are not before, matched on file + code + message (line shifts don't count), as multisets. */
function newErrors(before, after) {
  const key = (e) => `${e.file}\u0000${e.code}\u0000${e.message}`;
  const remaining = new Map();
  for (const e of before) remaining.set(key(e), (remaining.get(key(e)) ?? 0) + 1);
  return after.filter((e) => {
    const left = remaining.get(key(e)) ?? 0;
    remaining.set(key(e), left - 1);
    return left <= 0;
  });
}

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
// next build and lint timing

/**
 * `next/font/google` downloads its CSS and fonts at build time, which fails offline. Next's own tests answer
 * those requests from the module named by NEXT_FONT_GOOGLE_MOCKED_RESPONSES (a map from URL to CSS; font
 * files are then read from disk or made of the URL's bytes): this one answers any URL with one plain
 * `@font-face` per requested family, so an app's build does not fail for want of a network.
 */
function googleFontsMock() {
  const file = join(mkdtempSync(join(tmpdir(), 'sweep-fonts-')), 'google-fonts-mock.cjs');
  // URLSearchParams decodes `Roboto+Mono` to `Roboto Mono`.
  writeFileSync(file, `module.exports = new Proxy({}, {
  get: (_, url) => new URL(String(url)).searchParams.getAll('family').map((spec) => spec.split(':')[0]).map((family) =>
    "@font-face { font-family: '" + family + "'; font-style: normal; font-weight: 400; font-display: swap; " +
    "src: url(https://fonts.gstatic.com/s/sweep/" + encodeURIComponent(family) + ".woff2) format('woff2'); }").join(' '),
});
`);
  return file;
}

let fontsMock;

const ENV_EXAMPLE = /^\.env(\.[\w.]+)?\.(example|sample|template)$/;

/**
 * Every variable the app's `.env*.example` files name, with a dummy value (URLs on a closed loopback port),
 * so modules that construct a client at import time (`new Stripe(process.env.STRIPE_SECRET_KEY)`) load
 * during the build. The app's real `.env` files are not copied (see scratchCopy).
 */
function exampleEnv(...dirs) {
  const env = {};
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((n) => ENV_EXAMPLE.test(n))) {
      for (const match of readFileSync(join(dir, name), 'utf8').matchAll(/^\s*(?:export\s+)?([A-Z_][A-Z0-9_]*)\s*=/gm)) {
        env[match[1]] = /URL|URI|HOST/.test(match[1]) ? 'http://127.0.0.1:9' : 'sweep-dummy-value';
      }
    }
  }
  return env;
}

async function nextBuild(root, dir, timeoutMs) {
  const next = resolveFrom(root, 'next/dist/bin/next');
  if (!next) return { ok: false, reason: 'next is not installed' };
  fontsMock ??= googleFontsMock();
  const env = { ...exampleEnv(dir, root), ...BUILD_ENV, NEXT_FONT_GOOGLE_MOCKED_RESPONSES: fontsMock, NODE_OPTIONS: '--max-old-space-size=8192' };
  const result = await run(process.execPath, [next, 'build'], { cwd: root, timeoutMs, env });
  return { ok: result.code === 0, ms: Math.round(result.ms), timedOut: result.timedOut, ...(result.code === 0 ? {} : { log: tail(result.stdout + result.stderr, 25) }) };
}

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

/**
 * `next build` per root, one after the other (two builds at once exhaust a small machine). After the
 * migration only the roots that built before are built: a build broken before says nothing about it.
 */
async function buildAll(roots, dir, timeoutMs, wanted) {
  const results = {};
  for (const root of roots) {
    const name = relative(dir, root) || '.';
    results[name] = wanted(name) ? await nextBuild(root, dir, timeoutMs) : { skipped: 'did not build before' };
  }
  return results;
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
    `${count(r, 'tsc before')} → +${news}`,
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
