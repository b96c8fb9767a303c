// Reports every module load of the deprecated `@supabase/auth-helpers-*` packages and names the
// `@supabase/ssr` (or supabase-js) replacement of each imported export. Autofixes only the purely mechanical
// cases: 0.14/0.15 shim names (= `@supabase/ssr` republished) and the `Session`/`User`/`SupabaseClient`
// type re-exports; everything else is left to the codemod (`npx supabase-auth migrate`).
// Facts: ../shared/reference/supabase-auth-facts.md §1.2, §4.9.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  AUTH_HELPERS_NEXTJS_EXPORTS,
  AUTH_HELPERS_PACKAGES,
  AUTH_HELPERS_REACT_EXPORTS,
  helperReplacement,
  isAuthHelpersPackage,
  SSR_PACKAGE,
  SSR_SHIM_EXPORTS,
  SUPABASE_JS_PACKAGE,
} from '../core/supabase.ts';
import { createRule } from './utils/create-rule.ts';

type MessageIds =
  | 'syncCookiesClient'
  | 'deprecatedCreator'
  | 'removedHelper'
  | 'helperType'
  | 'shimExport'
  | 'noEquivalent'
  | 'deprecatedExport'
  | 'deprecatedPackage';

/** The packages whose 0.14/0.15 releases are `@supabase/ssr` republished (facts §1.2, §3). */
const SHIM_PACKAGES: readonly string[] = ['@supabase/auth-helpers-nextjs', '@supabase/auth-helpers-react'];

/** A string literal (or expression-free template) that names a module. */
type SourceNode = TSESTree.StringLiteral | TSESTree.TemplateLiteral;

/** One imported name and the node its report goes on. */
interface Named {
  name: string;
  node: TSESTree.Node;
}

/** What one declaration loads from a helper package. */
interface Load {
  source: string;
  sourceNode: SourceNode;
  /** Named exports, each reported on its own node. */
  names: Named[];
  /** The declaration also loads the module as a whole (default, namespace, side effect, `require` to a name…). */
  whole: boolean;
  /** The specifier is a path inside the package, not the package itself. */
  deep: boolean;
}

interface Classified {
  messageId: MessageIds;
  replacement: string;
  /** The package a specifier-only fix may point at, when the export exists there unchanged. */
  target?: string;
}

function classify(source: string, name: string): Classified {
  const replacement = helperReplacement(source, name);
  if (source === '@supabase/auth-helpers-nextjs') {
    const known = AUTH_HELPERS_NEXTJS_EXPORTS[name];
    switch (known?.migration) {
      case 'server-component':
      case 'route-handler':
        return { messageId: 'syncCookiesClient', replacement };
      case 'browser':
      case 'middleware':
      case 'pages-server':
        return { messageId: 'deprecatedCreator', replacement };
      case 'removed':
        return { messageId: 'removedHelper', replacement };
      case 'type':
        return { messageId: 'helperType', replacement, target: SUPABASE_JS_PACKAGE };
      default:
        break;
    }
  }
  if (SHIM_PACKAGES.includes(source) && SSR_SHIM_EXPORTS.includes(name)) {
    return { messageId: 'shimExport', replacement, target: SSR_PACKAGE };
  }
  if (source === '@supabase/auth-helpers-react' && Object.hasOwn(AUTH_HELPERS_REACT_EXPORTS, name)) {
    return { messageId: 'noEquivalent', replacement };
  }
  return { messageId: 'deprecatedExport', replacement };
}

/** The static text of a module specifier expression, with the node that holds it. */
function staticSource(node: TSESTree.Node | null | undefined): { value: string; node: SourceNode } | undefined {
  if (!node) return undefined;
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') {
    return { value: node.value, node: node as TSESTree.StringLiteral };
  }
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0 && node.quasis.length === 1) {
    const cooked = node.quasis[0]!.value.cooked;
    return typeof cooked === 'string' ? { value: cooked, node } : undefined;
  }
  return undefined;
}

const nameOf = (node: TSESTree.Identifier | TSESTree.StringLiteral): string =>
  node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;

export default createRule<[], MessageIds>({
  name: 'no-auth-helpers',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow imports of the deprecated `@supabase/auth-helpers-*` packages',
      recommended: true,
    },
    fixable: 'code',
    messages: {
      syncCookiesClient:
        '`{{name}}` from `{{source}}` is a deprecated auth-helpers client that reads `cookies()` synchronously, which fails on Next 16 (and warns on Next 15); use {{replacement}}, or let `npx supabase-auth migrate` rewrite it.',
      deprecatedCreator:
        '`{{name}}` from `{{source}}` is a deprecated auth-helpers client that no longer exists in 0.14+ (those releases are `@supabase/ssr` under the old name); use {{replacement}}, or let `npx supabase-auth migrate` rewrite it.',
      removedHelper: '`{{name}}` from `{{source}}` was removed in auth-helpers 0.6 and has no 1:1 `@supabase/ssr` counterpart; use {{replacement}} instead.',
      helperType: '`{{name}}` from `{{source}}` is a re-export from a deprecated package; import {{replacement}} instead.',
      shimExport:
        '`{{name}}` from `{{source}}` is the `@supabase/ssr` API republished under a deprecated package name (auth-helpers 0.14+); import {{replacement}} instead.',
      noEquivalent: '`{{name}}` from `{{source}}` is deprecated and `@supabase/ssr` has {{replacement}}.',
      deprecatedExport: '`{{name}}` from `{{source}}` comes from a deprecated auth-helpers package; use {{replacement}} instead.',
      deprecatedPackage:
        '`{{source}}` is a deprecated auth-helpers package; migrate to `@supabase/ssr` (`createServerClient`/`createBrowserClient` with `getAll`/`setAll` cookies), which `npx supabase-auth migrate` does for auth-helpers-nextjs code.',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    // Cheap pre-check: no helper package name anywhere in the text, nothing to report.
    if (!sourceCode.text.includes('@supabase/auth-helpers-')) return {};

    function report(entry: Load): void {
      const { source, sourceNode, names, whole, deep } = entry;
      const classified = names.map((named) => ({ named, ...classify(source, named.name) }));
      const target = classified[0]?.target;
      const fixable = !whole && !deep && target !== undefined && classified.every((c) => c.target === target);
      const fix = fixable
        ? (fixer: TSESLint.RuleFixer) => {
            const raw = sourceCode.getText(sourceNode);
            return fixer.replaceText(sourceNode, `${raw.charAt(0)}${target}${raw.charAt(raw.length - 1)}`);
          }
        : null;
      if (whole) context.report({ node: sourceNode, messageId: 'deprecatedPackage', data: { source } });
      for (const { named, messageId, replacement } of classified) {
        context.report({ node: named.node, messageId, data: { name: named.name, source, replacement }, fix });
      }
    }

    function load(sourceNode: TSESTree.Node | null | undefined): Pick<Load, 'source' | 'sourceNode' | 'deep'> | undefined {
      const found = staticSource(sourceNode);
      if (!found) return undefined;
      if (isAuthHelpersPackage(found.value)) return { source: found.value, sourceNode: found.node, deep: false };
      // A deep import (`@supabase/auth-helpers-nextjs/dist/index.js`) is the same package; never fixed.
      const pkg = AUTH_HELPERS_PACKAGES.find((name) => found.value.startsWith(`${name}/`));
      return pkg ? { source: pkg, sourceNode: found.node, deep: true } : undefined;
    }

    return {
      ImportDeclaration(node) {
        const found = load(node.source);
        if (!found) return;
        const names: Named[] = [];
        let whole = node.specifiers.length === 0;
        for (const specifier of node.specifiers) {
          if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
            const name = nameOf(specifier.imported);
            if (name === 'default') whole = true;
            else names.push({ name, node: specifier });
          } else {
            whole = true;
          }
        }
        report({ ...found, names, whole });
      },

      'ExportNamedDeclaration[source]'(node: TSESTree.ExportNamedDeclarationWithSource) {
        const found = load(node.source);
        if (!found) return;
        const names: Named[] = [];
        let whole = node.specifiers.length === 0;
        for (const specifier of node.specifiers) {
          const name = nameOf(specifier.local);
          if (name === 'default') whole = true;
          else names.push({ name, node: specifier });
        }
        report({ ...found, names, whole });
      },

      ExportAllDeclaration(node) {
        const found = load(node.source);
        if (found) report({ ...found, names: [], whole: true });
      },

      ImportExpression(node) {
        const found = load(node.source);
        if (found) report({ ...found, names: [], whole: true });
      },

      'CallExpression[callee.type="Identifier"][callee.name="require"]'(node: TSESTree.CallExpression) {
        if (node.arguments.length !== 1) return;
        const found = load(node.arguments[0]);
        // Any `require` counts, Node's own or one from `createRequire(import.meta.url)`.
        if (!found) return;
        const parent = node.parent;
        // const { createServerClient, parseCookieHeader: parse } = require('…')
        if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node && parent.id.type === AST_NODE_TYPES.ObjectPattern) {
          const names: Named[] = [];
          let whole = parent.id.properties.length === 0;
          for (const property of parent.id.properties) {
            if (property.type === AST_NODE_TYPES.Property && !property.computed && (property.key.type === AST_NODE_TYPES.Identifier || (property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string'))) {
              names.push({ name: nameOf(property.key as TSESTree.Identifier | TSESTree.StringLiteral), node: property });
            } else {
              whole = true;
            }
          }
          report({ ...found, names, whole });
          return;
        }
        // require('…').createClientComponentClient
        if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === node && !parent.computed && parent.property.type === AST_NODE_TYPES.Identifier) {
          report({ ...found, names: [{ name: parent.property.name, node: parent.property }], whole: false });
          return;
        }
        report({ ...found, names: [], whole: true });
      },

      // import supabase = require('@supabase/auth-helpers-nextjs')
      TSImportEqualsDeclaration(node) {
        if (node.moduleReference.type !== AST_NODE_TYPES.TSExternalModuleReference) return;
        const found = load(node.moduleReference.expression);
        if (found) report({ ...found, names: [], whole: true });
      },

      // type S = import('@supabase/auth-helpers-nextjs').Session / typeof import('…')
      TSImportType(node) {
        // `source` is new in typescript-estree 8.x; older parsers only set `argument` (a TSLiteralType),
        // whose getter warns on new ones, so read it only as a fallback.
        const legacy = (): TSESTree.Node | undefined =>
          node.argument.type === AST_NODE_TYPES.TSLiteralType ? node.argument.literal : undefined;
        const found = load((node.source as TSESTree.StringLiteral | undefined) ?? legacy());
        if (!found) return;
        const qualifier = node.qualifier;
        if (qualifier?.type === AST_NODE_TYPES.Identifier) {
          report({ ...found, names: [{ name: qualifier.name, node: qualifier }], whole: false });
        } else {
          report({ ...found, names: [], whole: true });
        }
      },
    };
  },
});
