// One parse of the file a transform edits: the ESTree that the rules see (typescript-estree through
// @typescript-eslint/parser), as an ESLint `SourceCode` with tokens, comments, parent links and scopes, so
// transforms and fixers use the same node ranges, token helpers and scope analysis as the rules. A BOM is
// kept aside (as ESLint does): offsets are those of the text without it.
import { parseForESLint } from '@typescript-eslint/parser';
import { simpleTraverse, type TSESTree } from '@typescript-eslint/typescript-estree';
import { SourceCode, type Scope } from 'eslint';
import { isFunction, isTypeWrapper, type FunctionNode } from '../../core/estree.ts';
import type { TSESLint } from '@typescript-eslint/utils';

const BOM = '\uFEFF';

export interface ParsedFile {
  /** The text that was parsed (without the BOM); every offset refers to it. */
  text: string;
  /** `'\uFEFF'` when the file starts with one (put back in front of the output), else `''`. */
  bom: string;
  sourceCode: SourceCode;
  program: TSESTree.Program;
  scopeManager: TSESLint.Scope.ScopeManager;
}

/** `.ts` files are parsed without JSX so that `<T>value` casts parse; everything else with JSX. */
const isTypeScriptModule = (path: string): boolean => /\.[mc]?ts$/.test(path);
export const isTypeScriptFile = (path: string): boolean => /\.[mc]?tsx?$/.test(path);

/** Parses `source` as the file at `path`; undefined when it does not parse. */
export function parseFile(path: string, source: string): ParsedFile | undefined {
  const bom = source.startsWith(BOM) ? BOM : '';
  const text = source.slice(bom.length);
  const jsx = !isTypeScriptModule(path);
  let parsed: ReturnType<typeof parseForESLint>;
  try {
    parsed = parseForESLint(text, { jsx, ecmaFeatures: { jsx }, range: true, loc: true, tokens: true, comment: true, sourceType: 'module', ecmaVersion: 'latest', filePath: path });
  } catch {
    return undefined;
  }
  simpleTraverse(parsed.ast, { enter() {} }, true); // parent links, which scope lookups walk
  const sourceCode = new SourceCode({
    text,
    ast: parsed.ast as unknown as SourceCode['ast'],
    scopeManager: parsed.scopeManager as unknown as Scope.ScopeManager,
    visitorKeys: parsed.visitorKeys as SourceCode.VisitorKeys,
    parserServices: parsed.services,
  });
  return { text, bom, sourceCode, program: parsed.ast as unknown as TSESTree.Program, scopeManager: parsed.scopeManager as unknown as TSESLint.Scope.ScopeManager };
}

/** A ParsedFile over the SourceCode ESLint made when it linted the file (parents and scopes set). */
export function fromSourceCode(sourceCode: SourceCode): ParsedFile {
  return {
    text: sourceCode.text,
    bom: '',
    sourceCode,
    program: sourceCode.ast as unknown as TSESTree.Program,
    scopeManager: sourceCode.scopeManager as unknown as TSESLint.Scope.ScopeManager,
  };
}

/** The ESLint source code of a ParsedFile typed for @typescript-eslint nodes (one cast, here). */
export const tsSourceCode = (file: Pick<ParsedFile, 'sourceCode'>): TSESLint.SourceCode => file.sourceCode as unknown as TSESLint.SourceCode;

/** Source text of a node. */
export const textOf = (file: Pick<ParsedFile, 'text'>, node: { range: readonly [number, number] }): string => file.text.slice(node.range[0], node.range[1]);

/** Offset of the start of the line that holds `offset`. */
export const lineStartOf = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

/** The spaces and tabs that start the line holding `offset`. */
export const indentOf = (text: string, offset: number): string => /^[ \t]*/.exec(text.slice(lineStartOf(text, offset)))![0];

/** Visits `node` and everything under it, in source order; `visit` returning false skips the node's children. */
export function walk(file: Pick<ParsedFile, 'sourceCode'>, node: TSESTree.Node, visit: (node: TSESTree.Node) => boolean | void): void {
  if (visit(node) === false) return;
  for (const key of file.sourceCode.visitorKeys[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    for (const item of Array.isArray(child) ? child : [child]) {
      if (item && typeof item === 'object' && typeof (item as { type?: unknown }).type === 'string') walk(file, item as TSESTree.Node, visit);
    }
  }
}

/**
 * The outermost expression that is `node`'s value under type-only wrappers (`x as T`, `x satisfies T`,
 * `x!`, `<T>x`): where an `await` that `node` now needs must look. The way down is core's `unwrap`.
 */
export function typeWrapped(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && isTypeWrapper(current.parent) && current.parent.expression === current) current = current.parent;
  return current;
}

/** The innermost function around `node`. */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunction(current)) return current;
  return undefined;
}
