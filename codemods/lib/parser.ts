import jscodeshift, { type JSCodeshift } from 'jscodeshift';

export type ParserName = 'ts' | 'tsx' | 'babel';

/**
 * `.ts` must not be read with the tsx grammar (`<T>value` casts are JSX there); `.js`/`.jsx` use tsx too,
 * which accepts all of plain JS + JSX (as @next/codemod does). Declaration files never reach a transform.
 */
export function parserFor(filePath: string): ParserName {
  return /\.[mc]?ts$/.test(filePath) ? 'ts' : 'tsx';
}

export function jscodeshiftFor(filePath: string): JSCodeshift {
  return jscodeshift.withParser(parserFor(filePath));
}

/** Whether `source` parses with the parser chosen for `filePath`; the error message when it does not. */
export function parseError(filePath: string, source: string): string | undefined {
  try {
    jscodeshiftFor(filePath)(source);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
