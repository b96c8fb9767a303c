// The file's own style, read once, so that every piece of new code (imports, statements, markers) is
// written the way the file already writes it: its quotes, its semicolons, its indentation, its line
// endings. Core's templates are written with single quotes, 2-space indentation, no semicolons and `\n`;
// `restyle` brings a snippet of such code to the file's style.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { parseFile } from './source-code.ts';
import { applyEdits, type TextEdit } from './edits.ts';

export interface Style {
  quote: "'" | '"';
  /** Statements end with `;`. */
  semi: boolean;
  /** One level of indentation (`'  '`, `'    '` or `'\t'`). */
  indent: string;
  /** `'\r\n'` when the file's line breaks are all CRLF, else `'\n'`. */
  eol: '\n' | '\r\n';
}

/** Statements whose last token shows whether the file ends statements with `;`. */
const SIMPLE_STATEMENTS = new Set(['ImportDeclaration', 'ExportAllDeclaration', 'VariableDeclaration', 'ExpressionStatement', 'ReturnStatement', 'ThrowStatement']);

function isSimple(node: TSESTree.Node): boolean {
  if (SIMPLE_STATEMENTS.has(node.type)) return true;
  return node.type === 'ExportNamedDeclaration' && (node.declaration === null || node.declaration.type === 'VariableDeclaration');
}

/** `'\r\n'` only when every line break of `text` is CRLF (a mixed file gets `\n`, as most of it is written). */
export const eolOf = (text: string): '\n' | '\r\n' => (text.includes('\r\n') && !/(?<!\r)\n/.test(text) ? '\r\n' : '\n');

/**
 * The style of `text`: quotes of its import sources (the majority; single on a tie or without imports),
 * semicolons after the top-level simple statements (the majority; none on a tie), the indentation of the
 * first indented line, the line endings.
 */
export function detectStyle(text: string, program: TSESTree.Program): Style {
  let single = 0;
  let double = 0;
  let semis = 0;
  let bare = 0;
  for (const statement of program.body) {
    const source = 'source' in statement ? statement.source : undefined;
    if (source && typeof source === 'object' && 'range' in source) {
      if (text[source.range[0]] === '"') double++;
      else single++;
    }
    if (isSimple(statement)) {
      if (text[statement.range[1] - 1] === ';') semis++;
      else bare++;
    }
  }
  return { quote: double > single ? '"' : "'", semi: semis > bare, indent: indentUnit(text), eol: eolOf(text) };
}

/** One level of indentation: a tab, or the smallest even number of spaces code lines are indented by (2 by default). */
function indentUnit(text: string): string {
  let unit: number | undefined;
  for (const match of text.matchAll(/^([ \t]+)(\S)/gm)) {
    if (match[1]!.startsWith('\t')) return '\t';
    // ` * ` continues a block comment; odd widths are alignment, not indentation
    if (match[2] === '*' || match[1]!.length % 2 === 1) continue;
    unit = Math.min(unit ?? Infinity, match[1]!.length);
    if (unit === 2) break;
  }
  return ' '.repeat(Math.min(unit ?? 2, 4));
}

/** A string literal for `value` in the file's quotes. */
export function quoted(value: string, style: Pick<Style, 'quote'>): string {
  if (style.quote === '"') return JSON.stringify(value);
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n')}'`;
}

/**
 * Template code (single quotes, no semicolons, 2-space indentation, `\n`) in the file's style: string
 * literals requoted, `;` after simple statements when the file uses them, indentation levels converted,
 * each line after the first prefixed by `base`, line breaks as the file's. `expression: true` reads the
 * code as one expression (an object literal, a call) instead of statements.
 */
export function restyle(code: string, style: Style, options: { base?: string; expression?: boolean } = {}): string {
  const open = options.expression ? '(' : '';
  const wrapped = `${open}${code}${options.expression ? ')' : ''}`;
  const parsed = parseFile('snippet.tsx', wrapped);
  let text = code;
  if (parsed) {
    const edits: TextEdit[] = [];
    const shift = (range: readonly [number, number]): [number, number] => [range[0] - open.length, range[1] - open.length];
    for (const token of parsed.sourceCode.ast.tokens) {
      if (token.type !== 'String' || style.quote !== '"' || !token.value.startsWith("'")) continue;
      // Same value, other quotes: `\'` needs no escape any more, a bare `"` now does.
      const inner = token.value.slice(1, -1).replace(/\\[\s\S]|"/g, (m) => (m === "\\'" ? "'" : m === '"' ? '\\"' : m));
      edits.push({ range: shift(token.range), text: `"${inner}"` });
    }
    if (style.semi) {
      const visit = (node: TSESTree.Node) => {
        if (isSimple(node) && wrapped[node.range[1] - 1] !== ';') edits.push({ range: shift([node.range[1], node.range[1]]), text: ';' });
      };
      if (!options.expression) for (const statement of parsed.program.body) visit(statement);
      collectNested(parsed.program, visit);
    }
    text = applyEdits(text, edits);
  }
  const base = options.base ?? '';
  return text
    .split('\n')
    .map((line, i) => {
      const depth = Math.floor(/^ */.exec(line)![0].length / 2);
      const body = line.slice(depth * 2);
      if (body === '') return '';
      return (i === 0 ? '' : base) + style.indent.repeat(depth) + body;
    })
    .join(style.eol);
}

/** Simple statements inside function bodies and blocks (`for (…;…;…)` heads are not statements). */
function collectNested(program: TSESTree.Program, visit: (node: TSESTree.Node) => void): void {
  const stack: unknown[] = [...program.body];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    const current = node as TSESTree.Node & Record<string, unknown>;
    if (typeof current.type !== 'string') continue;
    if (current.type === 'BlockStatement' || current.type === 'StaticBlock') for (const s of current.body as TSESTree.Node[]) visit(s);
    for (const [key, value] of Object.entries(current)) if (key !== 'parent' && value && typeof value === 'object') stack.push(value);
  }
}
