// The plugin under oxlint (a devDependency: the `oxlint` package and its native binding come from the
// registry like any package) through its ESLint-compatible JS plugin support (`jsPlugins` in .oxlintrc.json),
// on the bundled example: the same findings as ESLint (file, line, column, rule, message), and `--fix`
// rewrites the files exactly as `eslint --fix` does. The rules list comes from the plugin's recommended
// preset: oxlint cannot extend an ESLint flat config.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Both linters' configs, so that the two copies differ in nothing but which linter fixed them. */
async function writeConfigs(dir: string): Promise<void> {
  // `plugins: []` and `correctness: off` leave out oxlint's own rules: only this plugin's findings are compared.
  const oxlintrc = { plugins: [], categories: { correctness: 'off' }, jsPlugins: [PLUGIN], rules: await recommendedRules() };
  writeFileSync(join(dir, '.oxlintrc.json'), `${JSON.stringify(oxlintrc, null, 2)}\n`);
  writeFileSync(join(dir, 'eslint.config.mjs'), `import plugin from ${JSON.stringify(PLUGIN)};\nexport default [...plugin.configs.recommended];\n`);
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
    const diagnostics = (JSON.parse(oxlint(linted.dir, ['-f', 'json', '.']).stdout) as { diagnostics: OxlintDiagnostic[] }).diagnostics;
    const fromOxlint = diagnostics
      .map((d) => `${d.filename}:${d.labels[0]?.span.line}:${d.labels[0]?.span.column} ${d.code.replace(/^supabase-auth\((.*)\)$/, '$1')} ${d.message}`)
      .sort();
    const fromEslint = check(linted.dir)
      .map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`)
      .sort();
    expect(fromEslint).toHaveLength(18);
    expect(fromOxlint).toEqual(fromEslint);
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
