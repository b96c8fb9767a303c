// Whether code runs only when nobody is signed in: inside `if (!user)`, `if (error || !data?.claims)`, the
// `else` of `if (user)`, or after `if (user) return …`. A response without the refreshed cookies loses
// nothing there: there is no live session to keep (facts §1.4, the docs' own `!user → redirect` branch).
// Where a user may be present (a signed-in user sent away from `/login`), the rotated tokens are lost.
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode } from '../../core/estree.ts';
import { unwrap } from '../../core/graph/evaluate.ts';
import { patternPath, type ClientTracker } from '../utils/supabase-clients.ts';
import type { SessionFunctions } from './session-functions.ts';

/** What an expression reads from an auth result: the user/claims/session, or the error. */
type AuthPart = 'user' | 'error';

const MAX_DEPTH = 10;

export class SignedOutTest {
  readonly #sourceCode: Readonly<TSESLint.SourceCode>;
  readonly #tracker: ClientTracker;
  readonly #sessions: SessionFunctions;

  constructor(sourceCode: Readonly<TSESLint.SourceCode>, tracker: ClientTracker, sessions: SessionFunctions) {
    this.#sourceCode = sourceCode;
    this.#tracker = tracker;
    this.#sessions = sessions;
  }

  /** Whether `node` (in `fn`) runs only when no user is signed in. */
  holds(node: TSESTree.Node, fn: FunctionNode): boolean {
    for (let child: TSESTree.Node = node, parent = node.parent; parent && child !== fn; child = parent, parent = parent.parent) {
      if (parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) {
        if (child === parent.consequent && this.#implies(parent.test, false, 0)) return true;
        if (child === parent.alternate && this.#implies(parent.test, true, 0)) return true;
      } else if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator === '&&' && child === parent.right) {
        if (this.#implies(parent.left, false, 0)) return true;
      } else if (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program) {
        // `if (user) return …` earlier in the block: what follows runs only without a user.
        for (const statement of parent.body) {
          if (statement === child) break;
          if (statement.type === AST_NODE_TYPES.IfStatement && !statement.alternate && alwaysExits(statement.consequent) && this.#implies(statement.test, true, 0)) return true;
        }
      }
    }
    return false;
  }

  /** Whether `test` (negated when `negated`) being true means nobody is signed in. */
  #implies(test: TSESTree.Node, negated: boolean, depth: number): boolean {
    if (depth > MAX_DEPTH) return false;
    const node = unwrap(test);
    switch (node.type) {
      case AST_NODE_TYPES.UnaryExpression:
        return node.operator === '!' && this.#implies(node.argument, !negated, depth + 1);
      case AST_NODE_TYPES.LogicalExpression: {
        const sides = [node.left, node.right].map((side) => this.#implies(side, negated, depth + 1));
        // a && b: either side suffices; a || b: both must. Negated, De Morgan swaps them.
        const conjunction = (node.operator === '&&') !== negated;
        return node.operator === '??' ? false : conjunction ? sides.some(Boolean) : sides.every(Boolean);
      }
      case AST_NODE_TYPES.BinaryExpression: {
        const nullish = (n: TSESTree.Node) => (n.type === AST_NODE_TYPES.Literal && n.value === null) || (n.type === AST_NODE_TYPES.Identifier && n.name === 'undefined');
        const other = nullish(node.right) ? node.left : nullish(node.left) ? node.right : undefined;
        if (!other) return false;
        if (node.operator === '==' || node.operator === '===') return this.#implies(other, !negated, depth + 1);
        if (node.operator === '!=' || node.operator === '!==') return this.#implies(other, negated, depth + 1);
        return false;
      }
      case AST_NODE_TYPES.CallExpression:
        // Boolean(user)
        return node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'Boolean' && node.arguments.length === 1 && this.#implies(node.arguments[0]!, negated, depth + 1);
      default: {
        const part = this.#authPart(node, depth);
        if (part === 'user') return negated; // !user
        if (part === 'error') return !negated; // error
        if (node.type === AST_NODE_TYPES.Identifier) {
          // const signedIn = !!user
          const init = this.#constInit(node);
          return init !== undefined && this.#implies(init, negated, depth + 1);
        }
        return false;
      }
    }
  }

  /** The initialiser of a `const` an identifier names, when it is a plain `const x = …`. */
  #constInit(id: TSESTree.Identifier): TSESTree.Expression | undefined {
    const variable = ASTUtils.findVariable(this.#sourceCode.getScope(id), id);
    const def = variable?.defs[0];
    if (def?.type !== 'Variable' || def.parent.kind !== 'const' || def.node.id.type !== AST_NODE_TYPES.Identifier) return undefined;
    return def.node.init ?? undefined;
  }

  /** Whether `node` reads the user/claims/session or the error of an auth call's result. */
  #authPart(node: TSESTree.Node, depth: number): AuthPart | undefined {
    const path: string[] = [];
    let current = unwrap(node);
    while (current.type === AST_NODE_TYPES.MemberExpression) {
      if (current.computed || current.property.type !== AST_NODE_TYPES.Identifier) return undefined;
      path.unshift(current.property.name);
      current = unwrap(current.object);
    }
    if (current.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = ASTUtils.findVariable(this.#sourceCode.getScope(current), current);
    const def = variable?.defs[0];
    if (def?.type !== 'Variable' || !def.node.init) return undefined;
    const declared = patternPath(def.node.id, variable!.identifiers[0]!);
    if (!declared) return undefined;
    const full = [...declared, ...path];
    const init = unwrap(def.node.init);
    if (init.type === AST_NODE_TYPES.CallExpression) {
      if (!this.#sessions.readsSession(init) && !this.#sessions.creates(init)) return undefined;
      // What a helper returns beside the session (`const { response, user } = await updateSession(req)`) is no user.
      if (full.length > 0 && init.callee.type !== AST_NODE_TYPES.MemberExpression) {
        const value = this.#tracker.valueOf(current);
        if (value?.type === 'response' || value?.type === 'client') return undefined;
      }
      return full.includes('error') ? 'error' : 'user';
    }
    // const user = data?.claims
    return depth < MAX_DEPTH && (init.type === AST_NODE_TYPES.Identifier || init.type === AST_NODE_TYPES.MemberExpression) ? this.#authPart(init, depth + 1) : undefined;
  }
}

/** Whether a statement always leaves the function (`return`, `throw`, or a block ending in one). */
function alwaysExits(statement: TSESTree.Statement): boolean {
  if (statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement) return true;
  if (statement.type === AST_NODE_TYPES.BlockStatement) {
    const last = statement.body.at(-1);
    return last !== undefined && alwaysExits(last);
  }
  if (statement.type === AST_NODE_TYPES.IfStatement) return statement.alternate !== null && alwaysExits(statement.consequent) && alwaysExits(statement.alternate);
  return false;
}
