// The one "a function became async: await its callers" engine, on small files.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import type { FunctionNode } from '../../core/estree.ts';
import { asyncObstacle, AsyncPropagation } from '../../codemods/lib/async-propagation.ts';
import { applyEdits } from '../../codemods/lib/edits.ts';
import { reviewItems, TodoMarkers } from '../../codemods/lib/todo-markers.ts';
import { find, parse } from './fix/find.ts';

/** Makes the function declared as `name` async, as a transform would after writing an `await` in it. */
function makeAsync(source: string, name: string, role: 'server' | 'shared' = 'server') {
  const file = parse(source, '/app/lib/file.tsx');
  const markers = new TodoMarkers(file.text, { eol: '\n', indent: '  ' });
  const engine = new AsyncPropagation({ file, role, markers, cause: 'it awaits the client' });
  const declaration = find<TSESTree.FunctionDeclaration | TSESTree.VariableDeclarator>(file, source.includes(`function ${name}`) ? 'FunctionDeclaration' : 'VariableDeclarator', undefined);
  const fn = (declaration.type === 'VariableDeclarator' ? declaration.init : declaration) as FunctionNode;
  engine.makeAsync(fn);
  const output = applyEdits(file.text, [...markers.edits(), ...engine.result()]);
  return { output, review: reviewItems(source, output).map((r) => r.message), exports: [...engine.asyncExports] };
}

describe('AsyncPropagation', () => {
  it('makes the function async, awaits its callers (in parentheses where needed) and follows them', () => {
    const source = 'function load(): Client {\n  return make()\n}\nexport function page() {\n  return load().from("x")\n}\nexport const other = () => {\n  const c = load()\n  return c\n}\n';
    const { output, review, exports } = makeAsync(source, 'load');
    expect(output).toBe('async function load(): Promise<Client> {\n  return make()\n}\nexport async function page() {\n  return (await load()).from("x")\n}\nexport const other = async () => {\n  const c = await load()\n  return c\n}\n');
    expect(review).toEqual([]);
    expect(exports).toEqual(['page', 'other']);
  });

  it('follows a function that returns the promise as it is, without an await', () => {
    const source = 'function load() {\n  return make()\n}\nexport function get() {\n  return load()\n}\n';
    const { output, exports } = makeAsync(source, 'load');
    expect(output).toBe(source.replace('function load()', 'async function load()'));
    expect(exports).toEqual(['get']);
  });

  it('marks callers it cannot follow: a callback, module scope, a value passed on', () => {
    const source = 'function load() {\n  return make()\n}\nexport const all = (ids: string[]) => ids.map((id) => load().from(id))\nconst top = load()\nregister(load)\n';
    const { review } = makeAsync(source, 'load');
    expect(review).toEqual([
      '`load()` now returns a promise (it awaits the client), but it is called in a callback (making it async would change what its caller receives): `await` it in an async function by hand',
      '`load()` now returns a promise (it awaits the client), but it is called at module scope: `await` it in an async function by hand',
      '`load()` now returns a promise (it awaits the client): await its result where this passes it on',
    ]);
  });

  it('knows which functions cannot become async', () => {
    const file = parse('class A { get x() { return 1 } }\nfunction* gen() {}\nexport function Card() { return <p /> }\n', '/app/components/card.tsx');
    const fn = (type: `${TSESTree.Node['type']}`, text?: string) => find<FunctionNode>(file, type, text);
    expect(asyncObstacle(file, undefined, 'server')).toBe('module-scope');
    expect(asyncObstacle(file, fn('FunctionExpression'), 'server')).toBe('accessor');
    expect(asyncObstacle(file, fn('FunctionDeclaration', 'function* gen() {}'), 'server')).toBe('generator');
    expect(asyncObstacle(file, fn('FunctionDeclaration', 'function Card() { return <p /> }'), 'shared')).toBe('browser-component');
    expect(asyncObstacle(file, fn('FunctionDeclaration', 'function Card() { return <p /> }'), 'server')).toBeUndefined();
  });
});
