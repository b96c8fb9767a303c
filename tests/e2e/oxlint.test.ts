// The plugin under oxlint (a devDependency: the `oxlint` package and its native binding come from the
// registry like any package) through its ESLint-compatible JS plugin support (`jsPlugins` in .oxlintrc.json),
// on the bundled example: the same findings as ESLint (file, line, column, rule, message), with the
// plugin's settings too, and `--fix` rewrites the files exactly as `eslint --fix` does. The rules list comes from the plugin's recommended
// preset: oxlint cannot extend an ESLint flat config.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, copyExample, REPO, treeDigest, type Workspace } from '../../scripts/example-run.ts';

const PLUGIN = join(REPO, 'dist', 'index.js');
const OXLINT = join(REPO, 'node_modules', 'oxlint', 'bin', 'oxlint');

interface OxlintDiagnostic {
  message: string;
  code: string;
  filename: string;
  labels: { span: { line: number; column: number } }[];
}

/** The rules of the plugin's recommended preset, as oxlint's `rules` object. */
async function recommendedRules(): Promise<Record<string, string>> {
  const plugin = ((await import(PLUGIN)) as { default: { configs: { recommended: { rules?: Record<string, string> }[] } } }).default;
  return Object.assign({}, ...plugin.configs.recommended.map((config) => config.rules ?? {})) as Record<string, string>;
}

/** The same configuration for both linters: the recommended preset, and `settings` if given. */
async function writeConfigs(dir: string, settings: Record<string, unknown> = {}): Promise<void> {
  // `plugins: []` and `correctness: off` leave out oxlint's own rules: only this plugin's findings are compared.
  const oxlintrc = { plugins: [], categories: { correctness: 'off' }, jsPlugins: [PLUGIN], rules: await recommendedRules(), settings };
  writeFileSync(join(dir, '.oxlintrc.json'), `${JSON.stringify(oxlintrc, null, 2)}\n`);
  writeFileSync(
    join(dir, 'eslint.config.mjs'),
    `import plugin from ${JSON.stringify(PLUGIN)};\nexport default [...plugin.configs.recommended, { settings: ${JSON.stringify(settings)} }];\n`,
  );
}

/** oxlint's JSON output as `file:line:column rule message`, sorted. */
function oxlintFindings(dir: string): string[] {
  const diagnostics = (JSON.parse(oxlint(dir, ['-f', 'json', '.']).stdout) as { diagnostics: OxlintDiagnostic[] }).diagnostics;
  return diagnostics.map((d) => `${d.filename}:${d.labels[0]?.span.line}:${d.labels[0]?.span.column} ${d.code.replace(/^supabase-auth\((.*)\)$/, '$1')} ${d.message}`).sort();
}

/** ESLint's JSON output (the app's eslint.config.mjs) in the same form. */
function eslintFindings(dir: string): string[] {
  const run = spawnSync(process.execPath, [join(REPO, 'node_modules', 'eslint', 'bin', 'eslint.js'), '-f', 'json', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
  const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number; message: string }[] }[];
  return results
    .flatMap((r) => r.messages.map((m) => `${relative(dir, r.filePath).split('\\').join('/')}:${m.line}:${m.column} ${m.ruleId.replace('supabase-auth/', '')} ${m.message}`))
    .sort();
}

function oxlint(dir: string, args: readonly string[]) {
  const run = spawnSync(process.execPath, [OXLINT, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`oxlint exited ${run.status}:\n${run.stderr}${run.stdout.slice(0, 2000)}`);
  return run;
}

describe('the plugin under oxlint (jsPlugins), on the bundled example', { timeout: 120_000 }, () => {
  let linted: Workspace;
  let fixedByOxlint: Workspace;
  let fixedByEslint: Workspace;
  beforeAll(async () => {
    [linted, fixedByOxlint, fixedByEslint] = [copyExample(), copyExample(), copyExample()];
    for (const workspace of [linted, fixedByOxlint, fixedByEslint]) await writeConfigs(workspace.dir);
  });
  afterAll(() => {
    for (const workspace of [linted, fixedByOxlint, fixedByEslint]) workspace?.dispose();
  });

  it('reports what ESLint reports: file, line, column, rule and message', () => {
    const fromEslint = check(linted.dir)
      .map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`)
      .sort();
    expect(fromEslint).toHaveLength(18);
    expect(oxlintFindings(linted.dir)).toEqual(fromEslint);
  });

  it("passes settings['supabase-auth'] to the rules as ESLint does", async () => {
    await writeConfigs(linted.dir, { 'supabase-auth': { cacheComponents: true } });
    const fromOxlint = oxlintFindings(linted.dir);
    expect(fromOxlint.filter((f) => f.includes('not compatible with `nextConfig.cacheComponents`'))).toHaveLength(1);
    expect(fromOxlint).toEqual(eslintFindings(linted.dir));
  });

  it('--fix rewrites the files exactly as eslint --fix does', () => {
    const before = treeDigest(fixedByOxlint.dir);
    oxlint(fixedByOxlint.dir, ['--fix', '.']);
    const eslint = spawnSync(process.execPath, [join(REPO, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--fix', '.'], { cwd: fixedByEslint.dir, encoding: 'utf8' });
    expect(eslint.status, eslint.stderr).toBe(1);
    expect(treeDigest(fixedByOxlint.dir)).not.toBe(before);
    expect(treeDigest(fixedByOxlint.dir)).toBe(treeDigest(fixedByEslint.dir));
  });
});
