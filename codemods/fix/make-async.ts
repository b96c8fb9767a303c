// Makes a function async: `async ` before `function`, before an arrow's parameters (or type parameters),
// or before a method's name (after `static`, `public`, …); a declared return type `T` becomes
// `Promise<T>`. Getters, setters and constructors cannot be async: nothing is returned for them, and
// callers ask `asyncObstacle` (codemods/lib/async-propagation.ts) first.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TSESLint } from '@typescript-eslint/utils';
import type { FunctionNode } from '../../core/estree.ts';
import type { TextEdit } from '../lib/edits.ts';

/** Where `async ` goes, or undefined for a function that cannot be async. */
function asyncOffset(sourceCode: TSESLint.SourceCode, fn: FunctionNode): number | undefined {
  const parent = fn.parent;
  const method =
    (parent?.type === 'MethodDefinition' || parent?.type === 'TSAbstractMethodDefinition' || (parent?.type === 'Property' && (parent.method || parent.kind !== 'init'))) &&
    parent.value === fn;
  if (!method) return fn.range[0];
  if (parent.kind === 'get' || parent.kind === 'set' || parent.kind === 'constructor') return undefined;
  return parent.computed ? sourceCode.getTokenBefore(parent.key)!.range[0] : parent.key.range[0];
}

export function makeAsync(sourceCode: TSESLint.SourceCode, fn: FunctionNode): TextEdit[] {
  if (fn.async) return [];
  const at = asyncOffset(sourceCode, fn);
  if (at === undefined) return [];
  const edits: TextEdit[] = [{ range: [at, at], text: 'async ' }];
  const returnType = fn.returnType?.typeAnnotation as TSESTree.TypeNode | undefined;
  if (returnType) {
    const written = sourceCode.getText(returnType);
    if (!/^Promise\s*</.test(written)) edits.push({ range: returnType.range, text: `Promise<${written}>` });
  }
  return edits;
}
