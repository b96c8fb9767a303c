import jscodeshift from 'jscodeshift';

type ParserName = 'ts' | 'tsx' | 'babel';

/**
 * `.ts` must not be read with the tsx grammar (`<T>value` casts are JSX there); `.js`/`.jsx` use tsx too,
 * which accepts all of plain JS + JSX (as @next/codemod does). Declaration files never reach a transform.
 */
function parserFor(filePath: string): ParserName {
  return /\.[mc]?ts$/.test(filePath) ? 'ts' : 'tsx';
}

/**
 * Whether `source` parses with the parser jscodeshift would choose for `filePath` (Babel's): the runner's
 * check of every output before it is written, since users also run the transforms through jscodeshift.
 * The error message when it does not.
 */
export function parseError(filePath: string, source: string): string | undefined {
  try {
    jscodeshift.withParser(parserFor(filePath))(source);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
