// The plugin object. Configs are computed from each rule's `meta.docs.recommended` and reference this
// very object, so `plugins: { 'supabase-auth': plugin }` and `extends: ['supabase-auth/recommended']`
// never see two different plugin instances ("Cannot redefine plugin").
import { createRequire } from 'node:module';
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
  strict: { 'require-dynamic-auth-page': [{ requireExplicitDynamic: true }] },
  all: { 'require-dynamic-auth-page': [{ requireExplicitDynamic: true }] },
};

const plugin = {
  meta: { name, version, namespace },
  rules,
  configs: {} as Record<Preset, Linter.Config>,
} satisfies ESLint.Plugin;

for (const preset of ['recommended', 'strict', 'all'] as const) {
  const enabled: Linter.RulesRecord = {};
  for (const [ruleName, rule] of Object.entries(rules)) {
    if (!inPreset(preset, (rule.meta?.docs as { recommended?: unknown } | undefined)?.recommended)) continue;
    const options = presetOptions[preset]?.[ruleName];
    enabled[`${namespace}/${ruleName}`] = options ? ['error', ...options] : 'error';
  }
  plugin.configs[preset] = { name: `${namespace}/${preset}`, plugins: { [namespace]: plugin }, rules: enabled };
}

export default plugin;
