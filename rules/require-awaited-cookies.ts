// `cookies()` from next/headers returns a Promise since Next 15; sync access warns there and is gone in 16
// (facts §2.8). Reported where a Supabase client gets its cookies:
// - `cookies()` not awaited in a function that creates a server client (`createServerClient`, an
//   auth-helpers creator), in its cookie methods, or handed to a server factory (`createClient(cookieStore)`),
//   on Next 15+ (`facts.nextMajor`, or `settings.nextVersion`);
// - the `(cookies() as unknown as UnsafeUnwrappedCookies)` cast that `@next/codemod` leaves with a
//   `@next-codemod-error` comment (on any version: the type does not exist in Next 16);
// - the result of an async server factory used as a client without `await` (a factory of this file that
//   is async; an imported server factory on Next 15+, whose docs version is async).
// The fix awaits `cookies()` (removing the cast, its comment and its import when unused) and makes the
// function async when it is the factory or a cookie method; it awaits factory calls in async functions.
// A factory made async changes its callers: this rule reports them in this file, `supabase-auth migrate`
// awaits them across the app. Whether an imported factory is async needs the other file: see the docs.
import { AST_NODE_TYPES, ASTUtils, type TSESTree } from '@typescript-eslint/utils';
import { ASYNC_COOKIES_MIN_NEXT_MAJOR, NEXT_CODEMOD_ERROR_MARKER, NEXT_HEADERS_MODULE, UNSAFE_UNWRAPPED_COOKIES } from '../core/next.ts';
import { isSupabasePackage, SSR_FACTORIES, SUPABASE_MENTION } from '../core/supabase.ts';
import { isFunction, isTypeWrapper, type FunctionNode } from '../core/estree.ts';
import { asyncBlocker, awaitNeedsParens, awaitedText, makeAsyncFixes } from './utils/async-fix.ts';
import { createRule } from './utils/create-rule.ts';
import { pluginSettings, ruleFileContext } from './utils/file-context.ts';
import { removeImportSpecifier } from './utils/named-import.ts';
import { enclosingFunction } from './utils/regions.ts';
import { keyName, propertyName } from './utils/static-names.ts';
import { trackClients, type ClientTracker } from './utils/supabase-clients.ts';

type MessageIds = 'syncCookies' | 'unsafeUnwrappedCookies' | 'unawaitedFactory';

/** Where a `cookies()` call feeds a Supabase client. */
type Site = 'factory' | 'cookie-method' | 'nested-in-cookie-method' | 'argument';

const PROMISE_METHODS = new Set(['then', 'catch', 'finally']);
/** The @supabase/ssr factory that takes the cookie methods. */
const SSR_SERVER_FACTORY = Object.keys(SSR_FACTORIES).find((name) => SSR_FACTORIES[name] === 'server');

/** The outermost expression that still is `node` (through casts, `!`, `?.`). */
function outerOf(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && ((isTypeWrapper(current.parent) && current.parent.expression === current) || current.parent.type === AST_NODE_TYPES.ChainExpression)) current = current.parent;
  return current;
}

/** `x.then(…)`, or awaited: the promise is handled. */
function isHandled(outer: TSESTree.Node): boolean {
  const parent = outer.parent;
  if (parent?.type === AST_NODE_TYPES.AwaitExpression) return true;
  return parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === outer && PROMISE_METHODS.has(propertyName(parent) ?? '');
}

const isUnsafeCast = (node: TSESTree.Node): boolean =>
  node.type === AST_NODE_TYPES.TSAsExpression &&
  node.typeAnnotation.type === AST_NODE_TYPES.TSTypeReference &&
  node.typeAnnotation.typeName.type === AST_NODE_TYPES.Identifier &&
  node.typeAnnotation.typeName.name === UNSAFE_UNWRAPPED_COOKIES;

/** How code reads a Supabase client: its namespaces and query builders, or `const { auth } = client`. */
const CLIENT_READ = /\.(?:auth|rpc|storage|channel|functions|schema)\b|\.from\(\s*['"`]|[{,]\s*auth\s*[,}:]/;

export default createRule<[], MessageIds>({
  name: 'require-awaited-cookies',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `await cookies()` where Supabase server clients read cookies, and `await` on async server client factories (Next.js 15+)',
      recommended: true,
    },
    fixable: 'code',
    schema: [],
    messages: {
      syncCookies:
        '`cookies()` returns a Promise since Next 15 (reading it without `await` warns on 15 and throws on 16), so this Supabase client cannot read the session; `await cookies()` in an async function, and await the calls of a factory that becomes async.',
      unsafeUnwrappedCookies:
        '`UnsafeUnwrappedCookies` is the cast `@next/codemod` left where it could not await `cookies()`: Next 16 no longer has the type and throws on the sync access; `await cookies()` in an async function instead, and await the calls of a factory that becomes async.',
      unawaitedFactory:
        "`{{name}}()` returns a Promise (server client factories await `cookies()` since Next 15), so the client read from it here is `undefined` (\"Cannot read properties of undefined (reading 'auth')\"); write `await {{name}}()`.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const text = sourceCode.text;
    // Three things can be reported: a `cookies()` call of next/headers, the @next/codemod leftover, and a
    // call of an async server factory whose result is read as a client without `await`. The first two show
    // in the text; the third needs a Supabase-related name and a client read (`.auth`, `.from(`, …).
    const callsCookies = text.includes(NEXT_HEADERS_MODULE) && text.includes('cookies(');
    const leftover = text.includes(UNSAFE_UNWRAPPED_COOKIES) || text.includes(NEXT_CODEMOD_ERROR_MARKER);
    const readsClient = CLIENT_READ.test(text) && (SUPABASE_MENTION.test(text) || (pluginSettings(context).serverClientModules?.some((m) => text.includes(m)) ?? false));
    if (!callsCookies && !leftover && !readsClient) return {};
    const file = ruleFileContext(context);
    const imports = file.module.summary.imports;
    // Client provenance walks the module: only computed for a call that could be a factory's.
    let tracked: ClientTracker | undefined;
    const tracker = (): ClientTracker => (tracked ??= trackClients(context, file));
    const asyncCookies = file.facts.nextMajor !== undefined && file.facts.nextMajor >= ASYNC_COOKIES_MIN_NEXT_MAJOR;
    const variableOf = (id: TSESTree.Identifier) => ASTUtils.findVariable(sourceCode.getScope(id), id);

    /** The import behind a callee (`createServerClient`, `ssr.createServerClient`). */
    const importOfCallee = (callee: TSESTree.Node) =>
      callee.type === AST_NODE_TYPES.Identifier ? imports.get(callee.name)
      : callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier ? imports.get(callee.object.name)
      : undefined;

    const isServerFactoryCall = (node: TSESTree.Node): boolean =>
      node.type === AST_NODE_TYPES.CallExpression && tracker().calleeInfo(node.callee)?.factory === 'server';
    /** `createServerClient` and the auth-helpers creators (not the app's wrappers): they are synchronous. */
    const isPackageFactoryCall = (node: TSESTree.Node): boolean =>
      isServerFactoryCall(node) && isSupabasePackage(importOfCallee((node as TSESTree.CallExpression).callee)?.source ?? '');
    /**
     * `createServerClient` (from @supabase/ssr or the auth-helpers 0.14/0.15 shim): the factory whose cookie
     * store must be awaited. The old auth-helpers creators are left to no-auth-helpers: their types ask for
     * the un-awaited `cookies()` promise, so awaiting it there does not type-check.
     */
    const isSsrFactoryCall = (node: TSESTree.Node): boolean => {
      if (!isPackageFactoryCall(node)) return false;
      const callee = (node as TSESTree.CallExpression).callee;
      const name = callee.type === AST_NODE_TYPES.Identifier ? importOfCallee(callee)?.imported : propertyName(callee as TSESTree.MemberExpression);
      return name === SSR_SERVER_FACTORY;
    };

    function isCookiesCall(node: TSESTree.CallExpression): boolean {
      if (node.arguments.length > 0) return false;
      const callee = node.callee;
      const binding = importOfCallee(callee);
      if (binding?.source !== NEXT_HEADERS_MODULE) return false;
      const named = callee.type === AST_NODE_TYPES.Identifier ? binding.imported === 'cookies' : binding.imported === '*' && propertyName(callee as TSESTree.MemberExpression) === 'cookies';
      const local = callee.type === AST_NODE_TYPES.Identifier ? callee : (callee as TSESTree.MemberExpression).object;
      return named && local.type === AST_NODE_TYPES.Identifier && variableOf(local)?.scope.type === 'module';
    }

    /** Whether `fn` calls `createServerClient` or an auth-helpers creator anywhere inside. */
    function createsClient(fn: FunctionNode): boolean {
      let found = false;
      const visit = (node: TSESTree.Node): void => {
        if (found) return;
        if (isSsrFactoryCall(node)) found = true;
        for (const key of sourceCode.visitorKeys[node.type] ?? []) {
          const child = (node as unknown as Record<string, unknown>)[key];
          for (const item of Array.isArray(child) ? child : [child]) if (item && typeof (item as TSESTree.Node).type === 'string') visit(item as TSESTree.Node);
        }
      };
      visit(fn.body);
      return found;
    }

    /** The cookie method (`getAll() {…}` in `createServerClient(url, key, { cookies: { … } })`) holding `node`. */
    function cookieMethodOf(node: TSESTree.Node): FunctionNode | undefined {
      let method: FunctionNode | undefined;
      for (let current = node.parent; current; current = current.parent) {
        if (isFunction(current)) method = current;
        if (current.type !== AST_NODE_TYPES.ObjectExpression) continue;
        const holder = current.parent;
        if (holder?.type !== AST_NODE_TYPES.Property || keyName(holder) !== 'cookies') continue;
        const options = holder.parent;
        let argument: TSESTree.Node | undefined = options;
        while (argument?.parent && isTypeWrapper(argument.parent)) argument = argument.parent;
        if (options?.type === AST_NODE_TYPES.ObjectExpression && argument?.parent && isSsrFactoryCall(argument.parent)) {
          return method && method.parent.type === AST_NODE_TYPES.Property && method.parent.parent === current ? method : undefined;
        }
      }
      return undefined;
    }

    /** `cookies()` (or a const holding it) passed to a server factory: `createClient(cookieStore)`. */
    function isHandedToFactory(outer: TSESTree.Node): boolean {
      const parent = outer.parent;
      if (parent && isServerFactoryCall(parent) && (parent as TSESTree.CallExpression).arguments.includes(outer as TSESTree.CallExpressionArgument)) return true;
      if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.id.type !== AST_NODE_TYPES.Identifier) return false;
      return (variableOf(parent.id)?.references ?? []).some((r) => {
        const call = r.identifier.parent;
        return call !== undefined && isServerFactoryCall(call) && (call as TSESTree.CallExpression).arguments.includes(r.identifier as TSESTree.CallExpressionArgument);
      });
    }

    function siteOf(call: TSESTree.CallExpression, fn: FunctionNode, outer: TSESTree.Node): Site | undefined {
      const method = cookieMethodOf(call);
      if (method) return method === fn ? 'cookie-method' : 'nested-in-cookie-method';
      if (createsClient(fn)) return 'factory';
      return isHandedToFactory(outer) ? 'argument' : undefined;
    }

    function checkCookies(call: TSESTree.CallExpression): void {
      const outer = outerOf(call);
      if (isHandled(outer)) return;
      let cast: TSESTree.Node | undefined;
      for (let n: TSESTree.Node = call; n !== outer.parent && n; n = n.parent!) if (isUnsafeCast(n)) cast = n;
      if (!cast && !asyncCookies) return;
      const fn = enclosingFunction(call);
      if (!fn) return; // module scope: Next throws "called outside a request scope" anyway
      const site = siteOf(call, fn, outer);
      if (!site) return;
      const replaced = cast ? outer : call;
      // `(cookies() as unknown as UnsafeUnwrappedCookies)`: the codemod's parentheses go with the cast.
      const parens = cast && ASTUtils.isParenthesized(outer, sourceCode) ? [sourceCode.getTokenBefore(outer)!, sourceCode.getTokenAfter(outer)!] : undefined;
      const canBeAsync = fn.async || ((site === 'factory' || site === 'cookie-method') && asyncBlocker(fn) === undefined);
      const marker = sourceCode.getCommentsBefore(replaced).find((c) => c.value.includes(NEXT_CODEMOD_ERROR_MARKER));
      const otherComments = sourceCode.getCommentsInside(replaced).length > 0;
      context.report({
        node: cast ?? call,
        messageId: cast ? 'unsafeUnwrappedCookies' : 'syncCookies',
        fix:
          !canBeAsync || otherComments ? null : (fixer) => {
            const callText = sourceCode.getText(call);
            const fixes = parens
              ? [fixer.replaceTextRange([parens[0].range[0], parens[1].range[1]], awaitNeedsParens(outer) ? `(await ${callText})` : `await ${callText}`)]
              : [fixer.replaceTextRange([marker?.range[0] ?? replaced.range[0], replaced.range[1]], awaitedText(sourceCode, replaced, callText))];
            fixes.push(...makeAsyncFixes(sourceCode, fixer, fn));
            const typeImport = cast ? unusedAfterFix(cast) : undefined;
            if (typeImport) fixes.push(removeImportSpecifier(sourceCode, fixer, typeImport));
            return fixes;
          },
      });
    }

    /** The `UnsafeUnwrappedCookies` import specifier, when `cast` is its only use. */
    function unusedAfterFix(cast: TSESTree.Node): TSESTree.ImportClause | undefined {
      const name = (cast as TSESTree.TSAsExpression).typeAnnotation as TSESTree.TSTypeReference;
      const variable = variableOf(name.typeName as TSESTree.Identifier);
      const def = variable?.defs[0];
      if (def?.type !== 'ImportBinding' || variable!.references.length !== 1) return undefined;
      return def.node as TSESTree.ImportClause;
    }

    /** `createClient` of this file, declared `async` at module level. */
    function isLocalAsyncFactory(callee: TSESTree.Node): boolean {
      if (callee.type !== AST_NODE_TYPES.Identifier) return false;
      const variable = variableOf(callee);
      const def = variable?.defs[0];
      if (!def || variable!.scope.type !== 'module') return false;
      if (def.type === 'FunctionName') return (def.node as TSESTree.FunctionDeclaration).async;
      if (def.type !== 'Variable' || !def.node.init) return false;
      let init: TSESTree.Node = def.node.init;
      if (init.type === AST_NODE_TYPES.CallExpression && init.arguments.length === 1 && init.callee.type === AST_NODE_TYPES.Identifier && init.callee.name === 'cache') init = init.arguments[0]!;
      return isFunction(init) && init.async;
    }

    /**
     * An imported server factory that its module declares `async`, as the project graph reads it (through
     * re-exports, barrels, default exports and React's `cache()`; the Pages Router factories, the older
     * `createClient(cookieStore)` and auth-helpers wrappers are synchronous).
     */
    function isImportedAsyncFactory(callee: TSESTree.Node): boolean {
      if (!importOfCallee(callee) || !file.graph) return false;
      const value = tracker().valueOf(callee);
      return value?.type === 'function' && value.facts().async;
    }

    /** Whether the promise at `outer` is read as if it were the client (`.auth`, `{ auth } =`, a variable read that way). */
    function usedAsClient(outer: TSESTree.Node): boolean {
      const parent = outer.parent;
      if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === outer) return !PROMISE_METHODS.has(propertyName(parent) ?? '');
      if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== outer) return false;
      if (parent.id.type === AST_NODE_TYPES.ObjectPattern) return true;
      if (parent.id.type !== AST_NODE_TYPES.Identifier) return false;
      return (variableOf(parent.id)?.references ?? []).some((r) => {
        const use = r.identifier.parent;
        return use?.type === AST_NODE_TYPES.MemberExpression && use.object === r.identifier && !PROMISE_METHODS.has(propertyName(use) ?? '');
      });
    }

    function checkFactoryCall(call: TSESTree.CallExpression): void {
      // Syntax first: most factory calls are awaited, and then nothing else needs computing.
      const outer = outerOf(call);
      if (isHandled(outer) || !usedAsClient(outer)) return;
      if (!(isLocalAsyncFactory(call.callee) || isImportedAsyncFactory(call.callee))) return;
      if (!isServerFactoryCall(call) || isPackageFactoryCall(call)) return;
      const fn = enclosingFunction(call);
      const name = sourceCode.getText(call.callee);
      context.report({
        node: call,
        messageId: 'unawaitedFactory',
        data: { name },
        fix: fn?.async ? (fixer) => fixer.replaceText(outer, awaitedText(sourceCode, outer, sourceCode.getText(outer))) : null,
      });
    }

    return {
      CallExpression(node: TSESTree.CallExpression) {
        if (isCookiesCall(node)) checkCookies(node);
        else checkFactoryCall(node);
      },
    };
  },
});
