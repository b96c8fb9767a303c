// A middleware/proxy entry file that refreshes the Supabase session must export a `config.matcher` that
// Next can read statically and that runs on every page of the app that creates a server client; and the
// entry file must be one Next actually runs (no middleware + proxy pair on Next 16, no proxy on Next ≤ 15).
// Facts: ../shared/reference/supabase-auth-facts.md §1.4 (canonical code, matcher facts, "config.matcher
// static-analysis constraints", "Next 16 middleware → proxy rename"), §4.10–§4.13.
import { relative } from 'node:path';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { fileKind, isValidMatcherSource, matcherExcludesByName, matcherMatches, SERVER_COMPONENT_FILES, type MatcherEntry } from '../core/next.ts';
import { listAuthRoutes } from '../core/project.ts';
import { CANONICAL_MATCHER_LITERAL } from '../core/supabase.ts';
import { formatRoutes } from './middleware-session/route-list.ts';
import { createRule } from './utils/create-rule.ts';
import { ruleFileContext } from './utils/file-context.ts';
import { trackClients } from './utils/supabase-clients.ts';
import { toPosix } from '../core/source-file.ts';

type MessageIds =
  | 'missingConfig'
  | 'missingMatcher'
  | 'unreadableMatcher'
  | 'narrowMatcher'
  | 'bothMiddlewareAndProxy'
  | 'proxyIgnored'
  | 'useCanonicalMatcher';

/** The canonical matcher as a one-line array literal, the value of a `matcher` property. */
const CANONICAL_ARRAY = `[${CANONICAL_MATCHER_LITERAL}]`;

// ---- What Next reads from `export const config` ----------------------------------------------------
// A port of next@16.4.6 dist/build/analysis/extract-const-value.js over ESTree: the same accepted
// shapes, the same failure wording where the node kinds coincide.

type Value = null | undefined | string | number | boolean | RegExp | Value[] | { [key: string]: Value };

type Extracted =
  | { ok: true; value: Value }
  | { ok: false; reason: string; path: string; node: TSESTree.Node };

const fail = (node: TSESTree.Node, reason: string, path: string): Extracted => ({ ok: false, reason, path, node });

/** `as`, `as const`, `satisfies` and `<T>x` are transparent to Next; `x!` is not. */
function stripTypeWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion
  ) {
    current = current.expression;
  }
  return current;
}

function propertyKey(prop: TSESTree.Property): string | undefined {
  if (prop.computed) return undefined;
  if (prop.key.type === AST_NODE_TYPES.Identifier) return prop.key.name;
  if (prop.key.type === AST_NODE_TYPES.Literal && typeof prop.key.value === 'string') return prop.key.value;
  return undefined;
}

function extractValue(raw: TSESTree.Node, path: string): Extracted {
  const node = stripTypeWrappers(raw);
  switch (node.type) {
    case AST_NODE_TYPES.Literal: {
      if ('regex' in node && node.regex) return { ok: true, value: /(?:)/ }; // Next builds a RegExp; the value never matters here
      if ('bigint' in node && node.bigint !== undefined) return fail(node, 'Unsupported node type "BigIntLiteral"', path);
      return { ok: true, value: node.value as Value };
    }
    case AST_NODE_TYPES.Identifier:
      return node.name === 'undefined' ? { ok: true, value: undefined } : fail(node, `Unknown identifier "${node.name}"`, path);
    case AST_NODE_TYPES.ArrayExpression: {
      const values: Value[] = [];
      for (const [i, element] of node.elements.entries()) {
        if (element === null) {
          values.push(undefined);
          continue;
        }
        if (element.type === AST_NODE_TYPES.SpreadElement) return fail(element, 'Unsupported spread operator in the Array Expression', path);
        const result = extractValue(element, `${path}[${i}]`);
        if (!result.ok) return result;
        values.push(result.value);
      }
      return { ok: true, value: values };
    }
    case AST_NODE_TYPES.ObjectExpression: {
      const object: { [key: string]: Value } = {};
      for (const prop of node.properties) {
        if (prop.type === AST_NODE_TYPES.SpreadElement) return fail(prop, 'Unsupported spread operator in the Object Expression', path);
        if (prop.computed) return fail(prop.key, 'Unsupported key type "Computed" in the Object Expression', path);
        const key = propertyKey(prop);
        if (key === undefined) {
          const keyType = prop.key.type === AST_NODE_TYPES.Literal ? (typeof prop.key.value === 'number' ? 'NumericLiteral' : 'BigIntLiteral') : prop.key.type;
          return fail(prop.key, `Unsupported key type "${keyType}" in the Object Expression`, path);
        }
        if (prop.shorthand) return fail(prop, `Unsupported shorthand property "${key}" in the Object Expression`, path);
        if (prop.method || prop.kind !== 'init') return fail(prop, `Unsupported method "${key}" in the Object Expression`, path);
        const result = extractValue(prop.value, `${path}.${key}`);
        if (!result.ok) return result;
        object[key] = result.value;
      }
      return { ok: true, value: object };
    }
    case AST_NODE_TYPES.TemplateLiteral:
      if (node.expressions.length > 0) return fail(node, 'Unsupported template literal with expressions', path);
      return { ok: true, value: node.quasis[0]?.value.cooked ?? node.quasis[0]?.value.raw ?? '' };
    default:
      return fail(node, `Unsupported node type "${node.type}"`, path);
  }
}

/** What this module exports as `config`, seen the way Next's build sees it. */
type ConfigExport =
  | { type: 'none' }
  | { type: 'const'; declarator: TSESTree.VariableDeclarator; init: TSESTree.Expression }
  /** `export let config`, `export var config`, `export { config }`: Next never sees it. */
  | { type: 'hidden'; node: TSESTree.Node; how: string };

function findConfigExport(program: TSESTree.Program): ConfigExport {
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration) continue;
    const decl = statement.declaration;
    if (decl?.type === AST_NODE_TYPES.VariableDeclaration) {
      const declarator = decl.declarations.find((d) => d.id.type === AST_NODE_TYPES.Identifier && d.id.name === 'config');
      if (!declarator) continue;
      if (decl.kind === 'const' && !declarator.init) continue; // `export declare const config: …` declares a type only
      if (decl.kind === 'const' && declarator.init) return { type: 'const', declarator, init: declarator.init };
      return { type: 'hidden', node: declarator.id, how: `\`export ${decl.kind} config\` (only \`export const config = …\` is read)` };
    }
    for (const spec of statement.specifiers) {
      const exported = spec.exported.type === AST_NODE_TYPES.Identifier ? spec.exported.name : spec.exported.value;
      if (exported !== 'config') continue;
      const how = statement.source
        ? `\`config\` re-exported from '${statement.source.value}' (only \`export const config = …\` in this file is read)`
        : '`export { config }` (only `export const config = …` is read)';
      return { type: 'hidden', node: spec, how };
    }
  }
  return { type: 'none' };
}

/** The `matcher` property of a config object literal (the last one wins, as in JS and in Next). */
function matcherProperty(object: TSESTree.ObjectExpression): TSESTree.Property | undefined {
  let found: TSESTree.Property | undefined;
  for (const prop of object.properties) {
    if (prop.type === AST_NODE_TYPES.Property && propertyKey(prop) === 'matcher') found = prop;
  }
  return found;
}

/** Next's matcher value as entries, or `undefined` when it is not a shape we can reason about. */
function matcherEntries(value: Value): MatcherEntry[] | undefined {
  if (typeof value === 'string') return [{ source: value, conditional: false }];
  if (!Array.isArray(value)) return undefined;
  const entries: MatcherEntry[] = [];
  for (const item of value) {
    if (typeof item === 'string') entries.push({ source: item, conditional: false });
    else if (item && typeof item === 'object' && !Array.isArray(item) && !(item instanceof RegExp) && typeof item.source === 'string') {
      entries.push({ source: item.source, conditional: item.has !== undefined || item.missing !== undefined });
    } else return undefined;
  }
  return entries;
}

// ---- Where to report, how to write the fix ---------------------------------------------------------

/** The exported entry function's name (`export async function middleware`), else the default export, else the first statement. */
function entryNode(program: TSESTree.Program): TSESTree.Node | undefined {
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration) continue;
    const decl = statement.declaration;
    if (decl?.type === AST_NODE_TYPES.FunctionDeclaration && decl.id && (decl.id.name === 'middleware' || decl.id.name === 'proxy')) return decl.id;
    if (decl?.type === AST_NODE_TYPES.VariableDeclaration) {
      const d = decl.declarations.find((v) => v.id.type === AST_NODE_TYPES.Identifier && (v.id.name === 'middleware' || v.id.name === 'proxy'));
      if (d) return d.id;
    }
  }
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExportDefaultDeclaration) continue;
    const decl = statement.declaration;
    if ((decl.type === AST_NODE_TYPES.FunctionDeclaration || decl.type === AST_NODE_TYPES.ClassDeclaration) && decl.id) return decl.id;
    return statement;
  }
  return program.body[0];
}

/** Whether most of the file's simple statements end with `;`. */
function usesSemicolons(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let semis = 0;
  let bare = 0;
  for (const statement of sourceCode.ast.body) {
    const simple =
      statement.type === AST_NODE_TYPES.ImportDeclaration ||
      statement.type === AST_NODE_TYPES.VariableDeclaration ||
      statement.type === AST_NODE_TYPES.ExpressionStatement ||
      (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.declaration?.type !== AST_NODE_TYPES.FunctionDeclaration);
    if (!simple) continue;
    if (sourceCode.getLastToken(statement)?.value === ';') semis++;
    else bare++;
  }
  return semis > bare;
}


export default createRule<[], MessageIds>({
  name: 'require-middleware-matcher',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require the middleware/proxy that refreshes the Supabase session to export a static `config.matcher` that covers every page using Supabase, in an entry file Next actually runs',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      missingConfig:
        'This {{entry}} refreshes the Supabase session but exports no `config` with a `matcher`, so Next runs it on every request, including `_next/static`, `_next/image` and public assets (a Supabase auth call each, and auth redirects can block them); add `export const config = { matcher: [...] }` with Supabase\'s default matcher.',
      missingMatcher:
        'This {{entry}}\'s `config` has no `matcher`, so Next runs it on every request, including `_next/static`, `_next/image` and public assets (a Supabase auth call each); add Supabase\'s default `matcher`.',
      unreadableMatcher:
        'Next.js can\'t recognize the exported `config` field of this {{entry}} ({{reason}}), so {{consequence}}; write `export const config = { matcher: [...] }` with literal strings, arrays and objects only.',
      narrowMatcher:
        'This {{entry}}\'s `matcher` does not run on {{routes}}, where Server Components read the Supabase session: it is never refreshed there and users get logged out at random; widen the matcher (e.g. Supabase\'s default matcher) to cover every page that reads the session.',
      bothMiddlewareAndProxy:
        'Next.js {{major}} fails the build when both entry files exist ("Both middleware file "{{middleware}}" and proxy file "{{proxy}}" are detected. Please use "{{proxy}}" only."); move what `{{middleware}}` does into `{{proxy}}` and delete `{{middleware}}`.',
      proxyIgnored:
        'Next.js {{version}} ignores `proxy` files (they replace `middleware` from Next.js 16 on), so this file never runs and Supabase sessions are never refreshed; rename it to `{{middlewareFile}}` and export `async function middleware`.',
      useCanonicalMatcher: 'Replace the matcher with Supabase\'s default matcher (every path except static assets and images).',
    },
    schema: [],
  },
  create(context) {
    // Only middleware/proxy entry files are checked: their name says so before anything is computed.
    if (!/(?:^|[\\/])(?:middleware|proxy)\.[^\\/]+$/.test(context.filename)) return {};
    const file = ruleFileContext(context);
    const entry = file.kind.type;
    if (entry !== 'middleware' && entry !== 'proxy') return {};
    const tracker = trackClients(context, file);
    if (!tracker.hasSupabase) return {};

    const sourceCode = context.sourceCode;
    let runsSupabase = false;

    const checkEntryFile = (program: TSESTree.Program) => {
      const { facts } = file;
      const node = entryNode(program);
      if (!node) return;
      if (facts.nextMajor !== undefined && facts.nextMajor >= 16 && facts.middlewareFiles.length > 0 && facts.proxyFiles.length > 0 && facts.root !== undefined) {
        const rel = (f: string) => `./${toPosix(relative(facts.root!, f))}`;
        context.report({
          node,
          messageId: 'bothMiddlewareAndProxy',
          data: { major: String(facts.nextMajor), middleware: rel(facts.middlewareFiles[0]!), proxy: rel(facts.proxyFiles[0]!) },
        });
      }
      if (entry === 'proxy' && facts.nextMajor !== undefined && facts.nextMajor <= 15) {
        const base = file.relPath.slice(file.relPath.lastIndexOf('/') + 1);
        context.report({
          node,
          messageId: 'proxyIgnored',
          data: { version: facts.nextVersion ?? String(facts.nextMajor), middlewareFile: base.replace(/^proxy\./, 'middleware.') },
        });
      }
    };

    const reportMissingConfig = (program: TSESTree.Program) => {
      const node = entryNode(program);
      if (!node) return;
      const moduleScope = sourceCode.scopeManager?.globalScope?.childScopes.find((s) => s.type === 'module') ?? sourceCode.scopeManager?.globalScope;
      // A local `config` (or an import of that name) would clash with the appended declaration.
      const canAppend = !moduleScope?.set.has('config') && !tracker.importOf('config');
      context.report({
        node,
        messageId: 'missingConfig',
        data: { entry },
        fix: canAppend
          ? (fixer) => {
              const text = sourceCode.text;
              const eol = text.includes('\r\n') ? '\r\n' : '\n';
              const semi = usesSemicolons(sourceCode) ? ';' : '';
              const block = ['export const config = {', '  matcher: [', `    ${CANONICAL_MATCHER_LITERAL},`, '  ],', `}${semi}`, ''].join(eol);
              const end = text.trimEnd().length;
              return fixer.replaceTextRange([end, text.length], `${eol}${eol}${block}`);
            }
          : null,
      });
    };

    const replaceMatcherSuggestion = (prop: TSESTree.Property) => [
      {
        messageId: 'useCanonicalMatcher' as const,
        fix: (fixer: TSESLint.RuleFixer) =>
          prop.shorthand ? fixer.replaceText(prop, `matcher: ${CANONICAL_ARRAY}`) : fixer.replaceText(prop.value, CANONICAL_ARRAY),
      },
    ];

    const checkNarrow = (prop: TSESTree.Property, value: Value) => {
      if (!file.onDisk || file.facts.root === undefined) return;
      const entries = matcherEntries(value);
      // An invalid source is Next's own build error ("source must start with /"), not a narrow matcher.
      if (!entries || !entries.every((e) => isValidMatcherSource(e.source))) return;
      const root = file.facts.root;
      // Only Server Components that read the session need the refresh (route handlers write cookies
      // themselves, §4.13); a page that only reads public data, or one the matcher names in a negative
      // lookahead (a public share page, `api`, the auth callback), is left out on purpose.
      const missed: string[] = [];
      const uncovered = (routePath: string) => !matcherMatches(entries, routePath) && !matcherExcludesByName(entries, routePath);
      for (const route of listAuthRoutes(file.facts, file.settings, uncovered)) {
        const kind = fileKind(toPosix(relative(root, route.file)), file.facts);
        if (kind.type !== 'app' || !SERVER_COMPONENT_FILES.includes(kind.file) || route.authCalls.length === 0) continue;
        if (!missed.includes(route.routePattern)) missed.push(route.routePattern);
      }
      if (missed.length === 0) return;
      missed.sort();
      context.report({
        node: prop.value,
        messageId: 'narrowMatcher',
        data: { entry, routes: formatRoutes(missed) },
        suggest: replaceMatcherSuggestion(prop),
      });
    };

    const checkConfig = (program: TSESTree.Program) => {
      const config = findConfigExport(program);
      if (config.type === 'none') {
        reportMissingConfig(program);
        return;
      }
      if (config.type === 'hidden') {
        context.report({
          node: config.node,
          messageId: 'unreadableMatcher',
          data: { entry, reason: config.how, consequence: `Next never sees the matcher and runs the ${entry} on every request` },
        });
        return;
      }
      const object = stripTypeWrappers(config.init);
      const matcher = object.type === AST_NODE_TYPES.ObjectExpression ? matcherProperty(object) : undefined;
      const extracted = extractValue(config.init, 'config');
      if (!extracted.ok) {
        const inMatcher = matcher !== undefined && extracted.node.range[0] >= matcher.range[0] && extracted.node.range[1] <= matcher.range[1];
        context.report({
          node: extracted.node,
          messageId: 'unreadableMatcher',
          data: {
            entry,
            reason: `${extracted.reason} at "${extracted.path}"`,
            consequence: '`next dev` throws and `next build` fails ("Invalid segment configuration export detected")',
          },
          suggest: matcher && inMatcher ? replaceMatcherSuggestion(matcher) : null,
        });
        return;
      }
      if (object.type !== AST_NODE_TYPES.ObjectExpression) return; // a non-object config is Next's own schema error
      if (!matcher) {
        const first = object.properties[0];
        context.report({
          node: config.declarator.id,
          messageId: 'missingMatcher',
          data: { entry },
          fix: (fixer) => {
            if (!first) return fixer.replaceText(object, `{ matcher: ${CANONICAL_ARRAY} }`);
            const opening = sourceCode.getFirstToken(object)!;
            if (first.loc.start.line === opening.loc.end.line) return fixer.insertTextBefore(first, `matcher: ${CANONICAL_ARRAY}, `);
            const line = sourceCode.lines[first.loc.start.line - 1] ?? '';
            const indent = line.slice(0, first.loc.start.column);
            const eol = sourceCode.text.includes('\r\n') ? '\r\n' : '\n';
            return fixer.insertTextBefore(first, `matcher: ${CANONICAL_ARRAY},${eol}${/^\s*$/.test(indent) ? indent : ''}`);
          },
        });
        return;
      }
      const value = (extracted.value as { [key: string]: Value }).matcher;
      checkNarrow(matcher, value);
    };

    return {
      CallExpression(node) {
        if (runsSupabase) return;
        const info = tracker.calleeInfo(node.callee);
        if (info?.factory === 'server' || info?.runsSupabase === 'server') runsSupabase = true;
      },
      'Program:exit'(program) {
        if (!runsSupabase) return;
        checkEntryFile(program);
        checkConfig(program);
      },
    };
  },
});
