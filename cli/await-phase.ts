// The runner's second phase: the files that call a function a transform made async (`asyncExports`) get
// `await` (codemods/lib/await-importers.ts), in rounds: a caller made async in one round has its own
// callers awaited in the next. The callers are the walked files and, across the whole app, the modules
// the project graph finds importing those functions (issue #8, item 8: a caller outside the paths given
// to migrate would otherwise stay un-awaited). A caller that cannot be parsed is listed as failed: its
// calls would be left un-awaited without anyone knowing.
import { diffArrays } from 'diff';
import { awaitImporters, mightCallAsyncExports } from '../codemods/lib/await-importers.ts';
import { parseError } from '../codemods/lib/parser.ts';
import { TODO_MARKER, type ProjectInfo } from '../codemods/lib/types.ts';
import { getProjectFacts, projectGraph } from '../core/project.ts';
import { isDirectory } from '../core/source-file.ts';
import { readSourceFile } from './files.ts';
import type { Ledger } from './ledger.ts';

/** Rounds of the phase (a function made async makes its callers async, and so on). */
const MAX_ROUNDS = 5;

/** File → export name → the transform that made it async. */
export type AsyncExports = Map<string, Map<string, string>>;

export function awaitAsyncCallers(first: AsyncExports, files: readonly string[], ledger: Ledger, projectOf: (file: string) => ProjectInfo): void {
  let pending = first;
  for (let round = 0; round < MAX_ROUNDS && pending.size > 0; round++) {
    const map = new Map([...pending].map(([file, exports]) => [file, new Set(exports.keys())] as const));
    const transformOf = new Map<string, string>();
    for (const exports of pending.values()) for (const [name, transform] of exports) transformOf.set(name, transform);
    const next: AsyncExports = new Map();
    for (const file of new Set([...files, ...appImporters(pending, ledger, projectOf)])) {
      const current = ledger.current(file);
      if (current === undefined || ledger.isFailed(file) || !mightCallAsyncExports(current, map)) continue;
      const names = [...transformOf.keys()].filter((name) => current.includes(name));
      const transform = transformOf.get(names[0] ?? '') ?? [...transformOf.values()][0]!;
      const inputError = parseError(file, current);
      if (inputError !== undefined) {
        ledger.fail(file, `cannot parse the file, so its calls of ${names.map((n) => `\`${n}\``).join(', ') || 'functions'} (now async) could not be awaited: ${inputError}`, transform);
        continue;
      }
      const result = awaitImporters({ path: file, source: current }, projectOf(file), map);
      for (const name of result.asyncExports) {
        if (!next.has(file)) next.set(file, new Map());
        next.get(file)!.set(name, transform);
      }
      if (result.output === undefined) continue;
      if (parseError(file, result.output) !== undefined) {
        ledger.review(file, [{ line: 1, message: `add \`await\` to the calls of ${names.map((n) => `\`${n}\``).join(', ')} in this file by hand: they now return a promise, and the automatic rewrite did not parse`, transform }]);
        continue;
      }
      const moved = ledger.reviewsOf(file).map((item) => ({ ...item, line: lineAfter(item, current, result.output!) }));
      ledger.change(file, result.output, [transform]);
      ledger.review(file, [...moved, ...result.review.map((item) => ({ ...item, transform }))], true);
    }
    pending = next;
  }
}

/**
 * The line an item has after `before` became `after`: a marker is found again by its text; any other item
 * (a finding listed without a marker) follows its line through the line diff (markers inserted above it).
 */
function lineAfter(item: { line: number; message: string }, before: string, after: string): number {
  const marker = `${TODO_MARKER} ${item.message}`;
  const occurrence = before.split('\n').slice(0, item.line).filter((l) => l.includes(marker)).length;
  if (occurrence === 0) return movedLine(item.line, before, after);
  let seen = 0;
  const afterLines = after.split('\n');
  for (let i = 0; i < afterLines.length; i++) {
    if (afterLines[i]!.includes(marker) && ++seen === occurrence) return i + 1;
  }
  return item.line;
}

/** Where line `line` of `before` is in `after`: unchanged lines map to themselves, a changed one to its replacement. */
function movedLine(line: number, before: string, after: string): number {
  let oldLine = 1;
  let newLine = 1;
  let removedAt: number | undefined; // the old line where the current run of removed lines started
  for (const part of diffArrays(before.split('\n'), after.split('\n'))) {
    const count = part.value.length;
    if (part.removed) {
      if (line >= oldLine && line < oldLine + count) removedAt = oldLine;
      oldLine += count;
    } else if (part.added) {
      if (removedAt !== undefined) return newLine + Math.min(line - removedAt, count - 1);
      newLine += count;
    } else {
      if (removedAt !== undefined) return newLine;
      if (line < oldLine + count) return newLine + (line - oldLine);
      oldLine += count;
      newLine += count;
    }
  }
  return removedAt !== undefined ? newLine : line;
}

/**
 * The modules of each app that import a file of `pending` (from the files on disk: a file outside the
 * walked paths is as it was), read into the ledger so they are written like any other file.
 */
function appImporters(pending: AsyncExports, ledger: Ledger, projectOf: (file: string) => ProjectInfo): string[] {
  const found: string[] = [];
  for (const target of pending.keys()) {
    const root = projectOf(target).root;
    if (!isDirectory(root)) continue;
    for (const importer of projectGraph(getProjectFacts(root))?.index.importersOf(target) ?? []) {
      if (ledger.current(importer) === undefined && !ledger.isFailed(importer)) {
        const read = readSourceFile(importer);
        if (!read.ok || !read.source.validUtf8) continue; // left as it is; `check` still reports its calls
        ledger.scanned(importer, read.source);
      }
      found.push(importer);
    }
  }
  return found;
}
