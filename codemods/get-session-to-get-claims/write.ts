// From the plan to text edits: the rule's own edits (new lines in the file's line endings), and one
// marker line per report that is left to a human.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { SourceCode } from 'eslint';
import { withLineEndings, type TextEdit } from '../lib/edits.ts';
import { detectStyle, eolOf } from '../lib/style.ts';
import { TodoMarkers } from '../lib/todo-markers.ts';
import type { SessionReport, Step } from './decide.ts';

/** The rule's edit, its new lines written with the file's line endings. */
export const ruleEdit = (edit: TextEdit, text: string): TextEdit => ({ range: edit.range, text: withLineEndings(edit.text, eolOf(text)) });

/** One marker above the statement of each report whose step is `mark`. */
export function markerEdits(sourceCode: SourceCode, steps: readonly { report: SessionReport; step: Step }[]): TextEdit[] {
  const style = detectStyle(sourceCode.text, sourceCode.ast as unknown as TSESTree.Program);
  const markers = new TodoMarkers(sourceCode.text, style);
  for (const { report, step } of steps) {
    if (step.kind !== 'mark') continue;
    const node = report.node ?? (sourceCode.getNodeByRangeIndex(report.report.range[0]) as unknown as TSESTree.Node | null);
    if (node) markers.add(node, step.message);
  }
  return markers.edits();
}
