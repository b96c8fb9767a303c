// Lints this repository itself. Plain ESM JS: a .ts config would need jiti on Node 20.
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'examples/**', 'tests/fixtures/**', '**/__testfixtures__/**'],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['rules/*.ts'],
    ...eslintPlugin.configs.recommended,
  },
  {
    files: ['tests/rules/*.test.ts'],
    ...eslintPlugin.configs['tests-recommended'],
  },
);
