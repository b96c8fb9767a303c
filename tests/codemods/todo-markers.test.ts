// The one TODO-marker writer: placement, indentation, JSX safety, idempotence, and the reader.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../codemods/lib/edits.ts';
import { parseFile, walk } from '../../codemods/lib/source-code.ts';
import { reviewItems, TodoMarkers } from '../../codemods/lib/todo-markers.ts';

/** Marks the first call of `callee` in `source` (a .tsx file) and returns the output. */
function mark(source: string, callee: string, message = 'do it by hand', dedupe?: 'any-marker'): string {
  const file = parseFile('/app/page.tsx', source)!;
  let call: TSESTree.Node | undefined;
  walk(file, file.program, (node) => {
    if (!call && node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === callee) call = node;
  });
  const markers = new TodoMarkers(file.text, { eol: '\n', indent: '  ', dedupe });
  markers.add(call!, message);
  return applyEdits(file.text, markers.edits());
}

describe('TodoMarkers', () => {
  it('puts the marker above the statement, with its indentation, touching nothing else', () => {
    const source = 'export default async function Page() {\n  const { data } = await load(`a\n  b`)\n  return (\n    <p>{String(data)}</p>\n  )\n}\n';
    expect(mark(source, 'load')).toBe(source.replace('  const { data }', '  // TODO(supabase-auth): do it by hand\n  const { data }'));
  });

  it('marks a call inside JSX above the `return (` statement, never inside the JSX', () => {
    const source = 'export function List() {\n  return (\n    <ul>\n      {items.map((i) => <li key={i}>{render(i)}</li>)}\n    </ul>\n  )\n}\n';
    expect(mark(source, 'render')).toBe(source.replace('  return (', '  // TODO(supabase-auth): do it by hand\n  return ('));
  });

  it('moves a statement that shares its line with JSX onto a line of its own under the marker', () => {
    const source = 'export function List() {\n  return <ul>{items.map((i) => { const s = render(i); return <li>{s}</li> })}</ul>\n}\n';
    const output = mark(source, 'render');
    expect(output).toBe('export function List() {\n  return <ul>{items.map((i) => {\n    // TODO(supabase-auth): do it by hand\n    const s = render(i); return <li>{s}</li> })}</ul>\n}\n');
    expect(parseFile('/app/page.tsx', output)).toBeDefined();
    expect(mark(output, 'render')).toBe(output); // idempotent
  });

  it('goes above the first statement of a line that holds several', () => {
    const source = 'function f() {\n  const t = `a\n  b`; const s = load()\n}\n';
    expect(mark(source, 'load')).toBe('function f() {\n  // TODO(supabase-auth): do it by hand\n  const t = `a\n  b`; const s = load()\n}\n');
  });

  it('writes a marker once, and not again on a second run', () => {
    const source = 'load()\n';
    const once = mark(source, 'load');
    expect(once).toBe('// TODO(supabase-auth): do it by hand\nload()\n');
    expect(mark(once, 'load')).toBe(once);
    expect(mark(once, 'load', 'something else')).toBe('// TODO(supabase-auth): do it by hand\n// TODO(supabase-auth): something else\nload()\n');
    // any-marker: a marker a human reworded counts
    expect(mark('// TODO(supabase-auth): moved later\nload()\n', 'load', 'do it', 'any-marker')).toBe('// TODO(supabase-auth): moved later\nload()\n');
  });

  it('keeps messages on one line and two messages for one statement in the order given', () => {
    const file = parseFile('/a.ts', '  run()\n')!;
    const markers = new TodoMarkers(file.text, { eol: '\r\n', indent: '  ' });
    markers.add(file.program.body[0]!, 'first\nline');
    markers.add(file.program.body[0]!, 'second');
    expect(applyEdits(file.text, markers.edits())).toBe('  // TODO(supabase-auth): first line\r\n  // TODO(supabase-auth): second\r\n  run()\n');
  });
});

describe('reviewItems', () => {
  it('lists the markers an output gained, with their lines, counting repeats', () => {
    const input = '// TODO(supabase-auth): old\nx()\n';
    const output = '// TODO(supabase-auth): old\nx()\n// TODO(supabase-auth): new\n// TODO(supabase-auth): new\r\ny()\n';
    expect(reviewItems(input, output)).toEqual([
      { line: 3, message: 'new' },
      { line: 4, message: 'new' },
    ]);
  });
});
