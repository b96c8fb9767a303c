// Edits that await an expression and make its function async, for rules whose fix a codemod applies too
// (require-awaited-cookies). Text edits at node offsets: everything else stays byte for byte.
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode } from '../../core/estree.ts';

/** Parents under which `await x` needs no parentheses where `x` stood. */
const BARE_AWAIT_PARENTS = new Set<string>([
  AST_NODE_TYPES.VariableDeclarator,
  AST_NODE_TYPES.AssignmentExpression,
  AST_NODE_TYPES.ReturnStatement,
  AST_NODE_TYPES.ExpressionStatement,
  AST_NODE_TYPES.ArrowFunctionExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.Property,
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.JSXExpressionContainer,
  AST_NODE_TYPES.SpreadElement,
]);

/** Whether `await x` in place of `node` needs parentheses (`(await x).get()`), ignoring any it has. */
export function awaitNeedsParens(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return (
    !parent ||
    !BARE_AWAIT_PARENTS.has(parent.type) ||
    (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === node) ||
    (parent.type === AST_NODE_TYPES.NewExpression && parent.callee === node)
  );
}

/** `await <text>` in place of `node`, in parentheses when the place needs them and `node` has none. */
export function awaitedText(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, text: string): string {
  return awaitNeedsParens(node) && !ASTUtils.isParenthesized(node, sourceCode) ? `(await ${text})` : `await ${text}`;
}

/** Why `fn` cannot simply become async, or `undefined` when it can. */
export function asyncBlocker(fn: FunctionNode): string | undefined {
  if (fn.generator) return 'it is a generator';
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.MethodDefinition && parent.kind !== 'method') return `it is a ${parent.kind}`;
  if (parent.type === AST_NODE_TYPES.Property && parent.kind !== 'init') return 'it is an accessor';
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
    // React's `cache(fn)` returns what `fn` returns; any other caller may not expect a promise.
    const memo = parent.callee.type === AST_NODE_TYPES.Identifier && parent.callee.name === 'cache';
    if (!memo) return 'it is a callback';
  }
  return undefined;
}

/** `async` before `fn` (before the key of a method), and `Promise<T>` around its declared return type. */
export function makeAsyncFixes(sourceCode: Readonly<TSESLint.SourceCode>, fixer: TSESLint.RuleFixer, fn: FunctionNode): TSESLint.RuleFix[] {
  if (fn.async) return [];
  const parent = fn.parent;
  const isMethod = (parent.type === AST_NODE_TYPES.Property && parent.method) || parent.type === AST_NODE_TYPES.MethodDefinition;
  let at: TSESTree.Node | TSESLint.AST.Token = fn;
  if (isMethod) {
    // `getAll() {}`: the function starts at its parameters; `async` goes before the key (or its `[`).
    const key = (parent as TSESTree.Property | TSESTree.MethodDefinition).key;
    at = (parent as TSESTree.Property).computed ? sourceCode.getTokenBefore(key)! : key;
  }
  const fixes = [fixer.insertTextBefore(at, 'async ')];
  const returnType = fn.returnType?.typeAnnotation;
  if (returnType) {
    const text = sourceCode.getText(returnType);
    if (!/^Promise\s*</.test(text)) fixes.push(fixer.replaceText(returnType, `Promise<${text}>`));
  }
  return fixes;
}
