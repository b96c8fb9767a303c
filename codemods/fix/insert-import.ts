// Adds imports the way the file writes them: its quotes, its semicolons, its line endings; after the
// last import at the top of the file, or, when there is none, after the `'use client'`/`'use server'`
// directive (which must stay first), or above the first statement. Names can also join an existing
// declaration of the same module (`{ a }` → `{ a, b }`, `import D from` → `import D, { b } from`).
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TSESLint } from '@typescript-eslint/utils';
import type { TextEdit } from '../lib/edits.ts';
import { indentOf, lineStartOf } from '../lib/source-code.ts';
import { quoted, type Style } from '../lib/style.ts';
import { removeSpecifiers } from './remove-specifier.ts';

export interface ImportedName {
  imported: string;
  local: string;
  /** A type-only name: `type X` inline, unless the whole declaration is `import type`. */
  type?: boolean;
}

export interface ImportToAdd {
  source: string;
  names: readonly ImportedName[];
  /** `import type { … }` (every name a type, TypeScript only). */
  typeOnly?: boolean;
}

const specifierText = (name: ImportedName, inline: boolean) =>
  `${inline && name.type ? 'type ' : ''}${name.imported === name.local ? name.imported : `${name.imported} as ${name.local}`}`;

/** `import { a, b as c } from 'x'` in the file's style (without a line break). */
export function importText(item: ImportToAdd, style: Style): string {
  const names = item.names.map((n) => specifierText(n, !item.typeOnly)).join(', ');
  return `import ${item.typeOnly ? 'type ' : ''}{ ${names} } from ${quoted(item.source, style)}${style.semi ? ';' : ''}`;
}

/** The statement new imports go after: the last leading import, else the last directive; undefined: the file start. */
function anchorStatement(program: TSESTree.Program): TSESTree.Node | undefined {
  let anchor: TSESTree.Node | undefined;
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') anchor = statement;
    else if (statement.type === 'ExpressionStatement' && statement.directive !== undefined && anchor === undefined) anchor = statement;
    else if (statement.type === 'ExpressionStatement' && statement.directive !== undefined) continue;
    else break;
  }
  return anchor;
}

/** Inserts `items` as new declarations, each on its own line, after `after` (default: the anchor above). */
export function insertImports(sourceCode: TSESLint.SourceCode, items: readonly ImportToAdd[], style: Style, after?: TSESTree.Node): TextEdit[] {
  if (items.length === 0) return [];
  const lines = items.map((item) => importText(item, style));
  const program = sourceCode.ast as unknown as TSESTree.Program;
  const anchor = after ?? anchorStatement(program);
  if (anchor) {
    const end = anchor.range[1];
    return [{ range: [end, end], text: lines.map((line) => `${style.eol}${line}`).join('') }];
  }
  const first = program.body[0];
  if (!first) return [{ range: [sourceCode.text.length, sourceCode.text.length], text: lines.map((line) => `${line}${style.eol}`).join('') }];
  const at = lineStartOf(sourceCode.text, first.range[0]);
  return [{ range: [at, at], text: `${lines.map((line) => `${line}${style.eol}`).join('')}${style.eol}` }];
}

/** Adds named specifiers to an existing declaration (not a namespace import, not `import type` for values). */
export function addSpecifiers(sourceCode: TSESLint.SourceCode, declaration: TSESTree.ImportDeclaration, names: readonly ImportedName[], style: Style): TextEdit[] {
  if (names.length === 0) return [];
  const inline = declaration.importKind !== 'type';
  const texts = names.map((n) => specifierText(n, inline));
  const named = declaration.specifiers.filter((s) => s.type === 'ImportSpecifier');
  const last = named.at(-1);
  if (!last) {
    // `import D from 'x'` → `import D, { b } from 'x'`
    const defaultSpec = declaration.specifiers[0]!;
    return [{ range: [defaultSpec.range[1], defaultSpec.range[1]], text: `, { ${texts.join(', ')} }` }];
  }
  const close = sourceCode.getTokenAfter(last, { filter: (t) => t.value === '}' })!;
  const between = sourceCode.text.slice(last.range[1], close.range[0]);
  if (between.includes('\n')) {
    // One per line, in the list's indentation; a trailing comma after the last one stays the last.
    const indent = indentOf(sourceCode.text, last.range[0]);
    return [{ range: [last.range[1], last.range[1]], text: `,${texts.map((t) => `${style.eol}${indent}${t}`).join(',')}` }];
  }
  return [{ range: [last.range[1], last.range[1]], text: `, ${texts.join(', ')}` }];
}

/**
 * Removes `remove` from and adds `add` to one declaration in a single, conflict-free set of edits: when
 * every named specifier goes and names come, the braces are rewritten; when nothing is left and nothing
 * comes, the declaration goes with its line.
 */
export function updateSpecifiers(sourceCode: TSESLint.SourceCode, declaration: TSESTree.ImportDeclaration, remove: ReadonlySet<TSESTree.Node>, add: readonly ImportedName[], style: Style): TextEdit[] {
  const named = declaration.specifiers.filter((s) => s.type === 'ImportSpecifier');
  const keepsNamed = named.some((s) => !remove.has(s));
  if (add.length > 0 && named.length > 0 && !keepsNamed) {
    const open = sourceCode.getTokenBefore(named[0]!)!;
    const close = sourceCode.getTokenAfter(named.at(-1)!, { filter: (t) => t.value === '}' })!;
    const inline = declaration.importKind !== 'type';
    const others = declaration.specifiers.filter((s) => s.type !== 'ImportSpecifier' && remove.has(s));
    return [...removeSpecifiers(sourceCode, declaration, new Set(others)), { range: [open.range[0], close.range[1]], text: `{ ${add.map((n) => specifierText(n, inline)).join(', ')} }` }];
  }
  return [...removeSpecifiers(sourceCode, declaration, remove), ...addSpecifiers(sourceCode, declaration, add, style)];
}
