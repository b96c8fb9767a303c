// `getSession()` on a cookie-bound client in server code returns whatever the request's cookie says:
// its `user` can be forged (facts §1.1). Report it when the session's user is read, when the session
// decides access, or when the whole session is handed on; token-only use is the documented, safe use
// (facts §4.2), and a middleware call whose result is unused only refreshes (facts §4.4).
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { NAVIGATION_INTERRUPT_CALLS } from '../core/next.ts';
import { TOKEN_ONLY_SESSION_FIELDS, USER_FIELD_TO_CLAIM, VERIFYING_AUTH_METHODS } from '../core/supabase.ts';
import { createRule } from './utils/create-rule.ts';
import { ruleFileContext } from './utils/file-context.ts';
import { enclosingFunction, regionOf } from './utils/regions.ts';
import { trackClients } from './utils/supabase-clients.ts';
import { isFunction, isTypeWrapper, type FunctionNode } from '../core/estree.ts';

type MessageIds = 'userFromSession' | 'sessionGuardsAccess' | 'sessionPassedOn' | 'refreshOnly' | 'suggestGetClaims' | 'suggestGetUser';

/**
 * What a tracked expression holds: the awaited result `{ data, error }`, its `data`, the session, or a
 * boolean derived from the session (`const signedIn = !!session`).
 */
type Level = 'result' | 'data' | 'session' | 'flag';

interface Uses {
  /** `session.user` reads (members, or `user` destructured from the session). */
  user: TSESTree.Node[];
  /** The session (or `data`, or the result) handed on whole. */
  passed: TSESTree.Node[];
  /** Null checks of the session that decide a redirect, return, throw… */
  guards: TSESTree.Node[];
  /** Token reads (`session.access_token`, …). */
  tokens: TSESTree.Node[];
  /** How many times the session or `data` was referenced at all. */
  sessionReads: number;
  /** Some use could not be followed. */
  unknown: boolean;
}

/** HTTP statuses that deny access or send the visitor elsewhere (`res.status(401)`, `res.writeHead(307, …)`). */
const isDenyingStatus = (value: unknown): boolean => value === 401 || value === 403 || (typeof value === 'number' && value >= 300 && value < 400);
const STATUS_METHODS = ['status', 'sendStatus', 'writeHead'];


/** Type-only and chain wrappers that do not change the value. */
const isTransparent = (node: TSESTree.Node): boolean => isTypeWrapper(node) || node.type === AST_NODE_TYPES.ChainExpression;

/** The name of a non-computed member (or a computed string literal), else undefined. */
function memberName(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed && member.property.type === AST_NODE_TYPES.Identifier) return member.property.name;
  if (member.computed && member.property.type === AST_NODE_TYPES.Literal && typeof member.property.value === 'string') return member.property.value;
  return undefined;
}

function keyName(prop: TSESTree.Property): string | undefined {
  if (!prop.computed && prop.key.type === AST_NODE_TYPES.Identifier) return prop.key.name;
  if (prop.key.type === AST_NODE_TYPES.Literal && typeof prop.key.value === 'string') return prop.key.value;
  return undefined;
}

/** The level reached by reading `name` from a value of `level`; `null` = neutral read (e.g. `error`). */
function childLevel(level: Level, name: string): Level | 'user' | 'token' | null {
  if (level === 'result') return name === 'data' ? 'data' : null;
  if (level === 'data') return name === 'session' ? 'session' : null;
  if (level === 'session') {
    if (name === 'user') return 'user';
    if (TOKEN_ONLY_SESSION_FIELDS.includes(name)) return 'token';
  }
  return null;
}

const isNullish = (node: TSESTree.Node): boolean =>
  (node.type === AST_NODE_TYPES.Literal && node.value === null && !('regex' in node)) || (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined');

const calleeName = (callee: TSESTree.Node): string | undefined =>
  callee.type === AST_NODE_TYPES.Identifier ? callee.name
  : callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier ? callee.property.name
  : undefined;

const isConsoleCall = (call: TSESTree.CallExpression | TSESTree.NewExpression): boolean =>
  call.callee.type === AST_NODE_TYPES.MemberExpression && call.callee.object.type === AST_NODE_TYPES.Identifier && call.callee.object.name === 'console';

/** Equality with `null`/`undefined`: how strict the comparison is. */
function nullComparison(parent: TSESTree.Node, child: TSESTree.Node): 'loose' | 'strict-null' | 'strict-undefined' | undefined {
  if (parent.type !== AST_NODE_TYPES.BinaryExpression || !['==', '!=', '===', '!=='].includes(parent.operator)) return undefined;
  const other = parent.left === child ? parent.right : parent.left;
  if (!isNullish(other)) return undefined;
  if (parent.operator.length === 2) return 'loose';
  return other.type === AST_NODE_TYPES.Identifier ? 'strict-undefined' : 'strict-null';
}

/** Whether the value of `node` is only tested for truthiness (or compared with null), and how. */
function truthiness(node: TSESTree.Node): 'truthy' | 'loose' | 'strict-null' | 'strict-undefined' | undefined {
  let child = node;
  while (child.parent && isTransparent(child.parent)) child = child.parent;
  const parent = child.parent;
  if (!parent) return undefined;
  if (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === '!') return 'truthy';
  if (
    (parent.type === AST_NODE_TYPES.IfStatement ||
      parent.type === AST_NODE_TYPES.ConditionalExpression ||
      parent.type === AST_NODE_TYPES.WhileStatement ||
      parent.type === AST_NODE_TYPES.DoWhileStatement ||
      parent.type === AST_NODE_TYPES.ForStatement) &&
    parent.test === child
  ) {
    return 'truthy';
  }
  if (parent.type === AST_NODE_TYPES.LogicalExpression) {
    return parent.parent.type === AST_NODE_TYPES.ExpressionStatement || truthiness(parent) !== undefined ? 'truthy' : undefined;
  }
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee.type === AST_NODE_TYPES.Identifier && parent.callee.name === 'Boolean' && parent.arguments[0] === child) return 'truthy';
  return nullComparison(parent, child);
}

/** One reference to the session that a suggestion rewrites. */
type Site =
  | { kind: 'test'; node: TSESTree.Node; compare: 'truthy' | 'loose' | 'strict-null' | 'strict-undefined' }
  | { kind: 'userTest' | 'userWhole'; node: TSESTree.MemberExpression }
  | { kind: 'field'; outer: TSESTree.MemberExpression; field: string; optional: boolean }
  | { kind: 'destructure'; statement: TSESTree.VariableDeclaration; local: string; variable: TSESLint.Scope.Variable | undefined };

export default createRule<[], MessageIds>({
  name: 'no-server-get-session',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow trusting `getSession()` on a server Supabase client: its `user` comes from the request cookie and can be forged',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      userFromSession:
        '`session.user` from `{{name}}.getSession()` comes from the request cookie and can be forged in server code; read the user from `{{name}}.getClaims()` (or `{{name}}.getUser()`), which verify it.',
      sessionGuardsAccess:
        'This access check trusts the unverified session from `{{name}}.getSession()`, which a forged cookie passes in server code; decide access with `{{name}}.getClaims()` (or `{{name}}.getUser()`) instead.',
      sessionPassedOn:
        'The whole session from `{{name}}.getSession()` is handed on with its forgeable `user`; pass on the verified claims or user from `{{name}}.getClaims()` (or `{{name}}.getUser()`) instead.',
      refreshOnly:
        '`{{name}}.getSession()` refreshes the session here but never verifies it; prefer `{{name}}.getClaims()` (or `{{name}}.getUser()`), which refresh and verify.',
      suggestGetClaims: 'Use `{{name}}.getClaims()` and read the verified claims instead of the session.',
      suggestGetUser: 'Use `{{name}}.getUser()` and the verified user it returns instead of the session.',
    },
    schema: [],
  },
  create(context) {
    // Nothing to report without a getSession() call in the text: decided before anything else runs.
    if (!context.sourceCode.text.includes('getSession')) return {};
    const fileContext = ruleFileContext(context);
    const tracker = trackClients(context, fileContext);
    if (!tracker.hasSupabase) return {};
    const { sourceCode } = context;
    const isMiddleware = fileContext.kind.type === 'middleware' || fileContext.kind.type === 'proxy';

    const calls: { call: TSESTree.CallExpression; callee: TSESTree.MemberExpression }[] = [];
    const verifiers: { fn: FunctionNode | undefined; object: string }[] = [];
    const objectText = (callee: TSESTree.MemberExpression) => sourceCode.getText(callee.object).replaceAll('?.', '.');

    const variableOf = (id: TSESTree.Identifier): TSESLint.Scope.Variable | undefined => {
      const variable = ASTUtils.findVariable(sourceCode.getScope(id), id);
      return variable?.identifiers.includes(id) ? variable : undefined;
    };

    const childrenOf = (node: TSESTree.Node): TSESTree.Node[] => {
      const out: TSESTree.Node[] = [];
      for (const key of sourceCode.visitorKeys[node.type] ?? []) {
        const value = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
          for (const item of value) if (item && typeof item === 'object' && 'type' in item) out.push(item as TSESTree.Node);
        } else if (value && typeof value === 'object' && 'type' in value) {
          out.push(value as TSESTree.Node);
        }
      }
      return out;
    };

    /** Whether `node` (not looking into nested functions) returns, throws, redirects or denies. */
    const containsExit = (node: TSESTree.Node | null | undefined): boolean => {
      if (!node || isFunction(node)) return false;
      if (node.type === AST_NODE_TYPES.ReturnStatement || node.type === AST_NODE_TYPES.ThrowStatement) return true;
      if (node.type === AST_NODE_TYPES.CallExpression) {
        const name = calleeName(node.callee);
        if (name !== undefined && NAVIGATION_INTERRUPT_CALLS.includes(name)) return true;
        const first = node.arguments[0];
        if (
          name !== undefined &&
          STATUS_METHODS.includes(name) &&
          node.callee.type === AST_NODE_TYPES.MemberExpression &&
          first?.type === AST_NODE_TYPES.Literal &&
          isDenyingStatus(first.value)
        ) {
          return true;
        }
      }
      return childrenOf(node).some(containsExit);
    };

    /** The value of `node` is the returned value of its function (a `return` or an arrow's body). */
    const returnedFrom = (child: TSESTree.Node, parent: TSESTree.Node): FunctionNode | undefined => {
      if (parent.type === AST_NODE_TYPES.ReturnStatement) return enclosingFunction(parent);
      if (parent.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === child) return parent;
      return undefined;
    };

    function analyse(call: TSESTree.CallExpression): Uses {
      const uses: Uses = { user: [], passed: [], guards: [], tokens: [], sessionReads: 0, unknown: false };
      /** `.then(cb)` callbacks we follow: what they return flows into the `.then()` call. */
      const thenCallbacks = new Map<FunctionNode, TSESTree.CallExpression>();
      let budget = 200;

      /** A boolean test of the session (`!session`, `session == null`, `session && …`): does it decide access? */
      const followTest = (start: TSESTree.Node): boolean => {
        let current = start;
        let negatedOrCompared = false;
        const guarded: TSESTree.Node[] = [];
        let throughLogicalLeft = false;
        for (;;) {
          const parent = current.parent;
          if (!parent) return false;
          if (isTransparent(parent) || (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === '!') || nullComparison(parent, current)) {
            negatedOrCompared ||= !isTransparent(parent);
            current = parent;
            continue;
          }
          if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee.type === AST_NODE_TYPES.Identifier && parent.callee.name === 'Boolean' && parent.arguments[0] === current) {
            negatedOrCompared = true;
            current = parent;
            continue;
          }
          if (parent.type === AST_NODE_TYPES.LogicalExpression) {
            if (parent.left === current) {
              guarded.push(parent.right);
              throughLogicalLeft = true;
            } else if (!negatedOrCompared && !throughLogicalLeft) {
              return false; // `x && session`: the session itself flows on; not a test
            }
            current = parent;
            continue;
          }
          if ((parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) && parent.test === current) {
            uses.sessionReads++;
            let decides = containsExit(parent.consequent) || containsExit(parent.alternate);
            if (parent.type === AST_NODE_TYPES.ConditionalExpression) {
              let top: TSESTree.Node = parent;
              while (top.parent && isTransparent(top.parent)) top = top.parent;
              decides ||= top.parent !== undefined && returnedFrom(top, top.parent) !== undefined;
            }
            if (decides) uses.guards.push(start);
            return true;
          }
          if ((parent.type === AST_NODE_TYPES.WhileStatement || parent.type === AST_NODE_TYPES.DoWhileStatement || parent.type === AST_NODE_TYPES.ForStatement) && parent.test === current) {
            uses.sessionReads++;
            return true;
          }
          break;
        }
        if (current === start) return false;
        const parent = current.parent;
        if (!negatedOrCompared && !throughLogicalLeft) return false;
        uses.sessionReads++;
        if (guarded.some(containsExit) || (throughLogicalLeft && parent !== undefined && returnedFrom(current, parent) !== undefined)) {
          uses.guards.push(start);
        } else if (!throughLogicalLeft && parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current && parent.id.type === AST_NODE_TYPES.Identifier) {
          followVariable(parent.id, 'flag', false); // const signedIn = !!session
        }
        return true;
      };

      const followVariable = (id: TSESTree.Identifier, level: Level, promise: boolean): void => {
        const variable = variableOf(id);
        if (!variable) {
          uses.unknown = true;
          return;
        }
        for (const reference of variable.references) {
          if (reference.init) continue;
          if (reference.isWrite()) uses.unknown = true;
          if (reference.isRead()) follow(reference.identifier as TSESTree.Node, level, promise);
        }
      };

      const followPattern = (pattern: TSESTree.Node, level: Level): void => {
        if (pattern.type === AST_NODE_TYPES.AssignmentPattern) return followPattern(pattern.left, level);
        if (pattern.type === AST_NODE_TYPES.Identifier) return followVariable(pattern, level, false);
        if (pattern.type !== AST_NODE_TYPES.ObjectPattern) {
          uses.unknown = true;
          return;
        }
        for (const prop of pattern.properties) {
          if (prop.type === AST_NODE_TYPES.RestElement) {
            if (level !== 'result') followPattern(prop.argument, level); // the rest of a session still holds `user`
            continue;
          }
          const name = keyName(prop);
          if (name === undefined) {
            uses.unknown = true;
            continue;
          }
          const next = childLevel(level, name);
          if (next === 'user') uses.user.push(prop);
          else if (next === 'token') uses.tokens.push(prop);
          else if (next !== null) followPattern(prop.value, next);
        }
      };

      const follow = (node: TSESTree.Node, level: Level, promise: boolean): void => {
        if (--budget < 0) {
          uses.unknown = true;
          return;
        }
        let child = node;
        while (child.parent && isTransparent(child.parent)) child = child.parent;
        const parent = child.parent;
        if (!parent) return;
        if (level !== 'result' && !promise) uses.sessionReads++;

        if (parent.type === AST_NODE_TYPES.AwaitExpression) return follow(parent, level, false);

        const returnedBy = returnedFrom(child, parent);
        if (returnedBy) {
          const thenCall = thenCallbacks.get(returnedBy);
          if (thenCall) return follow(thenCall, level, true);
          if (level !== 'flag') uses.passed.push(child);
          return;
        }

        if (promise) {
          if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === child && parent.parent.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent) {
            const method = memberName(parent);
            const thenCall = parent.parent;
            if (method === 'then') {
              const callback = thenCall.arguments[0];
              if (!isFunction(callback)) {
                uses.unknown = true;
                return;
              }
              thenCallbacks.set(callback, thenCall);
              const param = callback.params[0];
              if (param) followPattern(param, level);
              return;
            }
            if (method === 'catch' || method === 'finally') return follow(thenCall, level, true);
          }
          if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === child && parent.id.type === AST_NODE_TYPES.Identifier) return followVariable(parent.id, level, true);
          if (parent.type === AST_NODE_TYPES.ExpressionStatement || (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'void')) return;
          uses.unknown = true;
          return;
        }

        if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === child) {
          const name = memberName(parent);
          if (name === undefined) {
            if (level === 'session' || level === 'data') uses.unknown = true;
            return;
          }
          const next = childLevel(level, name);
          if (next === 'user') uses.user.push(parent);
          else if (next === 'token') uses.tokens.push(parent);
          else if (next !== null) follow(parent, next, false);
          return;
        }
        if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === child) return followPattern(parent.id, level);
        if (parent.type === AST_NODE_TYPES.ExpressionStatement) return;

        if (level === 'result') {
          uses.unknown = true;
          return;
        }
        if (followTest(child)) return;
        if (level === 'flag') return;

        // The session (or `data`) handed on whole.
        const handedOn =
          (parent.type === AST_NODE_TYPES.Property && parent.value === child && parent.parent.type === AST_NODE_TYPES.ObjectExpression) ||
          parent.type === AST_NODE_TYPES.SpreadElement ||
          parent.type === AST_NODE_TYPES.JSXSpreadAttribute ||
          parent.type === AST_NODE_TYPES.JSXExpressionContainer ||
          parent.type === AST_NODE_TYPES.ArrayExpression ||
          parent.type === AST_NODE_TYPES.YieldExpression ||
          (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === child && parent.left.type === AST_NODE_TYPES.MemberExpression) ||
          ((parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) && parent.arguments.includes(child as TSESTree.CallExpressionArgument) && !isConsoleCall(parent));
        if (handedOn) uses.passed.push(child);
        else if (!(parent.type === AST_NODE_TYPES.CallExpression && isConsoleCall(parent)) && !(parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'typeof')) uses.unknown = true;
      };

      follow(call, 'result', true);
      return uses;
    }

    // ---- Suggestions ------------------------------------------------------------------------------

    /** Whether `name` can be introduced at `node`'s scope without capturing or shadowing anything. */
    const nameFree = (name: string, node: TSESTree.Node, allowed: ReadonlySet<TSESLint.Scope.Variable> = new Set()): boolean => {
      const scope = sourceCode.getScope(node);
      for (let s: TSESLint.Scope.Scope | null = scope; s; s = s.upper) {
        const variable = s.set.get(name);
        if (variable && !allowed.has(variable)) return false;
      }
      const stack = [scope];
      while (stack.length > 0) {
        const s = stack.pop()!;
        if (s !== scope) {
          const variable = s.set.get(name);
          if (variable && !allowed.has(variable)) return false;
        }
        if (s.references.some((r) => r.identifier.name === name && !(r.resolved && allowed.has(r.resolved)))) return false;
        stack.push(...s.childScopes);
      }
      return true;
    };

    /** `node` is written to: `x = …`, `x++`, `delete x`, or a destructuring/for-of target. */
    const isMutated = (node: TSESTree.Node): boolean => {
      const parent = node.parent;
      if (!parent) return false;
      return (
        (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node) ||
        parent.type === AST_NODE_TYPES.UpdateExpression ||
        (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'delete') ||
        ((parent.type === AST_NODE_TYPES.ForInStatement || parent.type === AST_NODE_TYPES.ForOfStatement) && parent.left === node)
      );
    };

    const classifySite = (site: TSESTree.Node, destructurable: boolean): Site | undefined => {
      let node = site;
      while (node.parent?.type === AST_NODE_TYPES.TSNonNullExpression) node = node.parent;
      const parent = node.parent;
      if (!parent) return undefined;
      if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === node && !parent.computed && parent.property.type === AST_NODE_TYPES.Identifier && parent.property.name === 'user') {
        let userNode: TSESTree.Node = parent;
        while (userNode.parent?.type === AST_NODE_TYPES.TSNonNullExpression) userNode = userNode.parent;
        const outer = userNode.parent;
        if (!outer || isMutated(userNode)) return undefined; // `delete session.user`, `session.user = …`
        if (outer?.type === AST_NODE_TYPES.MemberExpression && outer.object === userNode && !outer.computed && outer.property.type === AST_NODE_TYPES.Identifier) {
          return { kind: 'field', outer, field: outer.property.name, optional: parent.optional || outer.optional };
        }
        return { kind: truthiness(userNode) === 'truthy' ? 'userTest' : 'userWhole', node: parent };
      }
      const compare = truthiness(node);
      if (compare) return { kind: 'test', node: site, compare };
      if (
        destructurable &&
        parent.type === AST_NODE_TYPES.VariableDeclarator &&
        parent.init === node &&
        parent.id.type === AST_NODE_TYPES.ObjectPattern &&
        parent.id.properties.length === 1 &&
        parent.parent.declarations.length === 1 &&
        (parent.parent.parent.type === AST_NODE_TYPES.BlockStatement || parent.parent.parent.type === AST_NODE_TYPES.Program)
      ) {
        const prop = parent.id.properties[0];
        if (prop?.type === AST_NODE_TYPES.Property && keyName(prop) === 'user' && prop.value.type === AST_NODE_TYPES.Identifier) {
          return { kind: 'destructure', statement: parent.parent, local: prop.value.name, variable: variableOf(prop.value) };
        }
      }
      return undefined;
    };

    const hasReads = (pattern: TSESTree.Node): boolean => {
      if (pattern.type === AST_NODE_TYPES.AssignmentPattern) return hasReads(pattern.left);
      if (pattern.type === AST_NODE_TYPES.Identifier) return (variableOf(pattern)?.references ?? []).some((r) => !r.init && r.isRead());
      return true; // a nested pattern: assume it is used
    };

    function buildSuggestions(call: TSESTree.CallExpression, property: TSESTree.Identifier, name: string): TSESLint.ReportSuggestionArray<MessageIds> {
      const awaited = call.parent;
      if (awaited.type !== AST_NODE_TYPES.AwaitExpression) return [];
      const declarator = awaited.parent;
      if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== awaited || declarator.id.type !== AST_NODE_TYPES.ObjectPattern) return [];
      const declaration = declarator.parent;
      if (declaration.declarations.length !== 1 || (declaration.parent.type !== AST_NODE_TYPES.BlockStatement && declaration.parent.type !== AST_NODE_TYPES.Program)) return [];
      if (declaration.kind !== 'const' && declaration.kind !== 'let' && declaration.kind !== 'var') return [];

      let dataProp: TSESTree.Property | undefined;
      let othersRead = false;
      for (const prop of declarator.id.properties) {
        if (prop.type === AST_NODE_TYPES.RestElement) return [];
        const key = keyName(prop);
        if (key === undefined || prop.computed) return [];
        if (key === 'data') dataProp = prop;
        else othersRead ||= hasReads(prop.value);
      }
      if (!dataProp) return [];

      // Form (a): `data: { session }`; form (b): `data` (then every use is `data.session`).
      let sessionId: TSESTree.Identifier | undefined;
      let dataId: TSESTree.Identifier | undefined;
      if (dataProp.value.type === AST_NODE_TYPES.ObjectPattern) {
        const inner = dataProp.value.properties;
        const only = inner[0];
        if (inner.length !== 1 || only?.type !== AST_NODE_TYPES.Property || keyName(only) !== 'session' || only.value.type !== AST_NODE_TYPES.Identifier) return [];
        sessionId = only.value;
      } else if (dataProp.value.type === AST_NODE_TYPES.Identifier) {
        dataId = dataProp.value;
      } else {
        return [];
      }

      const variable = variableOf((sessionId ?? dataId)!);
      if (!variable) return [];
      const sites: { site: TSESTree.Node; use: Site }[] = [];
      for (const reference of variable.references) {
        if (reference.init) continue;
        if (reference.isWrite()) return [];
        let site: TSESTree.Node = reference.identifier as TSESTree.Node;
        if (dataId) {
          const member = site.parent;
          if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== site || member.computed || memberName(member) !== 'session') return [];
          site = member;
        }
        const use = classifySite(site, sessionId !== undefined);
        if (!use) return [];
        sites.push({ site, use });
      }
      if (sites.filter((s) => s.use.kind === 'destructure').length > 1) return [];

      const suggestions: TSESLint.ReportSuggestionArray<MessageIds> = [];
      const siteBase = (site: TSESTree.Node, base: string, member: string) =>
        dataId && site.type === AST_NODE_TYPES.MemberExpression ? `${sourceCode.getText(site.object)}${member === 'claims' ? '?.' : site.optional ? '?.' : '.'}${member}` : base;

      // getClaims: every use must map onto the claims.
      const claimsOk = sites.every(({ use }) =>
        use.kind === 'test' ? use.compare !== 'strict-null'
        : use.kind === 'userTest' ? true
        : use.kind === 'field' ? USER_FIELD_TO_CLAIM[use.field] !== undefined
        : false,
      );
      const indentation = sourceCode.lines[declaration.loc.start.line - 1]?.slice(0, declaration.loc.start.column) ?? '';
      const semi = sourceCode.getText(declaration).endsWith(';') ? ';' : '';
      const claimsNamesOk = dataId !== undefined || (/^\s*$/.test(indentation) && nameFree('claims', declaration) && nameFree('data', declaration));
      if (claimsOk && claimsNamesOk) {
        suggestions.push({
          messageId: 'suggestGetClaims',
          data: { name },
          fix: (fixer) => {
            const fixes = [fixer.replaceText(property, 'getClaims')];
            if (sessionId) {
              fixes.push(fixer.replaceText(dataProp, 'data'));
              fixes.push(fixer.insertTextAfter(declaration, `\n${indentation}${declaration.kind} claims = data?.claims${semi}`));
            }
            for (const { site, use } of sites) {
              const base = siteBase(site, 'claims', 'claims');
              if (use.kind === 'test') fixes.push(fixer.replaceText(use.node, base));
              else if (use.kind === 'userTest') fixes.push(fixer.replaceText(use.node, base));
              else if (use.kind === 'field') fixes.push(fixer.replaceText(use.outer, `${base}${use.optional ? '?.' : '.'}${USER_FIELD_TO_CLAIM[use.field]!}`));
            }
            return fixes;
          },
        });
      }

      // getUser: `data.user` has the session's user shape; `error` differs (no session → AuthSessionMissingError).
      const destructure = sites.find((s) => s.use.kind === 'destructure')?.use as Extract<Site, { kind: 'destructure' }> | undefined;
      const userName = destructure?.local ?? 'user';
      const allowed = new Set(destructure?.variable ? [destructure.variable] : []);
      const userOk = !othersRead && sites.every(({ use }) => use.kind !== 'test' || use.compare !== 'strict-undefined') && (dataId !== undefined || nameFree(userName, declaration, allowed));
      if (userOk) {
        suggestions.push({
          messageId: 'suggestGetUser',
          data: { name },
          fix: (fixer) => {
            const fixes = [fixer.replaceText(property, 'getUser')];
            if (sessionId) fixes.push(fixer.replaceText(dataProp.value, userName === 'user' ? '{ user }' : `{ user: ${userName} }`));
            for (const { site, use } of sites) {
              const base = siteBase(site, userName, 'user');
              if (use.kind === 'test' || use.kind === 'userTest' || use.kind === 'userWhole') fixes.push(fixer.replaceText(use.node, base));
              else if (use.kind === 'field') fixes.push(fixer.replaceText(use.outer, `${base}${use.optional ? '?.' : '.'}${use.field}`));
              else if (use.kind === 'destructure') {
                const before = sourceCode.getTokenBefore(use.statement, { includeComments: true });
                fixes.push(fixer.removeRange([before ? before.range[1] : use.statement.range[0], use.statement.range[1]]));
              }
            }
            return fixes;
          },
        });
      }
      return suggestions;
    }

    /** `await x.getSession()` or `x.getSession()` as a statement of its own: the result is thrown away. */
    const isDiscarded = (call: TSESTree.CallExpression): boolean => {
      let node: TSESTree.Node = call;
      if (node.parent?.type === AST_NODE_TYPES.AwaitExpression) node = node.parent;
      return node.parent?.type === AST_NODE_TYPES.ExpressionStatement || (node.parent?.type === AST_NODE_TYPES.UnaryExpression && node.parent.operator === 'void');
    };

    return {
      'CallExpression[callee.type="MemberExpression"][callee.property.name=/^(getSession|getUser|getClaims)$/]'(node: TSESTree.CallExpression) {
        const callee = node.callee as TSESTree.MemberExpression;
        if (callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return;
        if (callee.property.name === 'getSession') {
          if (tracker.authKindOf(callee.object) === 'server' && regionOf(node, fileContext.role) === 'server') calls.push({ call: node, callee });
        } else if (VERIFYING_AUTH_METHODS.includes(callee.property.name) && node.arguments.length === 0) {
          verifiers.push({ fn: enclosingFunction(node), object: objectText(callee) });
        }
      },
      'Program:exit'() {
        for (const { call, callee } of calls) {
          const property = callee.property as TSESTree.Identifier;
          const name = sourceCode.getText(callee.object);
          const uses = analyse(call);
          const fn = enclosingFunction(call);
          const verified = verifiers.some((v) => v.fn === fn && v.object === objectText(callee));
          let messageId: MessageIds | undefined;
          if (uses.user.length > 0) messageId = 'userFromSession';
          else if (uses.passed.length > 0) messageId = 'sessionPassedOn';
          else if (uses.guards.length > 0 && uses.tokens.length === 0 && !verified) messageId = 'sessionGuardsAccess';
          else if (isMiddleware && !uses.unknown && uses.sessionReads === 0 && uses.tokens.length === 0 && uses.guards.length === 0) messageId = 'refreshOnly';
          if (!messageId) continue;

          let suggest: TSESLint.ReportSuggestionArray<MessageIds> = [];
          if (messageId === 'refreshOnly') {
            if (isDiscarded(call)) {
              suggest = [
                { messageId: 'suggestGetClaims', data: { name }, fix: (fixer) => fixer.replaceText(property, 'getClaims') },
                { messageId: 'suggestGetUser', data: { name }, fix: (fixer) => fixer.replaceText(property, 'getUser') },
              ];
            }
          } else if (messageId !== 'sessionPassedOn' && uses.tokens.length === 0 && !uses.unknown) {
            suggest = buildSuggestions(call, property, name);
          }
          context.report({ node: property, messageId, data: { name }, suggest });
        }
      },
    };
  },
});
