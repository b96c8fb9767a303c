// Plain, uncached access to files for tools that change them (the `migrate` runner and its transforms,
// which must see what they just wrote) and the parse every transform's analysis shares. The lint-time
// view of the file system, checked once per epoch, is graph/fs-view.ts.
import { readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { parse, type TSESTree } from '@typescript-eslint/typescript-estree';

/** A path with `/` separators, as Next's conventions and our messages write them, on every OS. */
export const toPosix = (path: string): string => path.split(sep).join('/');

/** Whether `file` is `dir` or lies under it (both absolute). */
export function isInside(file: string, dir: string): boolean {
  const rel = relative(dir, file);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

export const SOURCE_EXTENSIONS: readonly string[] = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];

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
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Parses JS/TS/JSX/TSX source; `.ts` files without JSX so that `<T>value` casts parse. */
export function parseSource(text: string, path: string): TSESTree.Program | undefined {
  try {
    return parse(text, { jsx: !/\.[mc]?ts$/.test(path), range: true, loc: true, comment: false });
  } catch {
    return undefined;
  }
}
