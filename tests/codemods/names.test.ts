// Names bound where new code goes, and free names for new bindings.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { freeNames, unboundNames, uniqueName } from '../../codemods/lib/names.ts';
import { find, parse } from './fix/find.ts';

describe('names', () => {
  it('lists the names new code uses from outside, lib and host globals aside', () => {
    expect(freeNames('{ getAll() { return store.getAll() }, setAll(list) { list.forEach(({ name }) => Object.keys(name)) } }').sort()).toEqual(['store']);
  });

  it('tells which of them nothing declares where the code goes', () => {
    const file = parse('export async function f() {\n  const options = {\n    cookies: { async get(n) { const store = await cookies(); return store.get(n) } },\n  }\n}\n', '/app/file.ts');
    const object = find<TSESTree.ObjectExpression>(file, 'ObjectExpression', '{ async get(n) { const store = await cookies(); return store.get(n) } }');
    expect(unboundNames(file, object, '{ getAll() { return store.getAll() } }')).toEqual(['store']);
    expect(unboundNames(file, object, '{ getAll() { return options && process.env.X } }')).toEqual([]);
  });

  it('picks the first free candidate, else a numbered one, never one already reserved', () => {
    const file = parse("import { createClient } from 'x'\nconst cookieStore = 1\n", '/app/file.ts');
    const reserved = new Set<string>();
    expect(uniqueName(file, ['createClient', 'createServerSupabase'], reserved)).toBe('createServerSupabase');
    expect(uniqueName(file, ['cookieStore'], reserved)).toBe('cookieStore2');
    expect(uniqueName(file, ['cookieStore'], reserved)).toBe('cookieStore3');
  });
});
