// Parsing files of the app that ESLint is not linting right now (a wrapper factory read from a page, the
// routes a middleware matcher must cover). oxc-parser produces the same ESTree/TS-ESTree shapes as
// typescript-estree about ten times faster (0.12 ms against 1.2 ms a file here), which keeps reading other
// files a small fraction of a lint run. A file oxc rejects is given to typescript-estree, the parser ESLint
// itself uses with this plugin, before we call it unreadable.
import { parse as parseWithTypescriptEstree, type TSESTree } from '@typescript-eslint/typescript-estree';
import { parseSync } from 'oxc-parser';
import { countParse } from './work-counters.ts';

/** `.ts` files cannot hold JSX (so `<T>value` casts parse); `.js` files often do in Next apps. */
function languageOf(file: string): 'ts' | 'tsx' | 'jsx' {
  if (/\.[mc]?ts$/.test(file)) return 'ts';
  if (file.endsWith('.tsx')) return 'tsx';
  return 'jsx';
}

export function parseModule(file: string, text: string): TSESTree.Program | undefined {
  countParse();
  const lang = languageOf(file);
  try {
    const result = parseSync(file, text, { lang, sourceType: 'module', astType: 'ts', range: true, preserveParens: false });
    if (result.errors.length === 0) return result.program as unknown as TSESTree.Program;
  } catch {
    // fall through to typescript-estree
  }
  try {
    return parseWithTypescriptEstree(text, { jsx: lang !== 'ts', range: true, loc: false, comment: false });
  } catch {
    return undefined;
  }
}
