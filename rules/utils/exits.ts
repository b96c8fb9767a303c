// What a branch does when a condition holds: leave the function (`return`, `throw`), or deny access
// (`redirect()`, `notFound()`, `NextResponse.redirect(…)`, a 401/403 response, getServerSideProps'
// `{ redirect }`). Used to tell an access decision from an ordinary condition.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { NAVIGATION_INTERRUPT_CALLS } from '../../core/next.ts';
import { isFunction } from '../../core/estree.ts';

/** Methods that send the visitor elsewhere: `NextResponse.redirect`, `Response.redirect`, `res.redirect`. */
const REDIRECT_METHODS = new Set(['redirect', 'rewrite']);
/** Client-side navigation, only on a router object (`router.push('/')`, not `items.push(x)`). */
const ROUTER_METHODS = new Set(['push', 'replace']);
/** Methods that set a response status: `res.status(403)`, `res.writeHead(401)`, `res.sendStatus(401)`. */
const STATUS_METHODS = new Set(['status', 'sendStatus', 'writeHead']);
const DENYING_STATUSES = new Set([401, 403]);

export type ExitKind = 'access' | 'exit';

const calleeName = (callee: TSESTree.Node): string | undefined =>
  callee.type === AST_NODE_TYPES.Identifier ? callee.name
  : callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier ? callee.property.name
  : undefined;

const isDenyingStatus = (node: TSESTree.Node | undefined): boolean =>
  node?.type === AST_NODE_TYPES.Literal && typeof node.value === 'number' && DENYING_STATUSES.has(node.value);

/** `{ status: 401 }` / `{ redirect: … }` / `{ notFound: true }`. */
function deniesInObject(node: TSESTree.Node | undefined): boolean {
  if (node?.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return node.properties.some((p) => {
    if (p.type !== AST_NODE_TYPES.Property || p.computed || p.key.type !== AST_NODE_TYPES.Identifier) return false;
    if (p.key.name === 'status') return isDenyingStatus(p.value);
    return p.key.name === 'redirect' || (p.key.name === 'notFound' && p.value.type === AST_NODE_TYPES.Literal && p.value.value === true);
  });
}

/** Whether this single node denies access (not looking at its children). */
function deniesAccess(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression) {
    const name = calleeName(node.callee);
    if (node.type === AST_NODE_TYPES.CallExpression && name !== undefined) {
      if (node.callee.type === AST_NODE_TYPES.Identifier && NAVIGATION_INTERRUPT_CALLS.includes(name)) return true;
      if (node.callee.type === AST_NODE_TYPES.MemberExpression && REDIRECT_METHODS.has(name)) return true;
      if (node.callee.type === AST_NODE_TYPES.MemberExpression && ROUTER_METHODS.has(name) && node.callee.object.type === AST_NODE_TYPES.Identifier && /router$/i.test(node.callee.object.name)) return true;
      if (node.callee.type === AST_NODE_TYPES.MemberExpression && STATUS_METHODS.has(name) && isDenyingStatus(node.arguments[0])) return true;
    }
    return node.arguments.some((a) => deniesInObject(a));
  }
  return node.type === AST_NODE_TYPES.ReturnStatement && deniesInObject(node.argument ?? undefined);
}

/**
 * How `node` (a branch; nested functions are not looked into) leaves: `'access'` when it denies access,
 * `'exit'` when it only returns or throws, `undefined` when it does neither.
 */
export function exitOf(node: TSESTree.Node | null | undefined, visitorKeys: TSESLint.SourceCode.VisitorKeys): ExitKind | undefined {
  let found: ExitKind | undefined;
  const visit = (current: TSESTree.Node): void => {
    if (found === 'access' || isFunction(current)) return;
    if (deniesAccess(current)) {
      found = 'access';
      return;
    }
    if (current.type === AST_NODE_TYPES.ReturnStatement || current.type === AST_NODE_TYPES.ThrowStatement) found = 'exit';
    for (const key of visitorKeys[current.type] ?? []) {
      const child = (current as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof item === 'object' && typeof (item as { type?: unknown }).type === 'string') visit(item as TSESTree.Node);
      }
    }
  };
  if (node) visit(node);
  return found;
}

/**
 * The decision whose test holds `node`: the nearest `if`, ternary or `switch` around it within its
 * statement, else the `&&`/`||` it is the left operand of (`data && data.claims.sub`, `ok || redirect('/')`).
 * The branches are what the test decides.
 */
export function decisionAround(node: TSESTree.Node): { decision: TSESTree.Node; test: TSESTree.Node; branches: TSESTree.Node[] } | undefined {
  let logical: { decision: TSESTree.Node; test: TSESTree.Node; branches: TSESTree.Node[] } | undefined;
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if ((parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) && parent.test === child) {
      return { decision: parent, test: child, branches: [parent.consequent, ...(parent.alternate ? [parent.alternate] : [])] };
    }
    if (parent.type === AST_NODE_TYPES.SwitchStatement && parent.discriminant === child) return { decision: parent, test: child, branches: parent.cases };
    if (isFunction(parent) || /Statement$|Declaration$|^Program$/.test(parent.type)) return logical;
    if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.left === child && parent.operator !== '??') {
      logical ??= { decision: parent, test: child, branches: [parent.right] };
    }
  }
  return logical;
}
