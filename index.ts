// The plugin object. Configs are computed from each rule's `meta.docs.recommended` and reference this
// very object, so `plugins: { 'supabase-auth': plugin }` and `extends: ['supabase-auth/recommended']`
// never see two different plugin instances ("Cannot redefine plugin").
import { createRequire } from 'node:module';
import tsParser from '@typescript-eslint/parser';
import type { ESLint, Linter, Rule } from 'eslint';
import { rules as ruleModules } from './rules/index.ts';

// A self-reference through `exports['./package.json']`: works from index.ts and from dist/index.js alike.
const { name, version } = createRequire(import.meta.url)('eslint-plugin-supabase-auth/package.json') as { name: string; version: string };

const namespace = 'supabase-auth';

// RuleCreator's context type is wider than ESLint's own (it still declares removed methods), so the rules
// are exposed once, here, with ESLint's type.
const rules = ruleModules as unknown as Record<string, Rule.RuleModule>;

type Preset = 'recommended' | 'strict' | 'all';

const inPreset = (preset: Preset, recommended: unknown): boolean =>
  preset === 'all' || recommended === true || (preset === 'strict' && recommended === 'strict');

/** Options a preset passes to a rule, when it differs from the rule's defaults. */
const presetOptions: Partial<Record<Preset, Record<string, unknown[]>>> = {
  strict: {
    'no-misplaced-client-factory': [{ reportAnonymousQueries: true }],
    'require-dynamic-auth-page': [{ requireExplicitDynamic: true }],
  },
  all: {
    'no-misplaced-client-factory': [{ reportAnonymousQueries: true }],
    'require-dynamic-auth-page': [{ requireExplicitDynamic: true }],
  },
};

const plugin = {
  meta: { name, version, namespace },
  rules,
  configs: {} as Record<Preset, Linter.Config[]>,
} satisfies ESLint.Plugin;

const SOURCE_FILES = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];

/**
 * Lets the presets lint a TypeScript Next app on their own (the README's three-line config). Apps that
 * already configure typescript-eslint (eslint-config-next does) get the same parser again: harmless.
 */
const languageSetup: Linter.Config[] = [
  { name: `${namespace}/typescript-parser`, files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
  { name: `${namespace}/jsx`, files: SOURCE_FILES, languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
];

for (const preset of ['recommended', 'strict', 'all'] as const) {
  const enabled: Linter.RulesRecord = {};
  for (const [ruleName, rule] of Object.entries(rules)) {
    if (!inPreset(preset, (rule.meta?.docs as { recommended?: unknown } | undefined)?.recommended)) continue;
    const options = presetOptions[preset]?.[ruleName];
    enabled[`${namespace}/${ruleName}`] = options ? ['error', ...options] : 'error';
  }
  plugin.configs[preset] = [
    ...languageSetup,
    { name: `${namespace}/${preset}`, files: SOURCE_FILES, plugins: { [namespace]: plugin }, rules: enabled },
  ];
}

export default plugin;
