// The one file walk of `migrate` and `check`, so both commands see exactly the same files: source files
// inside the given paths, `.gitignore` respected, never node_modules/.next/dist or declaration files, only
// regular files (a FIFO named `x.ts` would block a read forever). Symbolic links are not followed: a
// link whose target lies inside the given paths is walked as that target; one pointing elsewhere is
// reported by the caller, never written through.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { globby } from 'globby';
import { isInside, SOURCE_EXTENSIONS } from '../core/source-file.ts';
import { IGNORED_DIRS } from './paths.ts';

const EXTENSIONS = SOURCE_EXTENSIONS.map((e) => e.slice(1));
const DECLARATION_FILE = /\.d\.[cm]?ts$/;

export const isSourceFile = (file: string): boolean => EXTENSIONS.includes(extname(file).slice(1)) && !DECLARATION_FILE.test(file);

/** Whether a file lies in a folder: the walk and the runner's boundaries share core's answer. */
export { isInside };

export interface OutsideLink {
  /** The link, absolute. */
  file: string;
  /** Where it points (real path), or undefined when the target does not exist. */
  target: string | undefined;
}

export interface WalkResult {
  /** Regular source files (real paths), sorted, each once. */
  files: string[];
  /** Links to files outside the given paths (or dangling): never part of the walk, never written through. */
  outsideLinks: OutsideLink[];
}

function realpathOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** Source files inside `paths` (absolute real paths, as `resolvePaths` returns them). */
export async function walkSourceFiles(paths: readonly string[]): Promise<WalkResult> {
  const files = new Set<string>();
  const links: string[] = [];
  for (const path of paths) {
    if (!statSync(path).isDirectory()) {
      if (isSourceFile(path)) files.add(path);
      continue;
    }
    const entries = await globby(`**/*.{${EXTENSIONS.join(',')}}`, {
      cwd: path,
      absolute: true,
      gitignore: true,
      onlyFiles: false,
      objectMode: true,
      ignore: [...IGNORED_DIRS, '**/*.d.ts', '**/*.d.mts', '**/*.d.cts'],
      followSymbolicLinks: false,
    });
    for (const entry of entries) {
      const file = resolve(entry.path);
      if (entry.dirent.isFile()) files.add(file);
      else if (entry.dirent.isSymbolicLink()) links.push(file);
      // Directories named `x.ts`, FIFOs, sockets, devices: not source files.
    }
  }
  const outsideLinks: OutsideLink[] = [];
  for (const link of links) {
    const target = realpathOrUndefined(link);
    const regular = target !== undefined && statSync(target).isFile();
    if (regular && paths.some((p) => isInside(target, p))) {
      if (isSourceFile(target)) files.add(target); // walked as the target itself (once, by its real path)
    } else if (regular || target === undefined) {
      outsideLinks.push({ file: link, target });
    }
  }
  return { files: [...files].sort(), outsideLinks: outsideLinks.sort((a, b) => a.file.localeCompare(b.file)) };
}

/** A source file's bytes and its text: the BOM taken off (put back on write), decoding checked. */
export interface SourceText {
  bytes: Buffer;
  /** Decoded without the BOM; invalid UTF-8 sequences read as U+FFFD (see `validUtf8`). */
  text: string;
  bom: boolean;
  /** False when the bytes are not UTF-8: such a file is never rewritten (its bytes would change). */
  validUtf8: boolean;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

export function decodeSource(bytes: Buffer): SourceText {
  const bom = bytes.subarray(0, 3).equals(UTF8_BOM);
  let text: string;
  let validUtf8 = true;
  try {
    text = strictUtf8.decode(bytes); // TextDecoder drops a leading BOM
  } catch {
    validUtf8 = false;
    text = lenientUtf8.decode(bytes);
  }
  return { bytes, text, bom, validUtf8 };
}

/** `skipped`: a file that is read but deliberately not handled (listed, neither failed nor rewritten). */
export type ReadOutcome = { ok: true; source: SourceText } | { ok: false; reason: string; skipped?: true };

/** Byte order marks of UTF-16 text, which ESLint's parsers and the transforms cannot read (they read UTF-8). */
const UTF16_BOMS: readonly { bytes: Buffer; name: string }[] = [
  { bytes: Buffer.from([0xff, 0xfe]), name: 'UTF-16 LE (BOM FF FE)' },
  { bytes: Buffer.from([0xfe, 0xff]), name: 'UTF-16 BE (BOM FE FF)' },
];

export function readSourceFile(file: string): ReadOutcome {
  try {
    if (!statSync(file).isFile()) return { ok: false, reason: 'not a regular file' };
    const bytes = readFileSync(file);
    const utf16 = UTF16_BOMS.find((bom) => bytes.subarray(0, 2).equals(bom.bytes));
    if (utf16) return { ok: false, skipped: true, reason: `${utf16.name} text: not checked or migrated (ESLint and the transforms read UTF-8); save it as UTF-8 to include it` };
    return { ok: true, source: decodeSource(bytes) };
  } catch (error) {
    return { ok: false, reason: `cannot read the file: ${(error as Error).message}` };
  }
}

/**
 * The bytes to write for `output`, a rewrite of `original`: the BOM put back, and when the original used
 * CRLF throughout, every line break CRLF (a transform may have inserted lines with `\n`).
 */
export function encodeOutput(output: string, original: Pick<SourceText, 'bom' | 'text'>): Buffer {
  const crlf = original.text.includes('\r\n') && !/(^|[^\r])\n/.test(original.text);
  const text = crlf ? output.replace(/\r?\n/g, '\r\n') : output;
  return Buffer.from(original.bom ? `\uFEFF${text}` : text, 'utf8');
}

/** Files larger than this are not migrated (listed as failed): parsing and rewriting them is unbounded. */
export const MAX_FILE_BYTES = 1024 * 1024;

export const formatBytes = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`);
