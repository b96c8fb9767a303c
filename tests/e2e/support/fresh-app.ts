// A fresh Next 16 app with the plugin installed from its `npm pack` tarball, the way a user gets it, but
// offline: `node_modules` is a hard-linked copy of this repository's (which `npm install` filled with next,
// react, @supabase/*, eslint-config-next, ESLint 10 as `eslint` and ESLint 9 as `eslint-v9`), with the
// chosen ESLint under the name `eslint` and the unpacked tarball as `eslint-plugin-supabase-auth`. A real
// tree, not symlinks, so every package resolves its dependencies (and `eslint`) from the app, as after
// `npm install`. Hard links cost no disk space; across file systems the files are copied.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { REPO } from '../../../scripts/example-run.ts';

/** `npm pack` of this repository (dist/ must be built: tests/global-setup.ts does it) into `dest`. */
export function packPlugin(dest: string): string {
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dest], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [{ filename }] = JSON.parse(out) as { filename: string }[];
  return join(dest, filename);
}

function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

export interface EslintRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface FreshApp {
  dir: string;
  /** `eslint <args>` with the app's own ESLint, in the app. */
  eslint(args: readonly string[]): EslintRun;
  /** `eslint -f json <args> .`: every message as `file:line rule (messageId)`, sorted. Throws on a crash (exit 2). */
  lint(args?: readonly string[]): string[];
  read(file: string): string;
  write(file: string, text: string): void;
  remove(file: string): void;
  dispose(): void;
}

/** `file:line rule (messageId)` for each message of ESLint's JSON output, sorted. */
export function messages(dir: string, json: string): string[] {
  const results = JSON.parse(json) as { filePath: string; messages: { ruleId: string | null; messageId?: string; line: number; message: string }[] }[];
  return results
    .flatMap((r) =>
      r.messages.map((m) => `${relative(dir, r.filePath).split('\\').join('/')}:${m.line} ${m.ruleId ? `${m.ruleId} (${m.messageId ?? '-'})` : `fatal: ${m.message}`}`),
    )
    .sort();
}

/**
 * Writes `files` (path → content) into a new app whose node_modules holds ESLint `eslintMajor` and the
 * plugin unpacked from `tarball`.
 */
export function createFreshApp(files: Record<string, string>, options: { eslintMajor: 9 | 10; tarball: string }): FreshApp {
  const dir = mkdtempSync(join(tmpdir(), `supabase-auth-fresh-eslint${options.eslintMajor}-`));
  const modules = join(dir, 'node_modules');
  const eslintSource = options.eslintMajor === 9 ? 'eslint-v9' : 'eslint';
  for (const entry of readdirSync(join(REPO, 'node_modules'))) {
    if (entry === 'eslint' || entry === 'eslint-v9' || entry.startsWith('.')) continue;
    const source = join(REPO, 'node_modules', entry);
    if (lstatSync(source).isDirectory()) linkTree(source, join(modules, entry));
  }
  linkTree(join(REPO, 'node_modules', eslintSource), join(modules, 'eslint'));
  const plugin = join(modules, 'eslint-plugin-supabase-auth');
  mkdirSync(plugin);
  execFileSync('tar', ['-xzf', options.tarball, '-C', plugin, '--strip-components=1']);

  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  for (const [file, text] of Object.entries(files)) write(file, text);

  const eslint = (args: readonly string[]): EslintRun => {
    const run = spawnSync(process.execPath, [join(modules, 'eslint', 'bin', 'eslint.js'), ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  };
  return {
    dir,
    eslint,
    lint(args = []) {
      const run = eslint(['-f', 'json', ...args, '.']);
      if (run.status !== 0 && run.status !== 1) throw new Error(`eslint exited ${run.status}:\n${run.stderr}${run.stdout.slice(0, 2000)}`);
      return messages(dir, run.stdout);
    },
    read: (file) => readFileSync(join(dir, file), 'utf8'),
    write,
    remove: (file) => rmSync(join(dir, file)),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
