// Removes specifiers from an import or export declaration: the whole declaration (with its line) when
// none is left; a default or namespace import with its comma; named specifiers with one comma per run
// of removed ones, so `{ a, b, c }` minus `b` is `{ a, c }`, a trailing comma stays, and a multi-line
// list keeps one specifier per line. Comments elsewhere in the declaration stay.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TSESLint } from '@typescript-eslint/utils';
import type { TextEdit } from '../lib/edits.ts';
import { removeStatement } from './remove-statement.ts';

type Declaration = TSESTree.ImportDeclaration | TSESTree.ExportNamedDeclaration;
type Specifier = Declaration['specifiers'][number];

export function removeSpecifiers(sourceCode: TSESLint.SourceCode, declaration: Declaration, remove: ReadonlySet<Specifier | TSESTree.Node>): TextEdit[] {
  const specifiers = declaration.specifiers as Specifier[];
  const kept = specifiers.filter((s) => !remove.has(s));
  if (kept.length === specifiers.length) return [];
  if (kept.length === 0) return removeStatement(sourceCode.text, declaration);

  const named = specifiers.filter((s) => s.type === 'ImportSpecifier' || s.type === 'ExportSpecifier');
  const edits: TextEdit[] = [];
  const leading = specifiers.filter((s) => s.type === 'ImportDefaultSpecifier' || s.type === 'ImportNamespaceSpecifier');
  for (const spec of leading) {
    if (!remove.has(spec)) continue;
    // `import D, { a }` → `import { a }`: the specifier and the comma after it.
    const comma = sourceCode.getTokenAfter(spec)!;
    edits.push({ range: [spec.range[0], sourceCode.getTokenAfter(comma)!.range[0]], text: '' });
  }
  const keptNamed = named.filter((s) => !remove.has(s));
  if (keptNamed.length === 0 && named.length > 0) {
    // `import D, { a }` → `import D`: the comma before the braces, the braces.
    const open = sourceCode.getTokenBefore(named[0]!)!;
    const close = sourceCode.getTokenAfter(named.at(-1)!, { filter: (t) => t.value === '}' })!;
    const comma = sourceCode.getTokenBefore(open)!;
    edits.push({ range: [comma.value === ',' ? comma.range[0] : open.range[0], close.range[1]], text: '' });
    return edits;
  }
  // Runs of removed named specifiers: a run that is followed by a specifier takes the text up to it; the
  // last run takes the text from the end of the specifier before it.
  for (let i = 0; i < named.length; i++) {
    if (!remove.has(named[i]!)) continue;
    let j = i;
    while (j + 1 < named.length && remove.has(named[j + 1]!)) j++;
    const next = named[j + 1];
    const previous = named[i - 1];
    if (next) edits.push({ range: [named[i]!.range[0], next.range[0]], text: '' });
    else edits.push({ range: [previous!.range[1], named[j]!.range[1]], text: '' });
    i = j;
  }
  return edits;
}
