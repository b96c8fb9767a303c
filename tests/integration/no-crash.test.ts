// "No rule throws on any syntactically valid JS/TS/JSX/TSX file": every rule (the `all` preset, with its
// options) over every source file this repository holds — fixture apps, codemod fixtures before and after,
// the example app, and the plugin's own code — as real files, so the cross-file lookups run too.
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { expect, it } from 'vitest';
import plugin from '../../index.ts';

const repo = join(import.meta.dirname, '../..');

it('lints every source file in the repository with every rule without a crash', { timeout: 120_000 }, async () => {
  const eslint = new ESLint({
    cwd: repo,
    overrideConfigFile: true,
    overrideConfig: [{ ignores: ['node_modules/**', 'dist/**', '**/.next/**'] }, ...plugin.configs.all],
  });
  const results = await eslint.lintFiles(['.']);
  expect(results.length).toBeGreaterThan(300);
  const fatal = results.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${r.filePath}:${m.line} ${m.message}`));
  expect(fatal).toEqual([]);
});
