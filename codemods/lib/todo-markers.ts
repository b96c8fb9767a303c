// The one writer of `// TODO(supabase-auth): …` markers, and the one reader of them (`reviewItems`).
//
// A marker is a comment line of its own, above the line where its statement starts, with that line's
// indentation; nothing else is touched (never a reprint). Where it goes:
// - the statement that holds the node (a statement of a block, the program, a `case`, a namespace), or a
//   node that is itself an element of a list where a comment line is valid (an object property, an
//   array element, a class member) when the caller names one;
// - when that statement shares its first line with earlier code of the same list (`a(); b()`, or the
//   end of a multi-line template literal), above the earliest statement of that line;
// - when the line starts with code of another construct (`{ items.map((i) => { const s = …` inside
//   JSX, `if (x) { a() }`), the statement is moved to a line of its own under the marker: a comment line
//   never lands in JSX text or inside a string.
// A statement that already has the same marker directly above it (a second run) gets none; with
// `dedupe: 'any-marker'` any marker directly above counts (a spot with a single possible problem, whose
// marker a human may have reworded).
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TextEdit } from './edits.ts';
import { indentOf, lineStartOf } from './source-code.ts';
import { TODO_MARKER, type ReviewItem } from './types.ts';

/** Parents whose list of statements a marker line may go into, and the key of that list. */
const STATEMENT_LISTS: Readonly<Record<string, string>> = {
  Program: 'body',
  BlockStatement: 'body',
  StaticBlock: 'body',
  TSModuleBlock: 'body',
  SwitchCase: 'consequent',
};

/** Parents whose elements may be anchors when a caller names them (comments are valid between them). */
const ELEMENT_LISTS: Readonly<Record<string, string>> = {
  ObjectExpression: 'properties',
  ArrayExpression: 'elements',
  ClassBody: 'body',
};

type Anchor = { node: TSESTree.Node; list: readonly (TSESTree.Node | null)[] };

/** The statement holding `node` in a statement list (the node itself when it is one). */
export function statementOf(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && !(current.parent.type in STATEMENT_LISTS)) current = current.parent;
  return current;
}

function anchorOf(node: TSESTree.Node, element: boolean): Anchor {
  const parent = node.parent;
  if (element && parent && parent.type in ELEMENT_LISTS) {
    return { node, list: (parent as unknown as Record<string, (TSESTree.Node | null)[]>)[ELEMENT_LISTS[parent.type]!]! };
  }
  const statement = statementOf(node);
  const holder = statement.parent;
  const list = holder ? (holder as unknown as Record<string, TSESTree.Node[]>)[STATEMENT_LISTS[holder.type]!] ?? [statement] : [statement];
  return { node: statement, list };
}

export interface TodoMarkerOptions {
  /** Line ending of new lines. */
  eol: string;
  /** One level of indentation, for a statement moved to a line of its own. */
  indent: string;
  dedupe?: 'same-message' | 'any-marker';
}

/** Collects markers for one text (the parsed text, without a BOM) and turns them into edits. */
export class TodoMarkers {
  /** Insertion offset → messages (in the order added), and how the line is written. */
  private readonly spots = new Map<number, { messages: string[]; split: boolean; indent: string; wsStart: number }>();

  constructor(
    private readonly text: string,
    private readonly options: TodoMarkerOptions,
  ) {}

  /** Marks the statement holding `node`. */
  add(node: TSESTree.Node, message: string): void {
    this.place(anchorOf(node, false), message);
  }

  /** Marks `element`, a property, array element or class member (a statement otherwise). */
  addAbove(element: TSESTree.Node, message: string): void {
    this.place(anchorOf(element, true), message);
  }

  get size(): number {
    return this.spots.size;
  }

  private place(anchor: Anchor, raw: string): void {
    const message = raw.replace(/\s+/g, ' ').trim();
    const { text } = this;
    const onOwnLine = (node: TSESTree.Node) => text.slice(lineStartOf(text, node.range[0]), node.range[0]).trim() === '';
    let node = anchor.node;
    // Earlier elements of the same list on the same line: go up to the first of them.
    for (let i = anchor.list.indexOf(node) - 1; i >= 0 && !onOwnLine(node); i--) {
      const previous = anchor.list[i];
      if (!previous) break;
      node = previous;
    }
    const split = !onOwnLine(node);
    let at = split ? node.range[0] : lineStartOf(text, node.range[0]);
    let wsStart = at;
    if (split) while (wsStart > 0 && (text[wsStart - 1] === ' ' || text[wsStart - 1] === '\t')) wsStart--;
    if (!split && at === 0 && text.startsWith('\uFEFF')) at = 1;
    const indent = split ? indentOf(text, node.range[0]) + this.options.indent : indentOf(text, node.range[0]);
    if (!split && this.alreadyMarked(at, message)) return;
    const spot = this.spots.get(at) ?? { messages: [], split, indent, wsStart };
    if (!spot.messages.includes(message)) spot.messages.push(message);
    this.spots.set(at, spot);
  }

  /** The comment lines directly above the line starting at `at` hold this marker (or any, with `any-marker`). */
  private alreadyMarked(at: number, message: string): boolean {
    const { text } = this;
    for (let end = at - 1; end > 0; ) {
      const start = lineStartOf(text, end);
      const line = text.slice(start, end).trim();
      if (!/^(?:\/\/|\/\*|\*)/.test(line)) return false;
      if (line.includes(TODO_MARKER) && (this.options.dedupe === 'any-marker' || markerMessage(line) === message)) return true;
      end = start - 1;
    }
    return false;
  }

  edits(): TextEdit[] {
    const { eol } = this.options;
    return [...this.spots].map(([at, spot]): TextEdit => {
      const lines = spot.messages.map((m) => markerLine(spot.indent, m));
      // A statement that shares its line with other code: the marker and the statement start new lines.
      if (spot.split) return { range: [spot.wsStart, at], text: `${eol}${lines.join(eol)}${eol}${spot.indent}` };
      return { range: [at, at], text: lines.map((line) => `${line}${eol}`).join('') };
    });
  }
}

/**
 * A marker line (without its line break), for the one place that writes one inside new code instead of
 * above existing code: an object the transform writes anew (middleware-matcher's one-line `config`).
 */
export const markerLine = (indent: string, message: string): string => `${indent}// ${TODO_MARKER} ${message.replace(/\s+/g, ' ').trim()}`;

/** The message of a marker line, or undefined when the line has none. */
function markerMessage(line: string): string | undefined {
  const at = line.indexOf(TODO_MARKER);
  return at === -1 ? undefined : line.slice(at + TODO_MARKER.length).trim();
}

/** Markers present in `output` and not in `input` (counted, so a repeated message is listed each time), with their lines. */
export function reviewItems(input: string, output: string): ReviewItem[] {
  const before = new Map<string, number>();
  for (const line of input.split('\n')) {
    const message = markerMessage(line);
    if (message !== undefined) before.set(message, (before.get(message) ?? 0) + 1);
  }
  const items: ReviewItem[] = [];
  output.split('\n').forEach((line, index) => {
    const message = markerMessage(line);
    if (message === undefined) return;
    const seen = before.get(message) ?? 0;
    if (seen > 0) before.set(message, seen - 1);
    else items.push({ line: index + 1, message });
  });
  return items;
}
