// Which response a middleware/proxy function returns, seen from the cookies the Supabase client wrote
// (facts §1.4, §2.6, §2.7): the response the cookie methods write to (or one derived from it, or one the
// cookies were copied onto) is fine; a new `NextResponse`, an i18n middleware's response, a copy of the
// response taken before the refresh, or the response variable replaced after the refresh are not.
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { childNodes, type FunctionNode } from '../../core/estree.ts';
import { unwrap } from '../../core/graph/evaluate.ts';
import type { ClientTracker } from '../utils/supabase-clients.ts';
import { inNestedFunction, type SessionFunction, type SessionFunctions } from './session-functions.ts';

/** Where the refreshed cookies are, in one session function. */
export interface Carriers {
  /** Local names that hold the response the cookies are written to. */
  names: ReadonlySet<string>;
  /** The name a suggestion copies from. */
  primary: string | undefined;
  /** The cookie methods also set the cache headers (ssr ≥ 0.10): copy them too. */
  cacheHeaders: boolean;
  /** A helper call whose result carries the cookies but is thrown away (`await updateSession(request)`). */
  discarded: TSESTree.CallExpression | undefined;
  /** Whether the function shows where the cookies go at all (a carrier, a discarded one, or a stale copy). */
  known: boolean;
}

export type Verdict =
  | { kind: 'fine' }
  /** A response created without the cookies: `node` creates it, `variable` holds it when it is returned by name. */
  | { kind: 'new'; node: TSESTree.Node; variable: string | undefined }
  /** A copy of the response taken before the refresh. */
  | { kind: 'stale'; node: TSESTree.Node }
  /** The response variable given a new response after the refresh: `node` is the new value. */
  | { kind: 'replaced'; node: TSESTree.Node; variable: string };

const FINE: Verdict = { kind: 'fine' };
const MAX_DEPTH = 4;

const identifiersIn = (node: TSESTree.Node, out = new Set<string>()): Set<string> => {
  if (node.type === AST_NODE_TYPES.Identifier) out.add(node.name);
  for (const child of childNodes(node)) identifiersIn(child, out);
  return out;
};

export class ResponseJudge {
  readonly #sourceCode: Readonly<TSESLint.SourceCode>;
  readonly #tracker: ClientTracker;
  readonly #sessions: SessionFunctions;

  constructor(sourceCode: Readonly<TSESLint.SourceCode>, tracker: ClientTracker, sessions: SessionFunctions) {
    this.#sourceCode = sourceCode;
    this.#tracker = tracker;
    this.#sessions = sessions;
  }

  /** The responses of `session` that carry the cookies. */
  carriers(session: SessionFunction): Carriers {
    const names = new Set(session.writes.carriers.keys());
    let cacheHeaders = [...session.writes.carriers.values()].some((c) => c.cacheHeaders);
    let stale = false;
    for (const scope of this.#sourceCode.scopeManager?.scopes ?? []) {
      if (scope.variableScope.block !== session.fn) continue;
      for (const variable of scope.variables) {
        const id = variable.identifiers[0];
        if (!id || variable.defs[0]?.type !== 'Variable') continue;
        const value = this.#tracker.valueOf(id);
        if (value?.type === 'response' && value.cookies === 'carried') {
          names.add(variable.name);
          cacheHeaders ||= value.cacheHeaders;
        }
        if (value?.type === 'response' && value.cookies === 'stale') stale = true;
      }
    }
    let discarded: TSESTree.CallExpression | undefined;
    const creation = session.creation;
    const statement = creation.parent.type === AST_NODE_TYPES.AwaitExpression ? creation.parent.parent : creation.parent;
    if (names.size === 0 && statement?.type === AST_NODE_TYPES.ExpressionStatement) {
      const value = this.#tracker.valueOf(creation);
      if (value?.type === 'response' && value.cookies === 'carried') {
        discarded = creation;
        cacheHeaders = value.cacheHeaders;
      }
    }
    return { names, primary: [...names][0], cacheHeaders, discarded, known: names.size > 0 || discarded !== undefined || stale };
  }

  /** What a returned expression (at `at`, after the refresh at `refreshedAt`) does with the cookies. */
  judge(expression: TSESTree.Node, session: SessionFunction, carriers: Carriers, refreshedAt: number): Verdict {
    return this.#judge(expression, session, carriers, refreshedAt, expression.range[0], 0);
  }

  #judge(expression: TSESTree.Node, session: SessionFunction, carriers: Carriers, refreshedAt: number, at: number, depth: number): Verdict {
    if (depth > MAX_DEPTH) return FINE;
    const node = unwrap(expression);
    switch (node.type) {
      case AST_NODE_TYPES.Identifier:
        return this.#judgeName(node, session, carriers, refreshedAt, at, depth);
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression: {
        // NextResponse.next({ headers: supabaseResponse.headers }), copyCookies(supabaseResponse, res): derived.
        if (node.arguments.some((arg) => [...identifiersIn(arg)].some((name) => carriers.names.has(name)))) return FINE;
        // A helper that creates the client is judged in its own module.
        if (node.type === AST_NODE_TYPES.CallExpression && this.#sessions.creates(node)) return FINE;
        const value = this.#tracker.valueOf(node);
        if (value?.type !== 'response') return FINE;
        if (value.cookies === 'none') return { kind: 'new', node, variable: undefined };
        return value.cookies === 'stale' ? { kind: 'stale', node } : FINE;
      }
      case AST_NODE_TYPES.ConditionalExpression: {
        const consequent = this.#judge(node.consequent, session, carriers, refreshedAt, at, depth + 1);
        return consequent.kind !== 'fine' ? consequent : this.#judge(node.alternate, session, carriers, refreshedAt, at, depth + 1);
      }
      default:
        return FINE;
    }
  }

  #judgeName(id: TSESTree.Identifier, session: SessionFunction, carriers: Carriers, refreshedAt: number, at: number, depth: number): Verdict {
    const variable = ASTUtils.findVariable(this.#sourceCode.getScope(id), id);
    if (!variable) return FINE;
    const local = variable.scope.variableScope.block === session.fn && variable.defs[0]?.type === 'Variable';
    if (!local) {
      const value = this.#tracker.valueOf(id);
      return value?.type === 'response' && value.cookies === 'stale' ? { kind: 'stale', node: id } : FINE;
    }
    // The last write of the variable before this read, in the function's own body (the cookie methods' writes are theirs).
    const writes = variable.references.filter((ref) => ref.isWrite() && ref.identifier.range[0] < at && !inNestedFunction(ref.identifier, session.fn));
    const last = writes.at(-1);
    if (!last?.writeExpr) return FINE;
    const destructured = last.init === true && last.identifier.parent?.type !== AST_NODE_TYPES.VariableDeclarator;
    if (carriers.names.has(id.name)) {
      if (last.init === true || last.identifier.range[0] < session.creation.range[0]) return FINE;
      const verdict = this.#judge(last.writeExpr, session, carriers, refreshedAt, last.identifier.range[0], depth + 1);
      return verdict.kind === 'new' && last.identifier.range[0] > refreshedAt ? { kind: 'replaced', node: verdict.node, variable: id.name } : FINE;
    }
    if (destructured) {
      const value = this.#tracker.valueOf(id);
      return value?.type === 'response' && value.cookies === 'stale' ? { kind: 'stale', node: id } : FINE;
    }
    const verdict = this.#judge(last.writeExpr, session, carriers, refreshedAt, last.identifier.range[0], depth + 1);
    if (verdict.kind !== 'new') return verdict;
    // The cookies were copied onto it before the return: `supabaseResponse.cookies.getAll().forEach(…)`.
    if (this.#copiedOnto(id.name, carriers, session.fn, last.identifier.range[1], at)) return FINE;
    return { ...verdict, variable: id.name };
  }

  /** Whether a call between `from` and `to` mentions both `name` and a carrier (copies cookies or headers across). */
  #copiedOnto(name: string, carriers: Carriers, fn: FunctionNode, from: number, to: number): boolean {
    let copied = false;
    const visit = (node: TSESTree.Node) => {
      if (copied || node.range[1] < from || node.range[0] > to) return;
      if (node.type === AST_NODE_TYPES.CallExpression && node.range[0] > from && node.range[1] < to) {
        const names = identifiersIn(node);
        if (names.has(name) && [...carriers.names].some((c) => names.has(c))) {
          copied = true;
          return;
        }
      }
      for (const child of childNodes(node)) visit(child);
    };
    visit(fn.body);
    return copied;
  }
}
