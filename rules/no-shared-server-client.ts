// A cookie-bound server client holds one request's cookies (facts §2.3). Created at module scope, kept in a
// module-level variable, or memoised for the process, it serves the first user's session to every later
// request (cross-user data exposure), and its cookie writes go to a request that has already ended. Per
// request is fine: a client created inside the handler, or memoised with React's `cache()`, whose memo
// lives for one request. Browser clients (a deliberate singleton in the browser) and supabase-js
// `createClient` clients (no cookie session) are not server clients and are never reported.
import { AST_NODE_TYPES, ASTUtils, type TSESTree } from '@typescript-eslint/utils';
import { isFunction } from '../core/estree.ts';
import { createRule } from './utils/create-rule.ts';
import { pluginSettings } from './utils/file-context.ts';
import { mayCreateClient } from './utils/factory-calls.ts';
import { lazyClients } from './utils/lazy-clients.ts';

type MessageIds = 'createdAtModuleScope' | 'storedInModuleVariable' | 'memoisedForProcess';

/**
 * Memoisers whose cache lives as long as the process (lodash, `once`, `mem`, `memoize-one`…). React's
 * `cache()` is deliberately absent: its memo is per request.
 */
const PROCESS_MEMOISERS = new Set(['memoize', 'memoizeOne', 'once', 'mem', 'pMemoize', 'moize']);

/** Test files serve no requests: a client shared between their cases shares nobody's session. */
const TEST_FILE = /(?:\.(?:test|spec)\.[cm]?[jt]sx?$)|(?:^|[\\/])__tests__[\\/]/;

/** Whether `node` is evaluated per call or per instance, rather than once when the module loads. */
function runsPerCall(node: TSESTree.Node): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (isFunction(parent)) return true;
    // `class Repo { client = createClient() }` runs per instance; `static client = …` once.
    if (parent.type === AST_NODE_TYPES.PropertyDefinition && parent.value === child && !parent.static) return true;
  }
  return false;
}

/** The leftmost object of `a.b.c`, past `this`-less member chains. */
function rootObject(node: TSESTree.Expression): TSESTree.Node {
  let current: TSESTree.Node = node;
  while (current.type === AST_NODE_TYPES.MemberExpression) current = current.object;
  return current;
}

export default createRule<[], MessageIds>({
  name: 'no-shared-server-client',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow cookie-bound Supabase server clients that outlive a request: at module scope, in module-level variables, or memoised for the process',
      recommended: true,
    },
    messages: {
      createdAtModuleScope:
        '`{{factory}}()` runs once, when the module loads, and binds the client to one set of cookies: every request then shares that session (one user\'s data served to the next), and `cookies()` outside a request throws. Create the server client inside the function that handles each request.',
      storedInModuleVariable:
        'The server client is kept in `{{name}}`, which outlives the request: the next request reuses the first user\'s session and writes its cookies to a response that is already gone. Create a new server client for every request (React\'s `cache()` may memoise it within one request).',
      memoisedForProcess:
        '`{{memoiser}}()` keeps the server client for the life of the process, so every request shares the first user\'s session. Create a new server client per request, or memoise it with React\'s `cache()`, which lasts one request.',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    if (!mayCreateClient(sourceCode.text, pluginSettings(context)) || TEST_FILE.test(context.filename)) return {};
    // The tracker reads the app's modules: built only once a shape that can matter is found.
    const clients = lazyClients(context);

    /** Whether `node` names storage that every request shares: a module-level or global variable, or a property of one. */
    function sharedStorage(node: TSESTree.Node): boolean {
      const root = node.type === AST_NODE_TYPES.MemberExpression ? rootObject(node) : node;
      if (root.type !== AST_NODE_TYPES.Identifier) return false; // `this.client`, `ctx.client`: per instance, per request
      const variable = ASTUtils.findVariable(sourceCode.getScope(root), root);
      // An undeclared name is a global (`globalThis.client`, or sloppy-mode `client = …`).
      return !variable || variable.scope.type === 'module' || variable.scope.type === 'global';
    }

    /** Whether `fn` returns a server client (from any of its `return`s, or its expression body). */
    function returnsServerClient(fn: TSESTree.Node): boolean {
      if (!isFunction(fn)) return false;
      if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return clients.tracker().clientKindOf(fn.body) === 'server';
      let found = false;
      const visit = (node: TSESTree.Node): void => {
        if (found || (node !== fn.body && isFunction(node))) return;
        if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument && clients.tracker().clientKindOf(node.argument) === 'server') found = true;
        for (const key of sourceCode.visitorKeys[node.type] ?? []) {
          const child = (node as unknown as Record<string, unknown>)[key];
          for (const item of Array.isArray(child) ? child : [child]) {
            if (item && typeof item === 'object' && typeof (item as { type?: unknown }).type === 'string') visit(item as TSESTree.Node);
          }
        }
      };
      visit(fn.body);
      return found;
    }

    const calleeName = (callee: TSESTree.Node): string | undefined =>
      callee.type === AST_NODE_TYPES.Identifier ? callee.name
      : callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier ? callee.property.name
      : undefined;

    return {
      CallExpression(call) {
        if (runsPerCall(call)) {
          // cache.set(key, client) on a module-level Map
          const { callee } = call;
          const stored = call.arguments[1];
          if (
            callee.type === AST_NODE_TYPES.MemberExpression && calleeName(callee) === 'set' && stored &&
            sharedStorage(callee.object) && clients.tracker().clientKindOf(stored) === 'server'
          ) {
            context.report({ node: callee, messageId: 'storedInModuleVariable', data: { name: sourceCode.getText(callee.object) } });
          }
          return;
        }
        if (clients.factoryKind(call.callee) === 'server') {
          context.report({ node: call.callee, messageId: 'createdAtModuleScope', data: { factory: sourceCode.getText(call.callee) } });
          return;
        }
        const memoiser = calleeName(call.callee);
        if (memoiser !== undefined && PROCESS_MEMOISERS.has(memoiser) && call.arguments.some((arg) => returnsServerClient(arg))) {
          context.report({ node: call.callee, messageId: 'memoisedForProcess', data: { memoiser: sourceCode.getText(call.callee) } });
        }
      },
      AssignmentExpression(assignment) {
        // At module scope the creating call itself is reported.
        if (!runsPerCall(assignment) || !sharedStorage(assignment.left)) return;
        if (clients.tracker().clientKindOf(assignment.right) === 'server') {
          context.report({ node: assignment.left, messageId: 'storedInModuleVariable', data: { name: sourceCode.getText(assignment.left) } });
        }
      },
    };
  },
});
