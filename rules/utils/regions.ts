// Function-level regions: inside a module, some functions run only on the server ('use server' functions,
// getServerSideProps) and some only in the browser (effects, event handlers), whatever the module is.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { BROWSER_ONLY_HOOKS, isEventHandlerProp, PAGES_SERVER_FUNCTIONS, type ModuleRole } from '../../core/next.ts';
import { isFunction, type FunctionNode } from '../../core/estree.ts';

function hasUseServer(fn: FunctionNode): boolean {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return false;
  for (const statement of fn.body.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || typeof statement.directive !== 'string') break;
    if (statement.directive === 'use server') return true;
  }
  return false;
}

function calleeName(callee: TSESTree.Node): string | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier) return callee.property.name;
  return undefined;
}

/** The name a function is known by: its id, the variable, property or member it is assigned to. */
export function functionName(fn: FunctionNode): string | undefined {
  if (fn.id) return fn.id.name;
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left.type === AST_NODE_TYPES.MemberExpression && parent.left.property.type === AST_NODE_TYPES.Identifier) {
    return parent.left.property.name;
  }
  if (parent.type === AST_NODE_TYPES.Property && parent.key.type === AST_NODE_TYPES.Identifier) return parent.key.name;
  return undefined;
}

/** The side a single function runs on, when the function itself decides it. */
function functionRegion(fn: FunctionNode): ModuleRole | undefined {
  if (hasUseServer(fn)) return 'server';
  const name = functionName(fn);
  if (name !== undefined && PAGES_SERVER_FUNCTIONS.includes(name)) return 'server';
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === fn) {
    const callee = calleeName(parent.callee);
    if (callee !== undefined && BROWSER_ONLY_HOOKS.includes(callee)) return 'client';
  }
  if (parent.type === AST_NODE_TYPES.JSXExpressionContainer && parent.parent.type === AST_NODE_TYPES.JSXAttribute) {
    const attr = parent.parent.name;
    if (attr.type === AST_NODE_TYPES.JSXIdentifier && isEventHandlerProp(attr.name)) return 'client';
  }
  return undefined;
}

/** Where `node` runs: the innermost function that decides it, else the module's role. */
export function regionOf(node: TSESTree.Node, moduleRole: ModuleRole): ModuleRole {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (isFunction(current)) {
      const region = functionRegion(current);
      if (region) return region;
    }
  }
  return moduleRole;
}

/** The nearest enclosing function, if any. */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (isFunction(current)) return current;
  }
  return undefined;
}
