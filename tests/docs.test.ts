// Every code example in docs/rules/*.md is linted with its rule (typescript-eslint's docs test): blocks
// under a "❌ Incorrect" heading must be reported, blocks under "✅ Correct" must not. A block's first line
// names the file it stands for (`// app/dashboard/page.tsx`); optional following lines
// `// settings: {…}` and `// options: […]` give `settings['supabase-auth']` and the rule's options.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../index.ts';

const docsDir = join(import.meta.dirname, '../docs/rules');
const VIRTUAL_ROOT = '/virtual-app';

interface Example {
  kind: 'incorrect' | 'correct';
  file: string;
  code: string;
  settings: Record<string, unknown>;
  options: unknown[];
}

function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  let kind: Example['kind'] | undefined;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^#{2,4} /.test(line)) kind = line.includes('❌') ? 'incorrect' : line.includes('✅') ? 'correct' : undefined;
    const fence = /^```(tsx?|jsx?)\s*$/.exec(line);
    if (!fence || !kind) continue;
    const end = lines.indexOf('```', i + 1);
    const code = lines.slice(i + 1, end).join('\n');
    i = end;
    const header = /^\/\/ (\S+\.[cm]?[jt]sx?)$/.exec(code.split('\n')[0] ?? '');
    if (!header) throw new Error(`a ${kind} example does not start with "// <file path>":\n${code}`);
    const meta = (name: string) => /^\/\/ (\w+): (.*)$/m.exec(code.split('\n').slice(1, 3).find((l) => l.startsWith(`// ${name}:`)) ?? '')?.[2];
    examples.push({ kind, file: header[1]!, code, settings: JSON.parse(meta('settings') ?? '{}'), options: JSON.parse(meta('options') ?? '[]') });
  }
  return examples;
}

const docs = readdirSync(docsDir).filter((f) => f.endsWith('.md'));

describe.each(docs)('docs/rules/%s', (doc) => {
  const rule = doc.replace(/\.md$/, '');
  const markdown = readFileSync(join(docsDir, doc), 'utf8');
  const examples = examplesOf(markdown);

  it('has the required sections and at least one example of each kind', () => {
    for (const heading of ['## Examples', '## When Not To Use It']) expect(markdown).toContain(heading);
    expect(examples.some((e) => e.kind === 'incorrect')).toBe(true);
    expect(examples.some((e) => e.kind === 'correct')).toBe(true);
  });

  it.each(examples.map((e, i) => [`${e.kind} #${i + 1} (${e.file})`, e] as const))('%s', (_title, example) => {
    const linter = new Linter({ cwd: VIRTUAL_ROOT });
    const messages = linter.verify(
      example.code,
      [
        {
          files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
          languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
          plugins: { 'supabase-auth': plugin },
          settings: { 'supabase-auth': example.settings },
          rules: { [`supabase-auth/${rule}`]: ['error', ...example.options] },
        },
      ],
      join(VIRTUAL_ROOT, example.file),
    );
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    if (example.kind === 'incorrect') expect(messages.filter((m) => m.ruleId === `supabase-auth/${rule}`).length).toBeGreaterThan(0);
    else expect(messages.map((m) => m.message)).toEqual([]);
  });
});
