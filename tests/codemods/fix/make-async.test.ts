import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { makeAsync } from '../../../codemods/fix/make-async.ts';
import type { FunctionNode } from '../../../core/estree.ts';
import { apply, find, parse, sourceCodeOf } from './find.ts';

function asyncOf(source: string, type: `${FunctionNode['type']}`): string {
  const file = parse(source, '/app/file.ts');
  return apply(file, makeAsync(sourceCodeOf(file), find<FunctionNode>(file, type)), '/app/file.ts');
}

describe('makeAsync', () => {
  it('puts async before function, an arrow, or a method name', () => {
    expect(asyncOf('export default function Page() {}', 'FunctionDeclaration')).toBe('export default async function Page() {}');
    expect(asyncOf('const f = function () {}', 'FunctionExpression')).toBe('const f = async function () {}');
    expect(asyncOf('const f = <T,>(x: T) => x', 'ArrowFunctionExpression')).toBe('const f = async <T,>(x: T) => x');
    expect(asyncOf('const f = x => x', 'ArrowFunctionExpression')).toBe('const f = async x => x');
    expect(asyncOf('class A { static load() {} }', 'FunctionExpression')).toBe('class A { static async load() {} }');
    expect(asyncOf('const o = { load() {} }', 'FunctionExpression')).toBe('const o = { async load() {} }');
    expect(asyncOf("const o = { ['load']() {} }", 'FunctionExpression')).toBe("const o = { async ['load']() {} }");
  });

  it('wraps a declared return type in Promise, once', () => {
    expect(asyncOf('function f(): Client { return c }', 'FunctionDeclaration')).toBe('async function f(): Promise<Client> { return c }');
    expect(asyncOf('function f(): Promise<Client> { return c }', 'FunctionDeclaration')).toBe('async function f(): Promise<Client> { return c }');
  });

  it('returns nothing for a getter, a setter, a constructor or an async function', () => {
    const file = parse('class A { constructor() {} get x() { return 1 } async y() {} }', '/app/file.ts');
    const sourceCode = sourceCodeOf(file);
    for (const method of ['constructor() {}', 'get x() { return 1 }', 'async y() {}']) {
      expect(makeAsync(sourceCode, find<TSESTree.MethodDefinition>(file, 'MethodDefinition', method).value as FunctionNode)).toEqual([]);
    }
  });
});
