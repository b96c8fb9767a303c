// App Router pages, layouts and route handlers that read the Supabase session on the server must render per
// request: not prerendered (`force-static`, `generateStaticParams`), not cached (`revalidate`, `fetchCache`,
// `'use cache'`, `unstable_cache`), and, with `cacheComponents`, free of segment configs (build error).
// Facts: ../shared/reference/supabase-auth-facts.md §1.5, §4.14, §4.15.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { unwrap } from '../core/graph/evaluate.ts';
import {
  appRoutePattern,
  BUILD_TIME_EXPORTS,
  CACHING_FETCH_CACHE_VALUES,
  cacheDirectiveKind,
  FORCE_DYNAMIC,
  SEGMENT_CONFIG_EXPORTS,
  STATIC_DYNAMIC_VALUES,
  UNSTABLE_CACHE,
} from '../core/next.ts';
import { moduleFacts } from '../core/project.ts';
import { VERIFYING_AUTH_METHODS } from '../core/supabase.ts';
import { mayPrerenderHandler } from './dynamic-auth-page/prerendered-handler.ts';
import { createRule } from './utils/create-rule.ts';
import { ruleFileContext } from './utils/file-context.ts';
import { trackClients } from './utils/supabase-clients.ts';
import { childNodes, isFunction, type FunctionNode } from '../core/estree.ts';

type Options = [{ requireExplicitDynamic?: boolean }];
type MessageIds =
  | 'staticDynamic'
  | 'cachedRevalidate'
  | 'cachedFetch'
  | 'sessionInStaticParams'
  | 'useCacheAroundAuth'
  | 'unstableCacheAroundAuth'
  | 'incompatibleSegmentConfig'
  | 'missingForceDynamic'
  | 'removeExport'
  | 'useForceDynamic';

type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

/** Auth calls that read (and refresh) the session from the request's cookies. */
const SESSION_READ_METHODS: readonly string[] = [...VERIFYING_AUTH_METHODS, 'getSession'];

/** Files whose segment config Next reads. */
const SEGMENT_FILES: readonly string[] = ['page', 'layout', 'route'];
/** Files rendered (or run) per request on the server; `'use cache'`/`unstable_cache` misuse matters in all of them. */
const RENDERED_FILES: readonly string[] = [...SEGMENT_FILES, 'template', 'default'];

/** Words a file must contain to hold a segment config export, a build-time export or a cache scope. */
const CONFIG_OR_CACHE_MENTION = new RegExp(`\\b(?:${[...SEGMENT_CONFIG_EXPORTS, ...BUILD_TIME_EXPORTS, UNSTABLE_CACHE.name].join('|')})\\b|use cache`);

const FILE_LABEL: Readonly<Record<string, string>> = {
  page: 'page',
  layout: 'layout',
  route: 'route handler',
  template: 'template',
  default: 'default page',
};

const STATIC_EFFECT: Readonly<Record<string, string>> = {
  'force-static': 'makes `cookies()` return nothing, so it is prerendered logged-out and served to everyone',
  error: 'fails with "couldn\'t be rendered statically because it used `cookies()`"',
};

/** Where the session is read: the node to report in the region being searched, and its source text. */
interface Hit {
  node: TSESTree.Node;
  text: string;
  /** The call that actually reads the session (inside a helper when `node` calls one). */
  inner: TSESTree.Node;
}


function directivesOf(fn: FunctionNode): string[] {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [];
  const directives: string[] = [];
  for (const statement of fn.body.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || typeof statement.directive !== 'string') break;
    directives.push(statement.directive);
  }
  return directives;
}

const isServerAction = (fn: FunctionNode) => directivesOf(fn).includes('use server');
const cacheKindOf = (fn: FunctionNode) => directivesOf(fn).map(cacheDirectiveKind).find((k) => k !== undefined);
const sharedCacheDirective = (directives: readonly string[]) => directives.find((d) => cacheDirectiveKind(d) === 'shared');

function literalValue(node: TSESTree.Node | null | undefined): string | number | boolean | undefined {
  if (!node) return undefined;
  const inner = unwrap(node);
  if (inner.type === AST_NODE_TYPES.Literal && (typeof inner.value === 'string' || typeof inner.value === 'number' || typeof inner.value === 'boolean')) {
    return inner.value;
  }
  if (inner.type === AST_NODE_TYPES.TemplateLiteral && inner.expressions.length === 0) return inner.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** A top-level `export const name = …` or `export function name() {}`. */
interface ExportedBinding {
  name: string;
  /** The declarator, or the function declaration. */
  node: TSESTree.VariableDeclarator | TSESTree.FunctionDeclaration;
  /** The node to report on. */
  reportNode: TSESTree.Node;
  statement: TSESTree.ExportNamedDeclaration;
  value: TSESTree.Expression | null;
}

function exportedBindings(program: TSESTree.Program): ExportedBinding[] {
  const result: ExportedBinding[] = [];
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || !statement.declaration) continue;
    const decl = statement.declaration;
    if (decl.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const d of decl.declarations) {
        if (d.id.type === AST_NODE_TYPES.Identifier) result.push({ name: d.id.name, node: d, reportNode: d, statement, value: d.init });
      }
    } else if (decl.type === AST_NODE_TYPES.FunctionDeclaration && decl.id) {
      result.push({ name: decl.id.name, node: decl, reportNode: decl.id, statement, value: null });
    }
  }
  return result;
}

/** What `cookies()` throws inside `generateStaticParams` (next@16.4.6 `server/request/cookies.js`; 14 and 15 have no request store there). */
const BUILD_TIME_COOKIES_ERROR = {
  current: 'Route {{route}} used `cookies()` inside `{{name}}`. This is not supported because `{{name}}` runs at build time without an HTTP request.',
  legacy: '`cookies` was called outside a request scope',
};

export default createRule<Options, MessageIds>({
  name: 'require-dynamic-auth-page',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require App Router pages, layouts and route handlers that read the Supabase session to render per request, never prerendered or cached',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      staticDynamic:
        "This {{file}} reads the Supabase session (`{{auth}}`), but `dynamic = '{{value}}'` {{effect}}; remove the export so it renders per request.",
      cachedRevalidate:
        'This {{file}} reads the Supabase session (`{{auth}}`), but `revalidate = {{value}}` asks Next to cache it for {{value}} seconds; remove the export, user-specific output must not be cached.',
      cachedFetch:
        "This {{file}} reads the Supabase session (`{{auth}}`), but `fetchCache = '{{value}}'` caches supabase-js's `fetch` requests, so users can be served stale, cached responses; remove the export.",
      sessionInStaticParams:
        '`{{name}}` runs at build time, without a request, but reads the Supabase session here (`{{auth}}` needs `cookies()`): `next build` fails ("{{error}}"). List the params with a client that needs no cookies (`createClient` from `@supabase/supabase-js` with the publishable key), as Supabase\'s guide does for static data.',
      useCacheAroundAuth:
        "`{{auth}}` depends on the signed-in user's Supabase session inside a `'{{directive}}'` scope, where `cookies()` can't be read and results are shared between users; read the user outside the cached function and pass the user id in, or use `'use cache: private'`.",
      unstableCacheAroundAuth:
        '`unstable_cache()` wraps `{{auth}}`, which depends on the signed-in user, but its cache key ignores cookies and closed-over variables, so one user\'s data is served to everyone; read the user outside and pass the user id as an argument.',
      incompatibleSegmentConfig:
        'Route segment config "{{name}}" is not compatible with `nextConfig.cacheComponents` (build error); remove it, this {{file}} reads the Supabase session (`{{auth}}`) and renders per request anyway.',
      missingForceDynamic:
        "This {{file}} reads the Supabase session (`{{auth}}`) without `export const dynamic = 'force-dynamic'`; declare it so the route is never prerendered or cached.",
      removeExport: 'Remove the `{{name}}` export.',
      useForceDynamic: "Set `dynamic = 'force-dynamic'`.",
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          requireExplicitDynamic: {
            type: 'boolean',
            description:
              "When `cacheComponents` is off, also require `export const dynamic = 'force-dynamic'` on every page, layout and route handler that reads the session (autofixed). Ignored when `cacheComponents` is on or unknown.",
          },
        },
      },
    ],
    defaultOptions: [{ requireExplicitDynamic: false }],
  },
  create(context, [options]) {
    // Without the strict option, a file can only be reported for a segment config or a cache scope it
    // writes itself: without one of these words in its text there is nothing to check.
    if (options.requireExplicitDynamic !== true && !CONFIG_OR_CACHE_MENTION.test(context.sourceCode.text)) return {};
    const file = ruleFileContext(context);
    if (file.kind.type !== 'app' || !RENDERED_FILES.includes(file.kind.file) || file.role === 'client') return {};
    const tracker = trackClients(context, file);
    if (!tracker.hasSupabase) return {};

    const fileKind = file.kind.file;
    const fileLabel = FILE_LABEL[fileKind] ?? 'file';
    const cacheComponents = file.facts.cacheComponents;
    const requireExplicitDynamic = options.requireExplicitDynamic === true;
    const sourceCode = context.sourceCode;
    const program = sourceCode.ast;
    const visitorKeys = sourceCode.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>;

    // ---- references: which identifier refers to which module-level definition ----------------------
    const references = new Map<TSESTree.Node, TSESLint.Scope.Reference>();
    for (const scope of sourceCode.scopeManager?.scopes ?? []) {
      for (const ref of scope.references) references.set(ref.identifier, ref);
    }
    const isModuleLevel = (scopeType: string) => scopeType === 'module' || scopeType === 'global';

    /** The module-level function or declarator `id` refers to (for JSX names, looked up by name on ESLint 9). */
    const moduleDefinitionOf = (id: TSESTree.Identifier | TSESTree.JSXIdentifier): TSESTree.Node | undefined => {
      let variable = references.get(id)?.resolved ?? null;
      if (!variable && id.type === AST_NODE_TYPES.JSXIdentifier && /^[A-Z]/.test(id.name)) {
        // ESLint 9's scope analysis does not reference JSX names: look the component up by name.
        for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(id); scope; scope = scope.upper) {
          variable = scope.set.get(id.name) ?? null;
          if (variable) break;
        }
      }
      if (!variable || !isModuleLevel(variable.scope.type)) return undefined;
      const def = variable.defs[0];
      if (def?.type === 'FunctionName') return def.node;
      if (def?.type === 'Variable' && def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.init) return def.node.init;
      return undefined;
    };

    // ---- finding session reads --------------------------------------------------------------------
    type Mode = 'render' | 'cache';
    const memo: Record<Mode, Map<TSESTree.Node, Hit | null>> = { render: new Map(), cache: new Map() };

    /** Functions whose bodies do not run as part of the region being searched. */
    const skipFunction = (fn: FunctionNode, mode: Mode) => isServerAction(fn) || (mode === 'cache' && cacheKindOf(fn) !== undefined);

    /** Source text on one line (`supabase\n  .auth\n  .getUser` → `supabase.auth.getUser`). */
    const text = (node: TSESTree.Node) => sourceCode.getText(node).replace(/\s*\n\s*/g, '');

    /** Whether `node` itself reads the session: a server factory, a session read, an imported helper that creates the server client. */
    const directHit = (node: TSESTree.Node): Hit | undefined => {
      if (node.type === AST_NODE_TYPES.CallExpression) {
        const callee = node.callee;
        if (
          callee.type === AST_NODE_TYPES.MemberExpression &&
          !callee.computed &&
          callee.property.type === AST_NODE_TYPES.Identifier &&
          SESSION_READ_METHODS.includes(callee.property.name) &&
          tracker.authKindOf(callee.object) === 'server'
        ) {
          return { node, text: `${text(callee)}()`, inner: node };
        }
        const info = tracker.calleeInfo(callee);
        const imported =
          (callee.type === AST_NODE_TYPES.Identifier && tracker.importOf(callee.name) !== undefined) ||
          (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier && tracker.importOf(callee.object.name)?.imported === '*');
        if (info?.factory === 'server' || (imported && info?.runsSupabase === 'server')) return { node, text: `${text(callee)}()`, inner: node };
      }
      return undefined;
    };

    /** The first session read in `root` (source order), following references to module-level definitions. */
    const findHit = (root: TSESTree.Node, mode: Mode): Hit | undefined => {
      let found: Hit | undefined;
      const visit = (node: TSESTree.Node): void => {
        if (found) return;
        if (isFunction(node) && node !== root && skipFunction(node, mode)) return;
        const direct = directHit(node);
        if (direct) {
          found = direct;
          return;
        }
        if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier) {
          const inner = definitionHit(node.callee, mode);
          if (inner) {
            found = { node, text: `${node.callee.name}()`, inner: inner.inner };
            return;
          }
        }
        if (node.type === AST_NODE_TYPES.Identifier) {
          const ref = references.get(node);
          if (ref?.isRead()) {
            if (tracker.clientKindOf(node) === 'server') {
              found = { node, text: node.name, inner: node };
              return;
            }
            const inner = definitionHit(node, mode);
            if (inner) {
              found = { node, text: node.name, inner: inner.inner };
              return;
            }
          }
        }
        if (node.type === AST_NODE_TYPES.JSXOpeningElement && node.name.type === AST_NODE_TYPES.JSXIdentifier) {
          const inner = definitionHit(node.name, mode);
          if (inner) {
            found = { node: node.name, text: `<${node.name.name}>`, inner: inner.inner };
            return;
          }
        }
        for (const child of childNodes(node)) {
          visit(child);
          if (found) return;
        }
      };
      visit(root);
      return found;
    };

    /** The session read inside the module-level definition `id` refers to, if any. */
    const definitionHit = (id: TSESTree.Identifier | TSESTree.JSXIdentifier, mode: Mode): Hit | undefined => {
      const def = moduleDefinitionOf(id);
      if (!def) return undefined;
      const cached = memo[mode].get(def);
      if (cached !== undefined) return cached ?? undefined;
      memo[mode].set(def, null); // recursion guard
      if (isFunction(def) && skipFunction(def, mode)) return undefined;
      const hit = findHit(def, mode) ?? null;
      memo[mode].set(def, hit);
      return hit ?? undefined;
    };

    // ---- what runs when the route renders ---------------------------------------------------------
    /** Top-level code that runs when the route renders: exports except segment config and build-time functions. */
    const renderRoots = (): TSESTree.Node[] => {
      const roots: TSESTree.Node[] = [];
      const skippedExport = (name: string) => (SEGMENT_CONFIG_EXPORTS as readonly string[]).includes(name) || BUILD_TIME_EXPORTS.includes(name);
      for (const statement of program.body) {
        switch (statement.type) {
          case AST_NODE_TYPES.ImportDeclaration:
          case AST_NODE_TYPES.FunctionDeclaration: // reached through references
          case AST_NODE_TYPES.VariableDeclaration:
          case AST_NODE_TYPES.ExportAllDeclaration:
            break;
          case AST_NODE_TYPES.ExportNamedDeclaration: {
            const decl = statement.declaration;
            if (decl?.type === AST_NODE_TYPES.VariableDeclaration) {
              for (const d of decl.declarations) {
                if (d.init && !(d.id.type === AST_NODE_TYPES.Identifier && skippedExport(d.id.name))) roots.push(d.init);
              }
            } else if (decl?.type === AST_NODE_TYPES.FunctionDeclaration) {
              if (!(decl.id && skippedExport(decl.id.name)) && !isServerAction(decl)) roots.push(decl);
            } else if (!statement.source) {
              for (const spec of statement.specifiers) {
                if (spec.local.type === AST_NODE_TYPES.Identifier && !skippedExport(spec.local.name)) roots.push(spec.local);
              }
            }
            break;
          }
          case AST_NODE_TYPES.ExportDefaultDeclaration: {
            const decl = statement.declaration;
            if (!(isFunction(decl) && isServerAction(decl))) roots.push(decl);
            break;
          }
          case AST_NODE_TYPES.ExpressionStatement:
            if (typeof statement.directive !== 'string') roots.push(statement);
            break;
          default:
            roots.push(statement);
        }
      }
      return roots;
    };

    /** An `export { Page as default }` local name counts as a read of its definition. */
    const rootHit = (root: TSESTree.Node, mode: Mode): Hit | undefined => {
      if (root.type === AST_NODE_TYPES.Identifier && root.parent?.type === AST_NODE_TYPES.ExportSpecifier) {
        return definitionHit(root, mode);
      }
      return findHit(root, mode);
    };

    // ---- fixes ------------------------------------------------------------------------------------
    const sourceText = sourceCode.text;

    /** Removes a whole statement with its line, without leaving two blank lines behind. */
    const removeStatement = (fixer: Fixer, statement: TSESTree.Node): Fix => {
      let [start, end] = statement.range;
      const rest = /^[ \t]*(?:\r?\n|$)/.exec(sourceText.slice(end));
      if (rest) {
        end += rest[0].length;
        const indent = /[ \t]*$/.exec(sourceText.slice(0, start));
        const lineStart = start - (indent?.[0].length ?? 0);
        if (lineStart === 0 || sourceText[lineStart - 1] === '\n') start = lineStart;
        const blankBefore = start === 0 || /\n\r?\n$/.test(sourceText.slice(0, start));
        const blankAfter = /^\r?\n/.exec(sourceText.slice(end));
        if (blankBefore && blankAfter) end += blankAfter[0].length;
        if (end >= sourceText.length) start -= /\s*$/.exec(sourceText.slice(0, start))?.[0].length ?? 0;
      }
      return fixer.removeRange([start, end]);
    };

    const removeExport = (fixer: Fixer, binding: ExportedBinding): Fix => {
      const decl = binding.statement.declaration;
      if (decl?.type === AST_NODE_TYPES.VariableDeclaration && decl.declarations.length > 1) {
        const list: readonly TSESTree.Node[] = decl.declarations;
        const index = list.indexOf(binding.node);
        const next = list[index + 1];
        const previous = list[index - 1];
        if (next) return fixer.removeRange([binding.node.range[0], next.range[0]]);
        return fixer.removeRange([previous!.range[1], binding.node.range[1]]);
      }
      return removeStatement(fixer, binding.statement);
    };

    const quoteOf = (node: TSESTree.Node | undefined): string => {
      const raw = node ? sourceCode.getText(node)[0] : undefined;
      return raw === '"' || raw === '`' ? '"' : "'";
    };

    const replaceValue = (fixer: Fixer, value: TSESTree.Expression): Fix => {
      const literal = unwrap(value);
      return fixer.replaceText(literal, `${quoteOf(literal)}${FORCE_DYNAMIC}${quoteOf(literal)}`);
    };

    /** `export const dynamic = 'force-dynamic'` after the imports (directives stay first), in the file's style. */
    const insertForceDynamic = (fixer: Fixer): Fix => {
      const imports = program.body.filter((s) => s.type === AST_NODE_TYPES.ImportDeclaration);
      const directives = program.body.filter((s) => s.type === AST_NODE_TYPES.ExpressionStatement && typeof s.directive === 'string');
      const anchor = imports.at(-1) ?? directives.at(-1);
      const styleNode = anchor ?? program.body[0];
      const semi = styleNode && sourceCode.getLastToken(styleNode)?.value === ';' ? ';' : '';
      const quoteSource = anchor?.type === AST_NODE_TYPES.ImportDeclaration ? anchor.source : anchor?.type === AST_NODE_TYPES.ExpressionStatement ? anchor.expression : undefined;
      const q = quoteOf(quoteSource);
      const line = `export const dynamic = ${q}${FORCE_DYNAMIC}${q}${semi}`;
      if (anchor) return fixer.insertTextAfter(anchor, `\n\n${line}`);
      return fixer.insertTextBeforeRange([program.body[0]?.range[0] ?? 0, program.body[0]?.range[0] ?? 0], `${line}\n\n`);
    };

    return {
      Program() {
        const fileDirectives = moduleFacts(program).directives;

        // 1. 'use cache' scopes and unstable_cache callbacks that read the session.
        const reported = new Set<TSESTree.Node>();
        const reportCache = (hit: Hit, messageId: 'useCacheAroundAuth' | 'unstableCacheAroundAuth', directive?: string) => {
          if (reported.has(hit.node)) return;
          reported.add(hit.node);
          context.report({ node: hit.node, messageId, data: { auth: hit.text, ...(directive === undefined ? {} : { directive }) } });
        };
        const fileCacheDirective = sharedCacheDirective(fileDirectives);
        if (fileCacheDirective) {
          for (const root of renderRoots()) {
            const hit = rootHit(root, 'cache');
            if (hit) {
              reportCache(hit, 'useCacheAroundAuth', fileCacheDirective);
              break;
            }
          }
        }
        const cacheScopes: { fn: FunctionNode; directive: string }[] = [];
        const unstableCacheCalls: TSESTree.CallExpression[] = [];
        const collect = (node: TSESTree.Node): void => {
          if (isFunction(node)) {
            const directive = sharedCacheDirective(directivesOf(node));
            if (directive) cacheScopes.push({ fn: node, directive });
          } else if (node.type === AST_NODE_TYPES.CallExpression && isUnstableCache(node.callee)) {
            unstableCacheCalls.push(node);
          }
          for (const key of visitorKeys[node.type] ?? []) {
            const child = (node as unknown as Record<string, unknown>)[key];
            if (Array.isArray(child)) {
              for (const c of child) if (c && typeof c === 'object' && 'type' in c) collect(c as TSESTree.Node);
            } else if (child && typeof child === 'object' && 'type' in child) {
              collect(child as TSESTree.Node);
            }
          }
        };
        collect(program);
        for (const { fn, directive } of cacheScopes) {
          const hit = findHit(fn.body, 'cache');
          if (hit) reportCache(hit, 'useCacheAroundAuth', directive);
        }
        for (const call of unstableCacheCalls) {
          const callback = call.arguments[0];
          if (!callback || callback.type === AST_NODE_TYPES.SpreadElement) continue;
          const hit = isFunction(callback) ? findHit(callback.body, 'cache') : findHit(callback, 'cache');
          if (hit) reportCache(hit, 'unstableCacheAroundAuth');
        }

        if (!SEGMENT_FILES.includes(fileKind)) return;

        // 2. `generateStaticParams` runs at build time, without a request: a session read there fails the build.
        // (A page that reads the session is not harmed by it: the build's render of each listed path hits
        // `cookies()`, bails out with a DynamicServerError the export worker catches, and writes nothing, so
        // the page renders per request; next@14.2.35 `trackDynamicDataAccessed`, next@15.5/16.4.6
        // `throwToInterruptStaticGeneration` and `export/routes/app-page.js`.)
        for (const binding of exportedBindings(program)) {
          const fn = binding.node.type === AST_NODE_TYPES.VariableDeclarator ? binding.value : binding.node;
          if (!BUILD_TIME_EXPORTS.includes(binding.name) || !fn) continue;
          const hit = findHit(fn, 'render');
          if (!hit) continue;
          const major = file.facts.nextMajor;
          const route = appRoutePattern(file.relPath.replace(/^src\//, '').split('/').slice(1, -1));
          const error = major !== undefined && major <= 15 ? BUILD_TIME_COOKIES_ERROR.legacy : BUILD_TIME_COOKIES_ERROR.current.replaceAll('{{name}}', binding.name).replace('{{route}}', route);
          context.report({ node: hit.node, messageId: 'sessionInStaticParams', data: { auth: hit.text, name: binding.name, error } });
        }

        // 3. Segment config of a route that reads the session.
        let auth: Hit | undefined;
        for (const root of renderRoots()) {
          auth = rootHit(root, 'render');
          if (auth) break;
        }
        if (!auth) return;
        const authText = auth.text;
        const removeSuggestion = (binding: ExportedBinding) => ({
          messageId: 'removeExport' as const,
          data: { name: binding.name },
          fix: (fixer: Fixer) => removeExport(fixer, binding),
        });

        const bindings = exportedBindings(program);
        // A route handler Next never prerenders (non-GET methods, a GET that reads the request, any GET on
        // Next ≥ 15 that does not opt in) renders per request anyway: nothing to declare.
        const prerenderable = fileKind !== 'route' || mayPrerenderHandler(program, sourceCode, file.facts.nextMajor);
        for (const binding of bindings) {
          const { name } = binding;
          if ((SEGMENT_CONFIG_EXPORTS as readonly string[]).includes(name) && binding.node.type === AST_NODE_TYPES.VariableDeclarator) {
            if (cacheComponents === true) {
              context.report({ node: binding.reportNode, messageId: 'incompatibleSegmentConfig', data: { file: fileLabel, auth: authText, name }, suggest: [removeSuggestion(binding)] });
              continue;
            }
            const value = literalValue(binding.value);
            const valueNode = binding.value;
            if (name === 'dynamic' && typeof value === 'string' && valueNode) {
              if (STATIC_DYNAMIC_VALUES.includes(value)) {
                context.report({
                  node: binding.reportNode,
                  messageId: 'staticDynamic',
                  data: { file: fileLabel, auth: authText, value, effect: STATIC_EFFECT[value] ?? 'prerenders it' },
                  suggest: [
                    removeSuggestion(binding),
                    ...(cacheComponents === false ? [{ messageId: 'useForceDynamic' as const, fix: (fixer: Fixer) => replaceValue(fixer, valueNode) }] : []),
                  ],
                });
              } else if (value === 'auto' && requireExplicitDynamic && cacheComponents === false && prerenderable) {
                context.report({ node: binding.reportNode, messageId: 'missingForceDynamic', data: { file: fileLabel, auth: authText }, fix: (fixer) => replaceValue(fixer, valueNode) });
              }
            } else if (name === 'revalidate' && typeof value === 'number' && value > 0) {
              context.report({ node: binding.reportNode, messageId: 'cachedRevalidate', data: { file: fileLabel, auth: authText, value: String(value) }, suggest: [removeSuggestion(binding)] });
            } else if (name === 'fetchCache' && typeof value === 'string' && CACHING_FETCH_CACHE_VALUES.includes(value)) {
              context.report({ node: binding.reportNode, messageId: 'cachedFetch', data: { file: fileLabel, auth: authText, value }, suggest: [removeSuggestion(binding)] });
            }
          }
        }

        if (requireExplicitDynamic && cacheComponents === false && prerenderable && !bindings.some((b) => b.name === 'dynamic')) {
          context.report({ node: auth.inner, messageId: 'missingForceDynamic', data: { file: fileLabel, auth: innerText(auth) }, fix: insertForceDynamic });
        }
      },
    };

    function innerText(hit: Hit): string {
      const inner = hit.inner;
      if (inner === hit.node) return hit.text;
      if (inner.type === AST_NODE_TYPES.CallExpression) return `${text(inner.callee)}()`;
      return text(inner);
    }

    function isUnstableCache(callee: TSESTree.Node): boolean {
      if (callee.type === AST_NODE_TYPES.Identifier) {
        const binding = tracker.importOf(callee.name);
        return binding?.source === UNSTABLE_CACHE.source && binding.imported === UNSTABLE_CACHE.name;
      }
      if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.object.type === AST_NODE_TYPES.Identifier && callee.property.type === AST_NODE_TYPES.Identifier) {
        const binding = tracker.importOf(callee.object.name);
        return binding?.source === UNSTABLE_CACHE.source && binding.imported === '*' && callee.property.name === UNSTABLE_CACHE.name;
      }
      return false;
    }
  },
});
