import { ESLintUtils } from '@typescript-eslint/utils';

export interface PluginDocs {
  /** `true`: in `recommended` (and so in `strict`); `'strict'`: only in `strict`. */
  recommended?: boolean | 'strict';
  requiresTypeChecking?: false;
}

export const docsUrl = (name: string): string =>
  `https://github.com/supabase-community/eslint-plugin-supabase-auth/blob/main/docs/rules/${name}.md`;

export const createRule = ESLintUtils.RuleCreator<PluginDocs>(docsUrl);
