// A service-role or secret key handed to a cookie-bound client (`createServerClient`, `createBrowserClient`,
// the auth-helpers creators) does not make an admin client (facts §2.1): supabase-js sends the session's
// access token as `Authorization` whenever the cookie holds one, and the key only when it does not
// (`fetchWithAuth` / `_getAccessToken` in @supabase/supabase-js). Signed-in users therefore run the "admin"
// code under RLS (it fails, often silently), while signed-out visitors run it with the key's full rights.
// The suggestion rewrites the call to supabase-js `createClient` with no session; it is never an autofix,
// because it changes whose rights the code runs with.
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { ADMIN_CLIENT_AUTH_OPTIONS, AUTH_HELPERS_KEY_OPTION, AUTH_HELPERS_URL_OPTION, isCookieBound, SECRET_KEY_TEXT, SSR_KEY_ARGUMENT_INDEX } from '../core/keys.ts';
import type { ModuleRole } from '../core/next.ts';
import { ENV_URL, SSR_FACTORIES, SUPABASE_JS_PACKAGE } from '../core/supabase.ts';
import { createRule } from './utils/create-rule.ts';
import { packageFactoryCalls, type PackageFactoryCall } from './utils/factory-calls.ts';
import { ruleFileContext } from './utils/file-context.ts';
import { regionOf } from './utils/regions.ts';
import { propertyKeyName, secretKeySource } from './utils/secret-keys.ts';

type MessageIds = 'secretKeyInUserClient' | 'useAdminClient';

/** The supabase-js factory the suggestion calls. */
const ADMIN_FACTORY = 'createClient';
/** The local name it gets when the file already declares a `createClient` of its own (the app's wrapper). */
const ADMIN_FACTORY_ALIAS = 'createSupabaseClient';
/** `@supabase/ssr` options that only concern the cookie session, dropped with it. */
const COOKIE_ONLY_OPTIONS = new Set(['cookies', 'cookieOptions', 'cookieEncoding', 'isSingleton']);
/** auth-helpers options that the suggestion turns into arguments, or drops with the cookie session. */
const HELPER_CONSUMED_OPTIONS = new Set([AUTH_HELPERS_URL_OPTION, AUTH_HELPERS_KEY_OPTION, 'cookieOptions', 'isSingleton']);

/** `[]`, `null`, `undefined`, `void 0`: what a cookie reader returns when it reads nothing. */
function isEmptyValue(node: TSESTree.Node | null | undefined): boolean {
  if (!node) return true;
  if (node.type === AST_NODE_TYPES.ArrayExpression) return node.elements.length === 0;
  if (node.type === AST_NODE_TYPES.Literal) return node.value === null;
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === 'undefined';
  return node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void';
}

/** A function whose every outcome is an empty value (`() => []`, `getAll() { return [] }`, `() => {}`). */
function returnsNothing(fn: TSESTree.Node): boolean {
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return false;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return isEmptyValue(fn.body);
  return fn.body.body.every((statement) => statement.type === AST_NODE_TYPES.ReturnStatement && isEmptyValue(statement.argument));
}

export default createRule<[], MessageIds>({
  name: 'no-service-key-in-user-client',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow service-role and secret keys in cookie-bound Supabase clients, which run as the signed-in user whatever key they get',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      secretKeyInUserClient:
        '`{{factory}}()` binds the client to the user\'s cookie session, so {{key}} does not make it an admin client: signed-in users send their own token (RLS applies and the admin work fails), signed-out visitors send the key (full access). Create the admin client with supabase-js `createClient` and no session, in server-only code, and keep this client on the publishable (anon) key.',
      useAdminClient: 'Create a supabase-js client without a session instead (`{{name}}(url, key, { auth: { persistSession: false, … } })`); it then runs with the key\'s rights for everyone, so check who the user is before using it.',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    // Both a secret-looking name or literal and a client factory must appear, before any file is read.
    if (!SECRET_KEY_TEXT.test(sourceCode.text) || !/create\w*Client/.test(sourceCode.text)) return {};
    const factoryCall = packageFactoryCalls(sourceCode);
    let moduleRole: ModuleRole | undefined;
    const role = () => (moduleRole ??= ruleFileContext(context).role);
    const isTypeScript = /\.[cm]?tsx?$/.test(context.filename);

    /**
     * The name supabase-js `createClient` has at `call` (already imported) or can get there (free, or
     * aliased when the file declares a `createClient` of its own), or undefined when both are taken.
     */
    function adminFactoryName(call: TSESTree.CallExpression): { name: string; importNeeded: boolean } | undefined {
      const scope = sourceCode.getScope(call);
      for (const statement of sourceCode.ast.body) {
        if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.source.value !== SUPABASE_JS_PACKAGE || statement.importKind === 'type') continue;
        for (const spec of statement.specifiers) {
          if (spec.type !== AST_NODE_TYPES.ImportSpecifier || spec.importKind === 'type') continue;
          const imported = spec.imported.type === AST_NODE_TYPES.Identifier ? spec.imported.name : spec.imported.value;
          const visible = ASTUtils.findVariable(scope, spec.local.name)?.identifiers[0] === spec.local;
          if (imported === ADMIN_FACTORY && visible) return { name: spec.local.name, importNeeded: false };
        }
      }
      const globalScope = sourceCode.scopeManager?.globalScope;
      const taken = (name: string) => ASTUtils.findVariable(scope, name) !== null || globalScope?.through.some((ref) => ref.identifier.name === name) === true;
      if (!taken(ADMIN_FACTORY)) return { name: ADMIN_FACTORY, importNeeded: true };
      if (!taken(ADMIN_FACTORY_ALIAS)) return { name: ADMIN_FACTORY_ALIAS, importNeeded: true };
      return undefined;
    }

    /** `import { createClient } from '@supabase/supabase-js'`, after the last import. */
    function addImport(fixer: TSESLint.RuleFixer, name: string): TSESLint.RuleFix {
      const specifier = name === ADMIN_FACTORY ? ADMIN_FACTORY : `${ADMIN_FACTORY} as ${name}`;
      const text = `import { ${specifier} } from '${SUPABASE_JS_PACKAGE}'`;
      const imports = sourceCode.ast.body.filter((s) => s.type === AST_NODE_TYPES.ImportDeclaration);
      const last = imports[imports.length - 1];
      // The factory itself was imported (`esm`), so there is always a last import.
      return fixer.insertTextAfter(last!, `\n${text}`);
    }

    /**
     * The text of supabase-js options that keep the call's other settings (`db`, `global`, …) and add
     * the no-session `auth`; undefined when the options cannot be carried over safely.
     */
    function optionsText(options: TSESTree.Node | undefined, consumed: ReadonlySet<string>): string | undefined {
      const auth = `auth: ${ADMIN_CLIENT_AUTH_OPTIONS}`;
      if (!options) return `{ ${auth} }`;
      if (options.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
      const kept: string[] = [];
      for (const prop of options.properties) {
        if (prop.type !== AST_NODE_TYPES.Property) return undefined;
        const key = propertyKeyName(prop);
        if (key === undefined || key === 'auth') return undefined;
        if (key === 'options') {
          // auth-helpers: `options` holds the supabase-js options themselves
          if (prop.value.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
          for (const inner of prop.value.properties) {
            if (inner.type !== AST_NODE_TYPES.Property || propertyKeyName(inner) === undefined || propertyKeyName(inner) === 'auth') return undefined;
            kept.push(sourceCode.getText(inner));
          }
        } else if (!consumed.has(key)) {
          kept.push(sourceCode.getText(prop));
        }
      }
      return `{ ${[...kept, auth].join(', ')} }`;
    }

    /** The replacement call, or undefined when it cannot be written safely. */
    function replacementCall(call: TSESTree.CallExpression, factory: PackageFactoryCall, name: string, keyNode: TSESTree.Node): string | undefined {
      const typeArgs = call.typeArguments?.params.length === 1 ? sourceCode.getText(call.typeArguments) : '';
      const key = sourceCode.getText(keyNode);
      if (SSR_FACTORIES[factory.name]) {
        const [url, , options, ...rest] = call.arguments;
        if (!url || url.type === AST_NODE_TYPES.SpreadElement || rest.length > 0) return undefined;
        const opts = optionsText(options, COOKIE_ONLY_OPTIONS);
        return opts && `${name}${typeArgs}(${sourceCode.getText(url)}, ${key}, ${opts})`;
      }
      // auth-helpers: the key sits in an options object, next to an optional `supabaseUrl`
      const holder = keyNode.parent?.parent;
      if (holder?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
      const urlProp = holder.properties.find((p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyKeyName(p) === AUTH_HELPERS_URL_OPTION);
      const url = urlProp ? sourceCode.getText(urlProp.value) : `process.env.${ENV_URL}${isTypeScript ? '!' : ''}`;
      const opts = optionsText(holder, HELPER_CONSUMED_OPTIONS);
      return opts && `${name}${typeArgs}(${url}, ${key}, ${opts})`;
    }

    function suggestion(call: TSESTree.CallExpression, factory: PackageFactoryCall, keyNode: TSESTree.Node): TSESLint.ReportSuggestionArray<MessageIds> | null {
      // In browser code there is no safe place for the key at all: the message says where it belongs.
      if (!factory.esm || regionOf(call, role()) === 'client') return null;
      const admin = adminFactoryName(call);
      if (!admin) return null;
      const text = replacementCall(call, factory, admin.name, keyNode);
      if (text === undefined) return null;
      return [
        {
          messageId: 'useAdminClient',
          data: { name: admin.name },
          fix: (fixer) => (admin.importNeeded ? [fixer.replaceText(call, text), addImport(fixer, admin.name)] : fixer.replaceText(call, text)),
        },
      ];
    }

    /** The key a call passes: the second argument of the ssr factories, `supabaseKey` of the auth-helpers creators. */
    function keyOf(call: TSESTree.CallExpression, factory: PackageFactoryCall): TSESTree.Node | undefined {
      if (SSR_FACTORIES[factory.name]) {
        const arg = call.arguments[SSR_KEY_ARGUMENT_INDEX];
        return arg && arg.type !== AST_NODE_TYPES.SpreadElement ? arg : undefined;
      }
      for (const arg of call.arguments) {
        if (arg.type !== AST_NODE_TYPES.ObjectExpression) continue;
        const prop = arg.properties.find((p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyKeyName(p) === AUTH_HELPERS_KEY_OPTION);
        if (prop) return prop.value;
      }
      return undefined;
    }

    /** The object literal `node` is, inline or through a `const` of this file. */
    function objectLiteral(node: TSESTree.Node | undefined): TSESTree.ObjectExpression | undefined {
      if (node?.type === AST_NODE_TYPES.ObjectExpression) return node;
      if (node?.type !== AST_NODE_TYPES.Identifier) return undefined;
      const def = ASTUtils.findVariable(sourceCode.getScope(node), node)?.defs[0];
      const init = def?.type === 'Variable' && def.parent.kind === 'const' ? def.node.init : null;
      return init?.type === AST_NODE_TYPES.ObjectExpression ? init : undefined;
    }

    /**
     * Whether an ssr client's cookie readers visibly return nothing (`getAll: () => []`): it then never
     * has a session and always sends the key, so it is not the user's client. Supabase still advises
     * supabase-js for this, but it is not the bug this rule reports.
     */
    function readsNoCookies(options: TSESTree.Node | undefined): boolean {
      const cookiesProp = objectLiteral(options)?.properties.find((p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyKeyName(p) === 'cookies');
      const cookies = objectLiteral(cookiesProp?.value);
      if (!cookies || cookies.properties.some((p) => p.type !== AST_NODE_TYPES.Property)) return false;
      const readers = (cookies.properties as TSESTree.Property[]).filter((p) => ['get', 'getAll'].includes(propertyKeyName(p) ?? ''));
      return readers.length > 0 && readers.every((p) => returnsNothing(p.value));
    }

    return {
      CallExpression(call) {
        const factory = factoryCall(call);
        if (!factory || !isCookieBound(factory.kind)) return;
        if (SSR_FACTORIES[factory.name] && readsNoCookies(call.arguments[2])) return;
        const keyNode = keyOf(call, factory);
        const key = keyNode && secretKeySource(keyNode, sourceCode);
        if (!keyNode || key === undefined) return;
        // Only when the key is always the secret one: `isAdmin ? secret : anon` also serves signed-in users.
        const suggest = secretKeySource(keyNode, sourceCode, 'every') === undefined ? null : suggestion(call, factory, keyNode);
        context.report({ node: keyNode, messageId: 'secretKeyInUserClient', data: { factory: factory.name, key }, ...(suggest ? { suggest } : {}) });
      },
    };
  },
});
