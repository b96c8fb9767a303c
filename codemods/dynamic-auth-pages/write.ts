// From the plan to text edits. Formatting policy for a removed export: its whole line goes (with a comment
// at its end); comment lines directly above it go with it when the paragraph they head is removed
// entirely (they describe it; an `eslint-disable-next-line` or `@ts-expect-error` there would otherwise
// apply to the next line), but never a comment block at the very top of the file (a header or licence);
// blank lines are not doubled. Imports that only the removed code used are removed too (fix/).
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Scope, SourceCode } from 'eslint';
import type { TSESLint } from '@typescript-eslint/utils';
import { removeSpecifiers } from '../fix/remove-specifier.ts';
import type { TextEdit } from '../lib/edits.ts';
import { lineStartOf } from '../lib/source-code.ts';
import { detectStyle } from '../lib/style.ts';
import { TodoMarkers } from '../lib/todo-markers.ts';
import { TODO_MARKER } from '../lib/types.ts';
import { mentionedOutside } from './decide.ts';

/** One marker per `mark` step, above the statement at its offset; a kept marker there (any wording) counts. */
export function markerEdits(sourceCode: SourceCode, marks: readonly { at: number; message: string }[]): TextEdit[] {
  const markers = new TodoMarkers(sourceCode.text, { ...detectStyle(sourceCode.text, sourceCode.ast as unknown as TSESTree.Program), dedupe: 'any-marker' });
  for (const { at, message } of marks) {
    const node = sourceCode.getNodeByRangeIndex(at) as unknown as TSESTree.Node | null;
    if (node) markers.add(node, message);
  }
  return markers.edits();
}

/**
 * The rule's removals, widened to whole lines where the removed statement has its lines to itself (with a
 * comment at the end of its last line, and the comment lines that head it when its paragraph goes
 * entirely), adjacent ones merged, and blank lines kept single. A partial removal (one declarator of
 * several) is kept as the rule wrote it.
 */
export function tidyRemovals(source: string, removals: readonly TextEdit[]): TextEdit[] {
  const partial: TextEdit[] = [];
  const spans: [number, number][] = [];
  for (const removal of removals) {
    const [start, end] = removal.range;
    const removed = source.slice(start, end);
    if (removal.text !== '' || removed.trim() === '') {
      partial.push(removal);
      continue;
    }
    const codeStart = start + (removed.length - removed.trimStart().length);
    const codeEnd = start + removed.trimEnd().length;
    const lineStart = lineStartOf(source, codeStart);
    const rest = /^[ \t]*(?:\/\/[^\r\n]*|\/\*(?:(?!\*\/)[^\r\n])*\*\/)?[ \t]*(?:\r?\n|$)/.exec(source.slice(codeEnd));
    if (source.slice(lineStart, codeStart).trim() !== '' || !rest) {
      // `export const revalidate = 60; export const runtime = 'edge'`: take the spaces before the next
      // statement along, so it keeps its place at the start of the line.
      const spaces = source.slice(lineStart, codeStart).trim() === '' ? /^[ \t]*/.exec(source.slice(end))![0].length : 0;
      partial.push(spaces > 0 ? { range: [start, end + spaces], text: '' } : removal);
      continue;
    }
    spans.push([lineStart, codeEnd + rest[0].length]);
  }

  // Adjacent lines removed together are one block.
  spans.sort((a, b) => a[0] - b[0]);
  const blocks: [number, number][] = [];
  for (const span of spans) {
    const last = blocks.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else blocks.push([span[0], span[1]]);
  }

  const edits = blocks.map(([blockStart, blockEnd]): TextEdit => {
    let start = blockStart;
    let end = blockEnd;
    const paragraphEnds = end === source.length || /^[ \t]*(?:\r?\n|$)/.test(source.slice(end));
    if (paragraphEnds) start = headingCommentsStart(source, start);
    const blankBefore = start === 0 || /(?:^|\n)[ \t]*\r?\n$/.test(source.slice(0, start));
    const blankAfter = /^[ \t]*\r?\n/.exec(source.slice(end));
    if (blankBefore && blankAfter) end += blankAfter[0].length;
    if (end === source.length && start > 0) {
      // Last lines of the file: drop the blank lines before them, keep one line ending.
      const breaks = /(?:\r?\n[ \t]*)+$/.exec(source.slice(0, start));
      if (breaks) start = breaks.index + (source.startsWith('\r\n', breaks.index) ? 2 : 1);
    }
    return { range: [start, end], text: '' };
  });
  return [...edits, ...partial];
}

/**
 * Start of the comment lines directly above the line at `lineStart` (no blank line between), or
 * `lineStart` when there are none, they hold a review marker, or they open the file (a header).
 */
function headingCommentsStart(source: string, lineStart: number): number {
  let top = lineStart;
  while (top > 0) {
    const previous = lineStartOf(source, top - 1);
    const line = source.slice(previous, top).trim();
    if (line.startsWith('//')) {
      if (line.includes(TODO_MARKER)) break;
      top = previous;
      continue;
    }
    if (line.endsWith('*/') && !line.includes(TODO_MARKER)) {
      // A block comment that ends this line: it must start a line of its own.
      const open = source.lastIndexOf('/*', top);
      if (open === -1) break;
      const openLine = lineStartOf(source, open);
      const comment = source.slice(open, top).trimEnd();
      const closesOnce = comment.indexOf('*/') === comment.length - 2;
      if (source.slice(openLine, open).trim() !== '' || !closesOnce) break;
      top = openLine;
      continue;
    }
    break;
  }
  return top === 0 ? lineStart : top;
}

type ImportDeclaration = TSESTree.ImportDeclaration;
type ImportClause = ImportDeclaration['specifiers'][number];

const importsOf = (sourceCode: SourceCode): ImportDeclaration[] =>
  (sourceCode.ast.body as unknown as TSESTree.ProgramStatement[]).filter((s): s is ImportDeclaration => s.type === 'ImportDeclaration');

const isReferenced = (sourceCode: SourceCode, specifier: ImportClause): boolean =>
  sourceCode.scopeManager?.getDeclaredVariables(specifier as never).some((v: Scope.Variable) => v.references.length > 0) ?? true;

/** Edits removing the import specifiers that were used in `before` and are used nowhere in `after` (the removed exports were their only users). */
export function orphanedImportEdits(before: SourceCode, after: SourceCode): TextEdit[] {
  const usedBefore = new Set<string>();
  for (const decl of importsOf(before)) for (const s of decl.specifiers) if (isReferenced(before, s)) usedBefore.add(s.local.name);
  return importsOf(after).flatMap((decl) => {
    const orphaned = decl.specifiers.filter((s) => usedBefore.has(s.local.name) && !isReferenced(after, s) && !mentionedOutside(after.text, s.local.name, decl.range));
    return removeSpecifiers(after as unknown as TSESLint.SourceCode, decl, new Set(orphaned));
  });
}
