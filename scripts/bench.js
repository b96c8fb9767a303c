// The benchmark (never a timed test): how much the plugin adds to an ESLint run, as a ratio against the
// same run with the parser alone, next to @next/eslint-plugin-next's recommended rules for scale.
//
//   npm run build && node scripts/bench.js [--runs N] [--sizes 500,1000,2000,4000] [--no-migrate] [app-dir…]
//
// Targets: generated apps of the given sizes (scripts/generated-app.ts: barrels, diamonds, export * chains,
// cycles, the 200-module "each imports the next two" chain), then every app directory given. Each run is
// a fresh `node` process linting the whole app, as `eslint .` does; the three configurations run back to
// back in a rotating order, N times, and the ratios reported are the medians of the per-round ratios
// (paired runs: a busy moment slows a whole round, not one configuration). `migrate --dry` is timed on a
// generated app of 1,500 files. Prints Markdown tables for the README.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const repo = join(import.meta.dirname, '..');
const CONFIGS = ['parser', 'recommended', 'next'];

/** Child mode: lint `dir` with one configuration and print `{ files, problems }`. */
async function child(configName, dir) {
  const { ESLint } = await import('eslint');
  const { default: plugin } = await import('../dist/index.js');
  const parserOnly = plugin.configs.recommended.filter((block) => !block.rules);
  let config = parserOnly;
  if (configName === 'recommended') config = plugin.configs.recommended;
  if (configName === 'next') {
    const { default: next } = await import('@next/eslint-plugin-next');
    config = [...parserOnly, { files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'], ...next.configs.recommended }];
  }
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, ignorePatterns: ['**/node_modules/**', '**/.next/**', '**/dist/**', '**/build/**'] });
  const results = await eslint.lintFiles(['.']);
  const problems = results.reduce((n, r) => n + r.messages.filter((m) => configName !== 'next' || m.ruleId?.startsWith('@next/')).length, 0);
  process.stdout.write(JSON.stringify({ files: results.length, problems }));
}

/** One lint of `dir` in a new process: wall time, files, problems. */
function lintOnce(configName, dir) {
  const start = performance.now();
  const run = spawnSync(process.execPath, [join(import.meta.dirname, 'bench.js'), '--child', configName, dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`lint (${configName}) of ${dir} failed:\n${run.stderr}`);
  return { ms, ...JSON.parse(run.stdout) };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** N rounds of the three configurations, rotating which goes first; medians of times and of ratios. */
function measure(dir, runs) {
  const times = { parser: [], recommended: [], next: [] };
  const ratios = { recommended: [], next: [] };
  let last;
  for (let round = 0; round < runs; round++) {
    const order = CONFIGS.map((_, i) => CONFIGS[(i + round) % CONFIGS.length]);
    const got = {};
    for (const name of order) got[name] = lintOnce(name, dir);
    for (const name of CONFIGS) times[name].push(got[name].ms);
    ratios.recommended.push(got.recommended.ms / got.parser.ms);
    ratios.next.push(got.next.ms / got.parser.ms);
    last = got;
  }
  return {
    files: last.parser.files,
    parser: median(times.parser),
    recommended: median(times.recommended),
    next: median(times.next),
    ratio: median(ratios.recommended),
    ratioMax: Math.max(...ratios.recommended),
    nextRatio: median(ratios.next),
    problems: last.recommended.problems,
  };
}

/** `migrate --dry` over the whole app in a new process (as a user runs it). */
function migrateTime(dir) {
  execFileSync('git', ['init', '-q'], { cwd: dir });
  const start = performance.now();
  const run = spawnSync(process.execPath, [join(repo, 'dist/cli/supabase-auth.js'), 'migrate', '.', '--dry', '--json', '--force'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`migrate failed:\n${run.stderr}`);
  return performance.now() - start;
}

async function main(argv) {
  let runs = 5;
  let sizes = [500, 1000, 2000, 4000];
  let migrate = true;
  const apps = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') runs = Number(argv[++i]);
    else if (argv[i] === '--sizes') sizes = argv[++i].split(',').filter(Boolean).map(Number);
    else if (argv[i] === '--no-migrate') migrate = false;
    else apps.push(resolve(argv[i]));
  }
  const { writeGeneratedApp } = await import('../dist/scripts/generated-app.js');
  const rows = [];
  const temp = [];
  try {
    for (const size of sizes) {
      const dir = mkdtempSync(join(tmpdir(), `supabase-auth-bench-${size}-`));
      temp.push(dir);
      writeGeneratedApp(dir, { files: size });
      rows.push({ name: `generated, ${size} files`, ...measure(dir, runs) });
      console.error(`measured generated app of ${size} files`);
    }
    for (const dir of apps) {
      rows.push({ name: dir.split('/').slice(-1)[0], ...measure(dir, runs) });
      console.error(`measured ${dir}`);
    }
    let migrateRow;
    if (migrate) {
      const dir = mkdtempSync(join(tmpdir(), 'supabase-auth-bench-migrate-'));
      temp.push(dir);
      const files = writeGeneratedApp(dir, { files: 1500 });
      migrateRow = { files, ms: migrateTime(dir) };
    }
    const cores = cpus().length;
    console.log(`Node ${process.version}, ${cores} cores (${cpus()[0]?.model.trim()}), ${runs} paired runs per app, medians\n`);
    console.log('| app | files | parser only | recommended | ratio (max) | recommended, ms/file over parsing | @next/next recommended ratio |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows) {
      const over = (r.recommended - r.parser) / r.files;
      console.log(`| ${r.name} | ${r.files} | ${(r.parser / 1000).toFixed(2)} s | ${(r.recommended / 1000).toFixed(2)} s | ${r.ratio.toFixed(3)}× (${r.ratioMax.toFixed(3)}×) | ${over.toFixed(2)} ms | ${r.nextRatio.toFixed(3)}× |`);
    }
    if (migrateRow) {
      console.log(`\n\`migrate --dry\` on a generated app of ${migrateRow.files} source files: ${(migrateRow.ms / 1000).toFixed(2)} s, ${(migrateRow.ms / migrateRow.files).toFixed(1)} ms per file (whole process).`);
    }
  } finally {
    for (const dir of temp) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else await main(process.argv.slice(2));
