// Small shared facts about the ESTree that typescript-estree (and so ESLint with @typescript-eslint/parser
// or espree) produces: used by core, the rules and the codemods' analyses alike.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

export const isFunction = (node: TSESTree.Node | null | undefined): node is FunctionNode =>
  node?.type === AST_NODE_TYPES.FunctionDeclaration ||
  node?.type === AST_NODE_TYPES.FunctionExpression ||
  node?.type === AST_NODE_TYPES.ArrowFunctionExpression;
