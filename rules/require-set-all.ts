// `createServerClient(url, key, { cookies })` must get `getAll` and `setAll` (facts §1.3). What
// @supabase/ssr does with the `cookies` object (`createStorageFromOptions` in `dist/main/cookies.js`):
//   - no `cookies`, or an object without `get` and without `getAll`   → throws at construction (E1)
//   - `"get" in cookies`                                              → deprecated per-name path, checked
//     FIRST: `getAll`/`setAll` next to `get` are never called; without both `set` and `remove` every write
//     only logs a warning (W2)
//   - `getAll` without `setAll`                                       → every write only logs a warning (W1)
//   - `getAll` + `setAll`                                             → correct (a leftover `set`/`remove`
//     next to them is dead code, never called, so it is not reported)
// Only calls of `createServerClient` itself are checked (from `@supabase/ssr`, or from auth-helpers
// 0.14/0.15, which republish it): app wrappers and auth-helpers creators take no cookie methods at their
// call sites (facts §4.7, §4.9). Whatever cannot be seen in this file (parameters, calls, unknown spreads)
// is not reported.
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { stripTypes } from '../core/estree.ts';
import { isAuthHelpersPackage, SSR_PACKAGE } from '../core/supabase.ts';
import { versionHas } from '../core/capabilities.ts';
import { indentBlock, nextHeadersCookieMethods } from '../core/templates.ts';
import { isCookieStoreParameter } from './utils/parameter-types.ts';
import { createRule } from './utils/create-rule.ts';
import { ruleFileContext } from './utils/file-context.ts';
import { trackClients } from './utils/supabase-clients.ts';

type MessageIds = 'missingCookies' | 'missingSetAll' | 'deprecatedMethods' | 'deprecatedGetOnly' | 'getShadowsGetAll' | 'cookieStoreAsMethods' | 'useGetAllSetAll';

const FACTORY = 'createServerClient';
/** Methods of Next's cookie stores (`cookies()`, `request.cookies`, `response.cookies`). */
const COOKIE_STORE_METHODS = new Set(['get', 'getAll', 'set', 'delete', 'has']);
/** The cookie methods @supabase/ssr knows; a suggestion only replaces objects made of these alone. */
const COOKIE_METHOD_KEYS = new Set(['get', 'set', 'remove', 'getAll', 'setAll']);
/** How many `const` indirections and spreads are followed. */
const MAX_DEPTH = 5;

/** An own property of an object literal (spreads followed), or something that may define any key. */
type Entry = { key: string; prop: TSESTree.Property } | { key: undefined };
type Lookup = TSESTree.Property | 'absent' | 'unknown';

/** The static name of a property key (`get`, `'get'`, `['get']`, `` [`get`] ``), else undefined. */
function keyName(prop: TSESTree.Property): string | undefined {
  const { key } = prop;
  if (!prop.computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  if (prop.computed && key.type === AST_NODE_TYPES.TemplateLiteral && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

const isNullish = (node: TSESTree.Node): boolean =>
  (node.type === AST_NODE_TYPES.Literal && node.value === null && !('regex' in node)) || (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined');

/**
 * What @supabase/ssr makes of a `cookies` object whose keys `has` answers (its runtime decision tree,
 * see the top of this file); undefined: correct, or not knowable.
 */
function verdict(has: (key: string) => Lookup | 'present'): MessageIds | undefined {
  const known = (key: string) => {
    const found = has(key);
    return found === 'absent' || found === 'unknown' ? found : 'present';
  };
  const get = known('get');
  if (get === 'unknown') return undefined;
  if (get === 'present') {
    if (known('getAll') === 'present' || known('setAll') === 'present') return 'getShadowsGetAll';
    return known('set') === 'absent' || known('remove') === 'absent' ? 'deprecatedGetOnly' : 'deprecatedMethods';
  }
  const getAll = known('getAll');
  if (getAll === 'unknown') return undefined;
  if (getAll === 'absent') return 'missingCookies';
  return known('setAll') === 'absent' ? 'missingSetAll' : undefined;
}

/** Where the last definition of `key` is, scanning the flattened entries from the end. */
function lookup(entries: readonly Entry[], key: string): Lookup {
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    if (entry.key === undefined) return 'unknown';
    if (entry.key === key) return entry.prop;
  }
  return 'absent';
}

export default createRule<[], MessageIds>({
  name: 'require-set-all',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `createServerClient` cookie methods to be `getAll` and `setAll`',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      missingCookies:
        '`{{factory}}()` has no `cookies` option with `getAll`, so @supabase/ssr throws "createServerClient must be initialized with cookie options…" as soon as it runs; pass `cookies: { getAll, setAll }` that read and write the request\'s cookies.',
      missingSetAll:
        '`{{factory}}()` has `getAll` but no `setAll`, so refreshed sessions are never written back to the browser, which logs users out at random; add a `setAll` that writes every cookie it receives.',
      deprecatedMethods:
        '`{{factory}}()` uses the deprecated `get`/`set`/`remove` cookie methods, which cannot list cookies, so chunked sessions are only partly read and stale chunks stay behind (random logouts, broken sessions); replace them with `getAll` and `setAll`.',
      deprecatedGetOnly:
        '`{{factory}}()` has the deprecated `get` without both `set` and `remove`, so refreshed sessions are never written back to the browser, which logs users out at random; replace them with `getAll` and `setAll`.',
      getShadowsGetAll:
        '`{{factory}}()` has `get` next to `getAll`/`setAll`, and @supabase/ssr checks `get` first, so your `getAll`/`setAll` are never called and sessions go through the deprecated per-name methods (random logouts); delete `get`, `set` and `remove`.',
      cookieStoreAsMethods:
        '`{{factory}}()` gets Next\'s cookie store itself as `cookies`: @supabase/ssr sees its `get` and calls `get(name)`, which returns a cookie object instead of its value, and it has no `remove`, so sessions are neither read nor written back (random logouts); pass `{ getAll, setAll }` methods that use the store.',
      useGetAllSetAll: 'Replace the cookie methods with `getAll()`/`setAll()` on `{{store}}`, ignoring write errors in Server Components.',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const isFactorySource = (source: string) => source === SSR_PACKAGE || isAuthHelpersPackage(source);
    // Nothing to check unless `createServerClient` (or a namespace holding it) is imported: decided
    // from the text first, then from the module's imports, before the graph follows anything.
    if (!sourceCode.text.includes(FACTORY)) return {};
    const file = ruleFileContext(context);
    const imported = [...file.module.summary.imports.values()].some((b) => isFactorySource(b.source) && (b.imported === FACTORY || b.imported === '*'));
    if (!imported) return {};
    const tracker = trackClients(context, file);
    if (!tracker.hasSupabase) return {};

    const variableOf = (id: TSESTree.Identifier) => ASTUtils.findVariable(sourceCode.getScope(id), id);
    // The suggested methods write cookies the way the app's Next version types `cookies().set`.
    const has = { cookieSetWithOptions: versionHas('cookieSetWithOptions', file.facts.nextVersion) };

    /** `createServerClient` from @supabase/ssr or an auth-helpers shim, however imported; not a wrapper. */
    function isServerClientFactory(callee: TSESTree.Node): boolean {
      let binding;
      if (callee.type === AST_NODE_TYPES.Identifier) {
        binding = tracker.importOf(callee.name);
        if (binding?.imported !== FACTORY) return false;
      } else if (
        callee.type === AST_NODE_TYPES.MemberExpression &&
        !callee.computed &&
        callee.object.type === AST_NODE_TYPES.Identifier &&
        callee.property.type === AST_NODE_TYPES.Identifier &&
        callee.property.name === FACTORY
      ) {
        binding = tracker.importOf(callee.object.name);
        if (binding?.imported !== '*') return false;
      } else {
        return false;
      }
      // calleeInfo also checks that the name really refers to the module-level import (not shadowed).
      return isFactorySource(binding.source) && tracker.calleeInfo(callee)?.factory === 'server';
    }

    /**
     * A `const` object literal is followed only when nothing in this file can change it: every use reads
     * it, spreads it, or hands it to `createServerClient`.
     */
    function isReadOnly(variable: TSESLint.Scope.Variable): boolean {
      return variable.references.every((ref) => {
        if (ref.init) return true;
        if (ref.isWrite()) return false;
        const id = ref.identifier;
        const parent = id.parent;
        if (!parent) return false;
        if (parent.type === AST_NODE_TYPES.Property && parent.value === id) return true;
        if (parent.type === AST_NODE_TYPES.SpreadElement) return true;
        if (parent.type === AST_NODE_TYPES.TSTypeQuery || parent.type === AST_NODE_TYPES.ExportSpecifier) return true;
        if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(id as TSESTree.Expression)) return isServerClientFactory(parent.callee);
        if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === id) {
          let top: TSESTree.Node = parent;
          while (top.parent?.type === AST_NODE_TYPES.MemberExpression && top.parent.object === top) top = top.parent;
          const above = top.parent;
          if (above?.type === AST_NODE_TYPES.AssignmentExpression && above.left === top) return false;
          if (above?.type === AST_NODE_TYPES.UpdateExpression) return false;
          if (above?.type === AST_NODE_TYPES.UnaryExpression && above.operator === 'delete') return false;
          return true;
        }
        return false;
      });
    }

    /** The object literal `node` is, directly or through a read-only `const` of this file. */
    function resolveObject(node: TSESTree.Node, depth: number): TSESTree.ObjectExpression | undefined {
      if (depth > MAX_DEPTH) return undefined;
      const inner = stripTypes(node);
      if (inner.type === AST_NODE_TYPES.ObjectExpression) return inner;
      if (inner.type !== AST_NODE_TYPES.Identifier) return undefined;
      const variable = variableOf(inner);
      const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (!variable || def?.type !== 'Variable' || def.parent.kind !== 'const') return undefined;
      if (def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init || !isReadOnly(variable)) return undefined;
      return resolveObject(def.node.init, depth + 1);
    }

    /** The properties of an object literal in order, with spreads of visible literals inlined. */
    function entriesOf(object: TSESTree.ObjectExpression, depth: number): Entry[] {
      const entries: Entry[] = [];
      for (const prop of object.properties) {
        if (prop.type === AST_NODE_TYPES.Property) {
          const key = keyName(prop);
          entries.push(key === undefined ? { key: undefined } : { key, prop });
          continue;
        }
        const argument = stripTypes(prop.argument);
        if (isNullish(argument)) continue; // `...undefined` adds nothing
        const spread = resolveObject(argument, depth + 1);
        if (spread && depth < MAX_DEPTH) entries.push(...entriesOf(spread, depth + 1));
        else entries.push({ key: undefined });
      }
      return entries;
    }

    /** Visits `node` and everything under it (with the parser's own visitor keys). */
    function walk(node: TSESTree.Node, visit: (node: TSESTree.Node) => void): void {
      visit(node);
      for (const key of sourceCode.visitorKeys[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        for (const item of Array.isArray(child) ? child : [child]) {
          if (item && typeof item === 'object' && typeof (item as { type?: unknown }).type === 'string') walk(item as TSESTree.Node, visit);
        }
      }
    }

    /** `X` of a `const X = await cookies()` / `cookies()` from `next/headers`, or a parameter typed as that store. */
    function isNextHeadersStore(variable: TSESLint.Scope.Variable): boolean {
      if (isCookieStoreParameter(variable, tracker.types)) return true;
      const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
      if (def?.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return false;
      let init = stripTypes(def.node.init);
      if (init.type === AST_NODE_TYPES.AwaitExpression) init = stripTypes(init.argument);
      if (init.type !== AST_NODE_TYPES.CallExpression || init.callee.type !== AST_NODE_TYPES.Identifier || init.arguments.length > 0) return false;
      return isNextHeadersCookies(init.callee);
    }

    /** `id` is the `cookies` function imported (or required) from `next/headers`, not a local that shadows it. */
    const isNextHeadersCookies = (id: TSESTree.Identifier): boolean => tracker.types.isCookiesFunction(id);

    /**
     * The name of the one `next/headers` cookie store every cookie-store call in `object` goes to, or
     * undefined when there is none, several, or any other store (`request.cookies`, `cookies().get`).
     */
    function nextHeadersStore(object: TSESTree.ObjectExpression): string | undefined {
      const stores = new Set<TSESLint.Scope.Variable>();
      let other = false;
      walk(object, (node) => {
        if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed || node.property.type !== AST_NODE_TYPES.Identifier) return;
        if (!COOKIE_STORE_METHODS.has(node.property.name)) return;
        if (node.parent?.type !== AST_NODE_TYPES.CallExpression || node.parent.callee !== node) return;
        const variable = node.object.type === AST_NODE_TYPES.Identifier ? variableOf(node.object) : null;
        if (variable && isNextHeadersStore(variable)) stores.add(variable);
        else other = true;
      });
      const [store] = stores;
      return !other && stores.size === 1 ? store!.name : undefined;
    }

    /** The canonical `cookies` object replacing `object`, when it is inline and all its methods use one `next/headers` store. */
    function suggestionFor(object: TSESTree.ObjectExpression, inline: boolean): TSESLint.ReportSuggestionArray<MessageIds> | null {
      if (!inline) return null; // a `const` elsewhere loses createServerClient's parameter types
      const onlyCookieMethods = object.properties.every((p) => p.type === AST_NODE_TYPES.Property && COOKIE_METHOD_KEYS.has(keyName(p) ?? ''));
      if (!onlyCookieMethods) return null;
      const store = nextHeadersStore(object);
      if (!store) return null;
      const indent = /^\s*/.exec(sourceCode.lines[object.loc.start.line - 1] ?? '')?.[0] ?? '';
      const text = indentBlock(nextHeadersCookieMethods(store, has), indent);
      return [{ messageId: 'useGetAllSetAll', data: { store }, fix: (fixer) => fixer.replaceText(object, text) }];
    }

    const reported = new Set<TSESTree.Node>();
    function report(node: TSESTree.Node, messageId: MessageIds, factory: string, suggest: TSESLint.ReportSuggestionArray<MessageIds> | null = null): void {
      if (reported.has(node)) return; // one options object shared by several calls: report it once
      reported.add(node);
      context.report({ node, messageId, data: { factory }, ...(suggest ? { suggest } : {}) });
    }

    function check(call: TSESTree.CallExpression): void {
      const factory = sourceCode.getText(call.callee);
      const args = call.arguments.slice(0, 3);
      if (args.some((a) => a.type === AST_NODE_TYPES.SpreadElement)) return; // `createServerClient(...args)`
      const optionsArg = args[2];
      if (!optionsArg) {
        report(call.callee, 'missingCookies', factory);
        return;
      }
      const options = resolveObject(optionsArg, 0);
      if (!options) return;
      const cookiesProp = lookup(entriesOf(options, 0), 'cookies');
      if (cookiesProp === 'unknown') return;
      if (cookiesProp === 'absent') {
        report(call.callee, 'missingCookies', factory);
        return;
      }
      if (cookiesProp.kind !== 'init') return; // `get cookies() { … }`
      const value = stripTypes(cookiesProp.value);
      if (isNullish(value)) {
        report(cookiesProp.key, 'missingCookies', factory);
        return;
      }
      if (value.type === AST_NODE_TYPES.Identifier && isNextHeadersCookies(value)) {
        // `{ cookies }` (the auth-helpers habit): a function has neither `get` nor `getAll` → E1.
        report(cookiesProp.key, 'missingCookies', factory);
        return;
      }
      const cookies = resolveObject(value, 0);
      if (!cookies) {
        checkFollowed(cookiesProp, value, factory);
        return;
      }
      const inline = stripTypes(optionsArg) === options && cookiesProp.parent === options && value === cookies;
      const entries = entriesOf(cookies, 0);
      const messageId = verdict((key) => lookup(entries, key));
      if (messageId) report(cookiesProp.key, messageId, factory, messageId === 'missingCookies' ? null : suggestionFor(cookies, inline));
    }

    /**
     * `cookies:` given as something other than an object literal of this file: the project graph follows
     * it (a helper's result, an imported object, the cookie store itself). Unknown values are not reported.
     */
    function checkFollowed(cookiesProp: TSESTree.Property, value: TSESTree.Node, factory: string): void {
      const followed = tracker.valueOf(value);
      if (followed?.type === 'cookie-store') {
        const store = value.type === AST_NODE_TYPES.Identifier ? variableOf(value) : null;
        const suggest: TSESLint.ReportSuggestionArray<MessageIds> | null =
          store && isNextHeadersStore(store)
            ? [{ messageId: 'useGetAllSetAll', data: { store: store.name }, fix: (fixer) => fixer.replaceText(value, indentBlock(nextHeadersCookieMethods(store.name, has), /^\s*/.exec(sourceCode.lines[value.loc.start.line - 1] ?? '')?.[0] ?? '')) }]
            : null;
        report(cookiesProp.key, 'cookieStoreAsMethods', factory, suggest);
      } else if (followed?.type === 'function') {
        report(cookiesProp.key, 'missingCookies', factory); // a function has neither `get` nor `getAll`
      } else if (followed?.type === 'object') {
        const messageId = verdict((key) => (followed.names.includes(key) ? 'present' : followed.complete ? 'absent' : 'unknown'));
        if (messageId) report(cookiesProp.key, messageId, factory);
      }
    }

    return {
      CallExpression(node) {
        if (isServerClientFactory(node.callee)) check(node);
      },
    };
  },
});
