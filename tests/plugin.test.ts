// Structural invariants of the plugin (eslint-plugin-unicorn's test/package.js and typescript-eslint's
// plugin-identity test): registry, docs, tests, metadata, presets, and the configs users will write.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { defineConfig } from 'eslint/config';
import { describe, expect, it } from 'vitest';
import plugin from '../index.ts';
import { docsUrl } from '../rules/utils/create-rule.ts';

const repo = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { name: string; version: string };
const ruleFiles = readdirSync(join(repo, 'rules'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));
const ruleNames = Object.keys(plugin.rules);
const recommendedOf = (name: string) => (plugin.rules[name]!.meta?.docs as { recommended?: unknown }).recommended;

const protectedPage = `import { createClient } from '@/utils/supabase/server'
import { redirect } from 'next/navigation'

export default async function Page() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  if (!session) redirect('/login')
  return <p>{session.user.email}</p>
}
`;

describe('plugin', () => {
  it('registers every rule file, in alphabetical order', () => {
    expect(ruleNames).toEqual([...ruleFiles].sort());
    expect(ruleNames).toEqual([...ruleNames].sort());
  });

  it.each(ruleFiles)('%s has a docs page, a test file and a docs URL pointing at the page', (name) => {
    expect(existsSync(join(repo, 'docs/rules', `${name}.md`))).toBe(true);
    expect(existsSync(join(repo, 'tests/rules', `${name}.test.ts`))).toBe(true);
    expect(plugin.rules[name]!.meta?.docs?.url).toBe(docsUrl(name));
    expect(plugin.rules[name]!.meta?.docs?.description).toBeTruthy();
  });

  it('reads its name and version from package.json', () => {
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'supabase-auth' });
  });

  it('references this very plugin object from every preset', () => {
    for (const config of Object.values(plugin.configs)) {
      const withPlugin = config.filter((block) => block.plugins);
      expect(withPlugin).toHaveLength(1);
      expect(withPlugin[0]!.plugins!['supabase-auth']).toBe(plugin);
    }
  });

  it('derives the presets from meta.docs.recommended', () => {
    const enabled = (preset: keyof typeof plugin.configs) =>
      Object.keys(plugin.configs[preset].find((block) => block.rules)!.rules!).map((id) => id.replace('supabase-auth/', ''));
    expect(enabled('recommended')).toEqual(ruleNames.filter((n) => recommendedOf(n) === true));
    expect(enabled('strict')).toEqual(ruleNames.filter((n) => recommendedOf(n) === true || recommendedOf(n) === 'strict'));
    expect(enabled('all')).toEqual(ruleNames);
    expect(enabled('recommended').length).toBeGreaterThan(0);
  });

  it('turns on requireExplicitDynamic in strict only', () => {
    const rulesOf = (preset: keyof typeof plugin.configs) => plugin.configs[preset].find((block) => block.rules)!.rules!;
    expect(rulesOf('recommended')['supabase-auth/require-dynamic-auth-page']).toBe('error');
    expect(rulesOf('strict')['supabase-auth/require-dynamic-auth-page']).toEqual(['error', { requireExplicitDynamic: true }]);
  });

  it('turns on reportAnonymousQueries of no-misplaced-client-factory in strict only', () => {
    const rulesOf = (preset: keyof typeof plugin.configs) => plugin.configs[preset].find((block) => block.rules)!.rules!;
    expect(rulesOf('recommended')['supabase-auth/no-misplaced-client-factory']).toBe('error');
    expect(rulesOf('strict')['supabase-auth/no-misplaced-client-factory']).toEqual(['error', { reportAnonymousQueries: true }]);
  });

  it("works as the README's three-line config on a TSX page", async () => {
    const eslint = new ESLint({ cwd: repo, overrideConfigFile: true, overrideConfig: [...plugin.configs.recommended] });
    const [result] = await eslint.lintText(protectedPage, { filePath: join(repo, 'app/dashboard/page.tsx') });
    expect(result!.messages.map((m) => m.ruleId)).toContain('supabase-auth/no-server-get-session');
    expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
  });

  it('works through defineConfig({ extends: ["supabase-auth/recommended"] })', async () => {
    const config = defineConfig({ plugins: { 'supabase-auth': plugin }, extends: ['supabase-auth/recommended'] });
    const eslint = new ESLint({ cwd: repo, overrideConfigFile: true, overrideConfig: config });
    const [result] = await eslint.lintText(protectedPage, { filePath: join(repo, 'app/dashboard/page.tsx') });
    expect(result!.messages.map((m) => m.ruleId)).toContain('supabase-auth/no-server-get-session');
  });

  it('resolves every preset for a TSX file', async () => {
    for (const preset of ['recommended', 'strict', 'all'] as const) {
      const eslint = new ESLint({ cwd: repo, overrideConfigFile: true, overrideConfig: plugin.configs[preset] });
      const config = (await eslint.calculateConfigForFile(join(repo, 'app/page.tsx'))) as { rules: Record<string, unknown> };
      expect(Object.keys(config.rules).filter((id) => id.startsWith('supabase-auth/')).length).toBeGreaterThan(0);
    }
  });
});
