// Issue 8, class D: `check` counts only this plugin's findings and parse errors — ESLint's own messages about
// the app's lint comments (ESLint 10 rejects `/* eslint-env */` as a fatal error) are set aside with a note —
// and a UTF-16 file is listed as skipped with its reason by `check` and `migrate`, never failed or rewritten.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, git, HELPERS_PAGE, makeApp, runCli } from './helpers.ts';

const UTF16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("export const label = 'é'\n", 'utf16le')]);

function app(): string {
  const root = makeApp({
    ...BASE,
    'app/env.ts': "/* eslint-env node */\nexport const port = Number(process.env.PORT ?? '3000')\n",
    'app/lint-comments.ts': "// eslint-disable-next-line react-hooks/exhaustive-deps\n/* eslint no-console: 'error' */\nconsole.log('ready')\n",
  });
  writeFileSync(join(root, 'app/label.ts'), UTF16);
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'utf-16 file');
  return root;
}

describe('check', () => {
  it('ignores ESLint messages about the app\'s own lint comments, with a note, and skips UTF-16 files', () => {
    const root = app();
    const run = runCli(root, 'check', '.');
    expect(run.stdout).toBe('');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('supabase-auth check: skipped app/label.ts: UTF-16 LE (BOM FF FE) text: not checked or migrated');
    expect(run.stderr).toContain('ignored 1 ESLint message about the app\'s own lint comments, not about Supabase auth (e.g. app/env.ts:1 "/* eslint-env */ comments are no longer supported.")');
  });

  it('still reports our findings next to an /* eslint-env */ comment, and parse errors', () => {
    const root = makeApp({ ...BASE, 'app/dashboard/page.tsx': `/* eslint-env browser */\n${HELPERS_PAGE}`, 'app/broken.ts': 'export const = \n' });
    const run = runCli(root, 'check', '.', '--format', 'json');
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string | null; message: string }[] }[];
    const byFile = Object.fromEntries(results.map((r) => [r.filePath.slice(root.length + 1), r.messages.map((m) => m.ruleId ?? m.message.split(':')[0])]));
    expect(byFile['app/dashboard/page.tsx']).toContain('supabase-auth/no-auth-helpers');
    expect(byFile['app/dashboard/page.tsx']).not.toContain(null);
    expect(byFile['app/broken.ts']).toEqual(['Parsing error']);
    expect(run.code).toBe(1);
  });
});

describe('migrate', () => {
  it('lists a UTF-16 file as skipped with its reason, and leaves its bytes alone', () => {
    const root = app();
    writeFileSync(join(root, 'app/label.ts'), Buffer.concat([UTF16, Buffer.from('\n// supabase createServerClient\n', 'utf16le')]));
    git(root, 'commit', '-qam', 'mentions supabase');
    const before = readFileSync(join(root, 'app/label.ts'));
    const run = runCli(root, 'migrate', '.', '--json');
    const report = JSON.parse(run.stdout);
    expect(report.skipped).toEqual([{ file: 'app/label.ts', reason: expect.stringMatching(/^UTF-16 LE \(BOM FF FE\) text: not checked or migrated/) }]);
    expect(report.failed).toEqual([]);
    expect(readFileSync(join(root, 'app/label.ts')).equals(before)).toBe(true);
    expect(run.code).toBe(0);
    const text = runCli(root, 'migrate', '.');
    expect(text.stdout).toMatch(/Skipped \(1\):\n {2}app\/label\.ts {2}UTF-16 LE/);
    expect(text.stdout).toContain('0 failed, 1 skipped.');
  });
});
