// From the plan to text edits: the rules' own edits (new lines in the file's line endings), and one marker
// line per report left to a person.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { SourceCode } from 'eslint';
import { withLineEndings, type TextEdit } from '../lib/edits.ts';
import { detectStyle, eolOf } from '../lib/style.ts';
import { TodoMarkers } from '../lib/todo-markers.ts';
import { reportedNode, type Finding } from './read.ts';

/** The rule's edit, its new lines written with the file's line endings. */
export const ruleEdit = (edit: TextEdit, text: string): TextEdit => ({ range: edit.range, text: withLineEndings(edit.text, eolOf(text)) });

/** One marker above the statement of each reported node. */
export function markerEdits(sourceCode: SourceCode, marks: readonly { finding: Finding; message: string }[]): TextEdit[] {
  const style = detectStyle(sourceCode.text, sourceCode.ast as unknown as TSESTree.Program);
  const markers = new TodoMarkers(sourceCode.text, style);
  for (const { finding, message } of marks) {
    const node = reportedNode(sourceCode, finding.report);
    if (node) markers.add(node, message);
  }
  return markers.edits();
}
