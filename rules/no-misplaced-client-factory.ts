// Each Supabase client factory belongs on one side (facts §2.9, §2.10):
// - `'use server'` turns every export of a module into a Server Function that the browser may call: the
//   client factory exported from such a module returns a client no caller can use (it cannot be serialised),
//   and the module is not a plain factory any more. The factory module must be a plain module.
// - `createServerClient` and `next/headers` in a `'use client'` module: `next/headers` breaks the client
//   build, and a server client in the browser has no request cookies to read.
// - `createBrowserClient` without cookie methods in server code: there is no `document.cookie` there, so
//   it reads no session (queries run anonymously) and throws the first time it must write one.
import { AST_NODE_TYPES, ASTUtils, type TSESTree } from '@typescript-eslint/utils';
import { isFunction, type FunctionNode } from '../core/estree.ts';
import { moduleFacts } from '../core/project.ts';
import { SSR_FACTORIES } from '../core/supabase.ts';
import { createRule } from './utils/create-rule.ts';
import { pluginSettings } from './utils/file-context.ts';
import { mayCreateClient, packageFactoryCalls } from './utils/factory-calls.ts';
import { lazyClients } from './utils/lazy-clients.ts';
import { regionOf } from './utils/regions.ts';
import { memberName, propertyKeyName } from './utils/secret-keys.ts';

type MessageIds = 'factoryInUseServerModule' | 'nextHeadersInClientModule' | 'serverClientInClientModule' | 'browserClientOnServer';
type Options = [{ reportAnonymousQueries?: boolean }];

const NEXT_HEADERS = 'next/headers';

/** A name a module exports, and the function it is declared with, when it is one. */
interface Exported {
  id: TSESTree.Identifier;
  fn: FunctionNode | undefined;
}

/** The local names a module exports, as the identifiers that declare or name them. */
function exportedNames(program: TSESTree.Program): Exported[] {
  const out: Exported[] = [];
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && !statement.source) {
      const decl = statement.declaration;
      if (decl?.type === AST_NODE_TYPES.FunctionDeclaration && decl.id) out.push({ id: decl.id, fn: decl });
      if (decl?.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const d of decl.declarations) {
          if (d.id.type === AST_NODE_TYPES.Identifier) out.push({ id: d.id, fn: d.init && isFunction(d.init) ? d.init : undefined });
        }
      }
      for (const spec of statement.specifiers) if (spec.local.type === AST_NODE_TYPES.Identifier) out.push({ id: spec.local, fn: undefined });
    } else if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      const decl = statement.declaration;
      if (decl.type === AST_NODE_TYPES.FunctionDeclaration && decl.id) out.push({ id: decl.id, fn: decl });
      if (decl.type === AST_NODE_TYPES.Identifier) out.push({ id: decl, fn: undefined });
    }
  }
  return out;
}

/** `await x`, `x!`, `x as T`, `x?.` around a value: the node whose parent uses the value. */
function outermost(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.AwaitExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.ChainExpression)
  ) {
    current = current.parent;
  }
  return current;
}

const isAuthMember = (parent: TSESTree.Node, object: TSESTree.Node): boolean =>
  parent.type === AST_NODE_TYPES.MemberExpression && parent.object === object && memberName(parent) === 'auth';

const destructuresAuth = (pattern: TSESTree.Node): boolean =>
  pattern.type === AST_NODE_TYPES.ObjectPattern && pattern.properties.some((p) => p.type === AST_NODE_TYPES.Property && propertyKeyName(p) === 'auth');

/** Whether a function's own body starts with the `'use server'` directive (an inline Server Function). */
function isInlineServerFunction(fn: FunctionNode): boolean {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return false;
  for (const statement of fn.body.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || typeof statement.directive !== 'string') return false;
    if (statement.directive === 'use server') return true;
  }
  return false;
}

export default createRule<Options, MessageIds>({
  name: 'no-misplaced-client-factory',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Supabase client factories on the wrong side: exported from `\'use server\'` modules, server clients in client modules, browser clients in server code',
      recommended: true,
    },
    messages: {
      factoryInUseServerModule:
        '`\'use server\'` turns `{{name}}` into a Server Function that browsers can call, and the Supabase client it returns cannot be sent back to a caller. Remove `\'use server\'` from it (add `import \'server-only\'` to the module to keep it off the client), and keep `\'use server\'` in the actions that call it.',
      nextHeadersInClientModule:
        '`next/headers` only works in server code: this `\'use client\'` module fails to build. Create the server client in a Server Component, Route Handler or Server Action and pass data down, or use your browser client (`createBrowserClient`) here.',
      serverClientInClientModule:
        '`{{factory}}()` creates a server client, which reads the request\'s cookies, but this `\'use client\'` module runs in the browser, where there is no request. Use your browser client (`createBrowserClient`) here, or move this code to the server.',
      browserClientOnServer:
        '`{{factory}}()` creates a browser client, but this code runs on the server, where there is no `document.cookie`: it sees no session (auth finds no user, queries run as an anonymous user) and throws as soon as it must write one. Use your server client (`createServerClient` with the request\'s cookies) here.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          reportAnonymousQueries: {
            type: 'boolean',
            description:
              'Also report browser clients in server code that are only used for queries (`from`, `storage`, `rpc`…), not for `auth`: they run as an anonymous user, which is right for public data and silently wrong for the user\'s own rows.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ reportAnonymousQueries: false }],
  },
  create(context, [options]) {
    const { sourceCode } = context;
    if (!mayCreateClient(sourceCode.text, pluginSettings(context)) && !sourceCode.text.includes(NEXT_HEADERS)) return {};
    const clients = lazyClients(context);
    const factoryCall = packageFactoryCalls(sourceCode);
    const role = () => clients.file().role;
    const isUseServerModule = moduleFacts(sourceCode.ast).directives.includes('use server');
    const reportAnonymousQueries = options.reportAnonymousQueries === true;

    /**
     * Whether the client a call creates is used for `auth` (directly, through the variable it is kept in,
     * or destructured): on the server a browser client has no session, so every auth use is a bug.
     */
    function usedForAuth(call: TSESTree.CallExpression): boolean {
      const value = outermost(call);
      const parent = value.parent;
      if (!parent) return false;
      if (isAuthMember(parent, value)) return true;
      if (parent.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== value) return false;
      if (destructuresAuth(parent.id)) return true;
      if (parent.id.type !== AST_NODE_TYPES.Identifier) return false;
      const variable = ASTUtils.findVariable(sourceCode.getScope(parent.id), parent.id);
      return (variable?.references ?? []).some(({ identifier }) => {
        const use = identifier.parent;
        if (!use) return false;
        return isAuthMember(use, identifier) || (use.type === AST_NODE_TYPES.VariableDeclarator && use.init === identifier && destructuresAuth(use.id));
      });
    }

    /** Whether a browser-client call passes cookie methods, or options the rule cannot see into. */
    function mayHaveCookies(call: TSESTree.CallExpression): boolean {
      const options = call.arguments[2];
      if (!options) return false;
      if (options.type !== AST_NODE_TYPES.ObjectExpression) return true;
      return options.properties.some((p) => p.type !== AST_NODE_TYPES.Property || propertyKeyName(p) === undefined || propertyKeyName(p) === 'cookies');
    }

    return {
      Program(program) {
        for (const { id, fn } of exportedNames(program)) {
          if (!isUseServerModule && !(fn && isInlineServerFunction(fn))) continue;
          if (clients.tracker().calleeInfo(id)?.factory) context.report({ node: id, messageId: 'factoryInUseServerModule', data: { name: id.name } });
        }
      },
      ImportDeclaration(node) {
        if (node.source.value === NEXT_HEADERS && node.importKind !== 'type' && role() === 'client') {
          context.report({ node: node.source, messageId: 'nextHeadersInClientModule' });
        }
      },
      CallExpression(call) {
        if (!clients.mayCreateClient(call.callee)) return;
        // What the callee creates is read from the module it comes from; the file's role needs its importers
        // (the whole app's import index), so it is asked only for the calls that do create a client.
        const kind = clients.factoryKind(call.callee);
        if (kind !== 'server' && kind !== 'browser') return;
        const region = regionOf(call, role());
        if (region === 'shared') return;
        if (kind === 'server' && role() === 'client') {
          context.report({ node: call.callee, messageId: 'serverClientInClientModule', data: { factory: sourceCode.getText(call.callee) } });
          return;
        }
        if (kind !== 'browser' || region !== 'server') return;
        const factory = factoryCall(call);
        // `createBrowserClient(url, key, { cookies: { getAll, setAll } })` is a deliberate server use.
        if (factory && SSR_FACTORIES[factory.name] && mayHaveCookies(call)) return;
        if (!reportAnonymousQueries && !usedForAuth(call)) return;
        context.report({ node: call.callee, messageId: 'browserClientOnServer', data: { factory: sourceCode.getText(call.callee) } });
      },
    };
  },
});
