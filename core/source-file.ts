// Reading other files of the user's project: never throws, answers `undefined` when a file cannot be read
// or parsed, so callers fall back to staying quiet.
import { readFileSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { parse, type TSESTree } from '@typescript-eslint/typescript-estree';
import { ExpiringCache, FACTS_TTL_MS } from './cache.ts';

/** A path with `/` separators, as Next's conventions and our messages write them, on every OS. */
export const toPosix = (path: string): string => path.split(sep).join('/');

export const SOURCE_EXTENSIONS: readonly string[] = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];

const textCache = new ExpiringCache<string, string | undefined>(FACTS_TTL_MS);
const astCache = new ExpiringCache<string, TSESTree.Program | undefined>(FACTS_TTL_MS);

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function readText(path: string): string | undefined {
  return textCache.get(path, () => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  });
}

/** Parses JS/TS/JSX/TSX source; `.ts` files without JSX so that `<T>value` casts parse. */
export function parseSource(text: string, path: string): TSESTree.Program | undefined {
  try {
    return parse(text, { jsx: !/\.[mc]?ts$/.test(path), range: true, loc: true, comment: false });
  } catch {
    return undefined;
  }
}

export function readAst(path: string): TSESTree.Program | undefined {
  return astCache.get(path, () => {
    const text = readText(path);
    return text === undefined ? undefined : parseSource(text, path);
  });
}

/** Drops the caches; for tests that rewrite files within the expiry window. */
export function clearSourceCaches(): void {
  textCache.clear();
  astCache.clear();
}
