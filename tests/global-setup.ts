// Builds dist/ once before the tests that run the built command (`node dist/cli/supabase-auth.js`, in
// tests/cli and tests/e2e) exactly as users do. Skipped when the run cannot include them (filters naming other test files)
// or when dist/ is newer than every source. Type errors do not stop the tests (tsc emits anyway, and
// `npm run typecheck` reports them); a build that emits nothing does.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const repo = join(import.meta.dirname, '..');
const entry = join(repo, 'dist/cli/supabase-auth.js');
const SOURCES = ['index.ts', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'core', 'rules', 'codemods', 'cli', 'scripts'];
/** Test folders whose tests run dist/. */
const BUILT_TEST_DIRS = ['tests/cli', 'tests/e2e'];

function newestSource(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === '__testfixtures__' || entry === 'node_modules') continue;
    newest = Math.max(newest, newestSource(join(path, entry)));
  }
  return newest;
}

/** Whether the positional filters of this vitest run can select a test that runs dist/. */
function selectsBuiltTests(): boolean {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('-') && !['run', 'watch', 'dev', 'related', 'bench'].includes(a));
  if (args.length === 0) return true;
  const cliTests = BUILT_TEST_DIRS.filter((dir) => existsSync(join(repo, dir))).flatMap((dir) => readdirSync(join(repo, dir)).map((f) => `${dir}/${f}`));
  // Anything that is not an existing path (an option's value, a pattern) might match: build to be safe.
  return args.some((arg) => !existsSync(arg) || cliTests.some((test) => test.includes(relative(repo, join(process.cwd(), arg)).split('\\').join('/'))));
}

export default function setup(): void {
  if (!selectsBuiltTests()) return;
  if (existsSync(entry) && statSync(entry).mtimeMs >= SOURCES.reduce((newest, s) => Math.max(newest, newestSource(join(repo, s))), 0)) return;
  try {
    execFileSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: repo, stdio: 'pipe' });
  } catch (error) {
    const output = String((error as { stdout?: Buffer }).stdout ?? '');
    if (!existsSync(entry)) throw new Error(`npm run build failed:\n${output}`);
    process.stderr.write(`tests/global-setup.ts: tsc reported errors (the CLI tests run the emitted code anyway):\n${output.slice(0, 4000)}\n`);
  }
}
