// Finding a node of a small test source by its text, for the fixer tests.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { applyEdits, type TextEdit } from '../../../codemods/lib/edits.ts';
import { parseFile, tsSourceCode, walk, type ParsedFile } from '../../../codemods/lib/source-code.ts';

export function parse(source: string, path = '/app/file.tsx'): ParsedFile {
  const file = parseFile(path, source);
  if (!file) throw new Error(`does not parse: ${source}`);
  return file;
}

/** The first node (outermost first) of `type` whose text is `text`. */
export function find<N extends TSESTree.Node = TSESTree.Node>(file: ParsedFile, type: `${TSESTree.Node['type']}`, text?: string): N {
  let found: TSESTree.Node | undefined;
  walk(file, file.program, (node) => {
    if (found) return false;
    if (node.type === type && (text === undefined || file.text.slice(node.range[0], node.range[1]) === text)) found = node;
    return undefined;
  });
  if (!found) throw new Error(`no ${type} ${text ?? ''}`);
  return found as N;
}

export const sourceCodeOf = tsSourceCode;

/** Applies a fixer's edits and checks that the result still parses. */
export function apply(file: ParsedFile, edits: readonly TextEdit[], path = '/app/file.tsx'): string {
  const output = applyEdits(file.text, edits);
  if (!parseFile(path, output)) throw new Error(`output does not parse:\n${output}`);
  return output;
}
