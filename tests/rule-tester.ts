// Shared setup for the rule tests: cases marked with these language options are parsed by ESLint's own
// default parser (espree), as plain `.js`/`.jsx` files are in a project without typescript-eslint.
import * as espree from 'espree';

export const espreeOptions = {
  parser: espree,
  parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } },
} as const;
