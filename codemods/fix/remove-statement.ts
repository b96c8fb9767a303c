// Removes a statement (or a class member, an object property written on lines of its own) with its
// line: a statement alone on its lines takes its line break along, a comment at the end of its last line
// (it describes the statement), and one blank line when it sat between two, so paragraphs stay separated
// by exactly one; the last statement of a file takes the blank lines before it. A statement that shares
// a line with others leaves only its own text (and the spaces that followed it). Comment lines above it
// stay: they may head the paragraph, or be a file header.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TextEdit } from '../lib/edits.ts';
import { lineStartOf } from '../lib/source-code.ts';

/** A line comment (or one-line block comment) and the line break after `end`, if that is all the line still holds. */
const REST_OF_LINE = /^[ \t]*;?[ \t]*(?:\/\/[^\r\n]*|\/\*(?:(?!\*\/)[^\r\n])*\*\/)?[ \t]*(?:\r?\n|$)/;

export function removeStatement(text: string, statement: { range: readonly [number, number] } | TSESTree.Node): TextEdit[] {
  const [start, end] = statement.range;
  const lineStart = lineStartOf(text, start);
  const rest = REST_OF_LINE.exec(text.slice(end));
  if (text.slice(lineStart, start).trim() !== '' || !rest) {
    // Shares its line: remove its text and the spaces after it (the next statement keeps its column).
    const spaces = /^[ \t]*/.exec(text.slice(end))![0].length;
    return [{ range: [start, end + (text.slice(lineStart, start).trim() === '' ? spaces : 0)], text: '' }];
  }
  let from = lineStart;
  let to = end + rest[0].length;
  if (text.slice(to).trim() === '') {
    // The last statement of the file: the blank lines before it go too, one line break stays.
    const before = /(?:\r?\n[ \t]*)+$/.exec(text.slice(0, from));
    if (before && from > 0) from = before.index + (text.startsWith('\r\n', before.index) ? 2 : 1);
    return [{ range: [from, text.length], text: '' }];
  }
  const blankBefore = from === 0 || /\n[ \t]*\r?\n$/.test(text.slice(0, from));
  const blankAfter = /^[ \t]*\r?\n/.exec(text.slice(to));
  if (blankBefore && blankAfter) to += blankAfter[0].length;
  return [{ range: [from, to], text: '' }];
}
