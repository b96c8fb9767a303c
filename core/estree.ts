// Small shared facts about the ESTree that typescript-estree (and so ESLint with @typescript-eslint/parser
// or espree) produces: used by core, the rules and the codemods' analyses alike.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { visitorKeys } from '@typescript-eslint/visitor-keys';

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

export const isFunction = (node: TSESTree.Node | null | undefined): node is FunctionNode =>
  node?.type === AST_NODE_TYPES.FunctionDeclaration ||
  node?.type === AST_NODE_TYPES.FunctionExpression ||
  node?.type === AST_NODE_TYPES.ArrowFunctionExpression;

/** Children of a node in traversal order; works for typescript-estree and oxc ASTs alike. */
export function childNodes(node: TSESTree.Node): TSESTree.Node[] {
  const out: TSESTree.Node[] = [];
  for (const key of visitorKeys[node.type] ?? []) {
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item === 'object' && 'type' in item) out.push(item as TSESTree.Node);
    } else if (value && typeof value === 'object' && 'type' in value) {
      out.push(value as TSESTree.Node);
    }
  }
  return out;
}

/** Whether `child` runs only on some paths through `parent`: a branch, the right of `&&`/`||`/`??`, a `case`, the body of a loop that may not run, a `catch`. */
export function isConditionalChild(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return child !== parent.test;
    case AST_NODE_TYPES.LogicalExpression:
      return child === parent.right;
    case AST_NODE_TYPES.SwitchCase:
    case AST_NODE_TYPES.CatchClause:
      return true;
    case AST_NODE_TYPES.WhileStatement:
      return child === parent.body;
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return child !== parent.right;
    case AST_NODE_TYPES.ForStatement:
      return child === parent.body || child === parent.update;
    default:
      return false;
  }
}

/** A type-only wrapper around a value: `x!`, `x as T`, `x satisfies T`, `<T>x`. */
export type TypeWrapper = TSESTree.TSNonNullExpression | TSESTree.TSAsExpression | TSESTree.TSSatisfiesExpression | TSESTree.TSTypeAssertion;

export const isTypeWrapper = (node: TSESTree.Node): node is TypeWrapper =>
  node.type === AST_NODE_TYPES.TSNonNullExpression ||
  node.type === AST_NODE_TYPES.TSAsExpression ||
  node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
  node.type === AST_NODE_TYPES.TSTypeAssertion;

/** Strips the type-only wrappers around a value, which do not change it. */
export function stripTypes(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (isTypeWrapper(current)) current = current.expression;
  return current;
}
