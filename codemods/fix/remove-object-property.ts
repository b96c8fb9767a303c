// Removes a property from an object literal (or an element from an array) with its comma: alone on its
// line, the whole line goes, with the comment lines that head it; sharing a line, only the property and
// one comma (the one after it, or the one before it when it is the last).
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TSESLint } from '@typescript-eslint/utils';
import type { TextEdit } from '../lib/edits.ts';
import { lineStartOf } from '../lib/source-code.ts';

export function removeObjectProperty(sourceCode: TSESLint.SourceCode, property: TSESTree.Node): TextEdit[] {
  const { text } = sourceCode;
  const after = sourceCode.getTokenAfter(property);
  const comma = after?.value === ',' ? after : undefined;
  const before = sourceCode.getTokenBefore(property)!;
  // Comments on the lines between the previous token and the property describe the property.
  const comments = sourceCode.getCommentsBefore(property).filter((c) => c.loc.start.line > before.loc.end.line);
  let start = comments[0]?.range[0] ?? property.range[0];
  let end = comma ? comma.range[1] : property.range[1];
  const lineStart = lineStartOf(text, start);
  const lineEnd = text.indexOf('\n', end);
  const restOfLine = text.slice(end, lineEnd === -1 ? text.length : lineEnd);
  if (text.slice(lineStart, start).trim() === '' && restOfLine.trim() === '') {
    start = lineStart;
    end = lineEnd === -1 ? text.length : lineEnd + 1;
  } else if (comma) {
    end = sourceCode.getTokenAfter(comma, { includeComments: true })!.range[0];
  } else if (before.value === ',') {
    start = before.range[0];
  }
  return [{ range: [start, end], text: '' }];
}
