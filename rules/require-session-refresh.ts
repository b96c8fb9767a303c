// Server Components cannot write cookies, so an App Router app that reads the Supabase session on the server
// needs a middleware/proxy that Next actually runs and that reads the session on every request it handles:
// the server client is lazy, and only `getClaims()`/`getUser()`/`getSession()` (or another call through
// the client) refreshes an expiring session. Facts: ../shared/reference/supabase-auth-facts.md §1.4, §2.7,
// §4.5, §4.10–4.12. `proxy.ts` on Next ≤ 15 and a middleware/proxy pair on Next 16 are
// require-middleware-matcher's reports, not this rule's.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { childNodes, isConditionalChild } from '../core/estree.ts';
import { relative } from 'node:path';
import { expectedEntryPath, fileKind, SERVER_COMPONENT_FILES } from '../core/next.ts';
import { listAuthRoutes } from '../core/project.ts';
import { toPosix } from '../core/source-file.ts';
import { GET_CLAIMS_MIN_SUPABASE_JS, isSupabasePackage } from '../core/supabase.ts';
import { displayPath, entrySupabase, hasAppRouter, runnableEntries, strayEntries } from './middleware-session/entry-files.ts';
import { MIDDLEWARE_NAME, middlewareReach } from './middleware-session/reach.ts';
import { formatRoutes } from './middleware-session/route-list.ts';
import { SessionFunctions, type SessionFunction } from './middleware-session/session-functions.ts';
import { createRule } from './utils/create-rule.ts';
import { ruleFileContext, type RuleFileContext } from './utils/file-context.ts';
import { supabaseJsAtLeast } from './utils/supabase-js-version.ts';
import { trackClients, type ClientTracker } from './utils/supabase-clients.ts';

type MessageIds = 'misplacedEntry' | 'noEntryFile' | 'entryWithoutSupabase' | 'noRefresh' | 'conditionalRefresh' | 'addGetClaims' | 'addGetUser';

/** Words a file must contain to create a server client (directly or in a middleware helper) or be a middleware. */
const SERVER_CLIENT_MENTION = /createServerClient|createMiddlewareClient|createMiddlewareSupabaseClient|createServerComponentClient|createRouteHandlerClient|createServerActionClient|next\/headers/;

/** Whether `node` runs only on some paths of `session.fn`. */
function runsConditionally(node: TSESTree.Node, session: SessionFunction): boolean {
  for (let child = node, parent = node.parent; parent && child !== session.fn; child = parent, parent = parent.parent) {
    if (isConditionalChild(parent, child)) return true;
  }
  return false;
}

/** What messages call the file: `middleware`, `proxy`, or the helper a middleware/proxy calls. */
function whereLabel(file: RuleFileContext): string {
  if (file.kind.type === 'middleware' || file.kind.type === 'proxy') return file.kind.type;
  return 'middleware/proxy helper';
}

/** The first call of a Supabase package's server factory in a module that reads `cookies()` from `next/headers`. */
function cookieBoundFactory(program: TSESTree.Program, tracker: ClientTracker): TSESTree.CallExpression | undefined {
  const usesNextCookies = program.body.some((s) => s.type === AST_NODE_TYPES.ImportDeclaration && s.source.value === 'next/headers' && s.importKind !== 'type');
  if (!usesNextCookies) return undefined;
  let found: TSESTree.CallExpression | undefined;
  const visit = (node: TSESTree.Node) => {
    if (found) return;
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const callee = node.callee;
      const local = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier ? callee.object.name : undefined;
      const source = local === undefined ? undefined : tracker.importOf(local)?.source;
      if (source !== undefined && isSupabasePackage(source) && tracker.calleeInfo(callee)?.factory === 'server') {
        found = node;
        return;
      }
    }
    for (const child of childNodes(node)) visit(child);
  };
  visit(program);
  return found;
}

export default createRule<[], MessageIds>({
  name: 'require-session-refresh',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require an App Router app that reads the Supabase session on the server to refresh it in a middleware/proxy that Next runs, on every request',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      misplacedEntry:
        'Next.js{{version}} never runs this file: it only looks for `{{expected}}` ({{why}}), {{consequence}}. Move it to `{{expected}}`.',
      noEntryFile:
        'Server Components read the Supabase session through cookie-bound clients ({{routes}}), but no middleware/proxy refreshes it: Server Components cannot write cookies, so an expiring session is never refreshed and users are logged out at random. Add `{{expected}}` that calls `updateSession(request)` (Supabase\'s Next.js guide).',
      entryWithoutSupabase:
        'Server Components read the Supabase session through cookie-bound clients ({{routes}}), but `{{entry}}` never creates a Supabase client, so the session is never refreshed and users are logged out at random (Server Components cannot write cookies). Call `updateSession(request)` from `{{entry}}`.',
      noRefresh:
        'This {{where}} creates a Supabase client but never reads the session through it (`getClaims()`, `getUser()` or `getSession()`): the server client is lazy, so nothing is refreshed and Server Components keep receiving expired sessions (random logouts). Call `await {{client}}.auth.getClaims()` right after creating it.',
      conditionalRefresh:
        'The Supabase session is refreshed only when this branch runs: on every other path the {{where}} creates the client but never reads the session, so expiring sessions are not refreshed there (random logouts). Call `{{refresh}}` right after creating the client, before any condition, and branch on its result.',
      addGetClaims: 'Call `await {{client}}.auth.getClaims()` right after creating the client.',
      addGetUser: 'Call `await {{client}}.auth.getUser()` right after creating the client (this supabase-js has no `getClaims()`, added in {{since}}).',
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    if (!MIDDLEWARE_NAME.test(context.filename) && !SERVER_CLIENT_MENTION.test(sourceCode.text)) return {};
    const file = ruleFileContext(context);
    const tracker = trackClients(context, file);
    if (!tracker.hasSupabase) return {};
    const reach = middlewareReach(file);
    const { facts } = file;
    const sessions = new SessionFunctions(tracker);

    const containsCreation = (node: TSESTree.Node): boolean =>
      (node.type === AST_NODE_TYPES.CallExpression && sessions.creates(node)) || childNodes(node).some(containsCreation);

    /** A `middleware.ts` where Next never looks: reported on itself, once. */
    const checkPlacement = (program: TSESTree.Program): boolean => {
      const expected = expectedEntryPath(file.relPath, facts, facts.nextMajor);
      if (expected === undefined) return false;
      // Imported by the real entry file, it is a helper that happens to be named like one.
      if (file.graph && file.graph.index.importersOf(file.file).length > 0) return false;
      if (!containsCreation(program)) return false;
      const running = runnableEntries(facts);
      const layout = facts.srcDir ? 'the app lives in `src/`, so its entry file does too' : 'next to `app/` or `pages/`, at the project root';
      const name = /(?:^|\/)proxy\.[^/]+$/.test(file.relPath) ? 'proxy' : 'middleware';
      context.report({
        node: entryFunctionName(program) ?? program.body[0] ?? program,
        messageId: 'misplacedEntry',
        data: {
          version: facts.nextVersion === undefined ? '' : ` ${facts.nextVersion}`,
          expected,
          why: layout,
          consequence:
            running.length > 0
              ? `it runs \`${displayPath(facts, running[0]!)}\` instead, so nothing this file does ever happens`
              : `so this ${name} never refreshes the Supabase session and users are logged out at random`,
        },
      });
      return true;
    };

    const checkSessionFunction = (session: SessionFunction) => {
      if (session.creationRefreshes) return;
      const where = whereLabel(file);
      const client = clientName(session) ?? 'supabase';
      if (session.refreshes.length === 0) {
        if (session.clientEscapes) return; // the caller reads the session
        // `getClaims()` on a supabase-js that lacks it would crash every request: `getUser()` refreshes too.
        const method = supabaseJsAtLeast(file, GET_CLAIMS_MIN_SUPABASE_JS) === false ? 'getUser' : 'getClaims';
        const fix = addRefreshFix(session, sourceCode, method);
        const suggestion = method === 'getClaims' ? ({ messageId: 'addGetClaims', data: { client } } as const) : ({ messageId: 'addGetUser', data: { client, since: GET_CLAIMS_MIN_SUPABASE_JS } } as const);
        context.report({
          node: session.creation.callee,
          messageId: 'noRefresh',
          data: { where, client },
          suggest: fix ? [{ ...suggestion, fix }] : null,
        });
        return;
      }
      if (runsConditionally(session.creation, session) || !session.refreshes.every((call) => runsConditionally(call, session))) return;
      const first = session.refreshes[0]!;
      context.report({ node: first, messageId: 'conditionalRefresh', data: { where, refresh: `${sourceCode.getText(first.callee).replace(/\s+/g, '')}()` } });
    };

    const checkFactory = (program: TSESTree.Program) => {
      const graph = file.graph;
      if (!graph || facts.root === undefined || !hasAppRouter(facts)) return;
      const factory = cookieBoundFactory(program, tracker);
      if (!factory) return;
      const running = runnableEntries(facts);
      // A stray entry file is reported on itself; a proxy on Next ≤ 15 by require-middleware-matcher.
      if (running.length === 0 && (strayEntries(facts).length > 0 || facts.proxyFiles.length > 0)) return;
      if (running.length > 0 && !running.every((entry) => entrySupabase(graph, entry) === 'none')) return;
      // Route handlers and Server Actions write cookies themselves: only Server Components need the refresh.
      const root = facts.root;
      const readers = listAuthRoutes(facts, file.settings).filter((route) => {
        const kind = fileKind(toPosix(relative(root, route.file)), facts);
        return kind.type === 'app' && SERVER_COMPONENT_FILES.includes(kind.file) && route.authCalls.length > 0;
      });
      if (readers.length === 0) return;
      const routes = formatRoutes([...new Set(readers.map((route) => route.routePattern))].sort());
      if (running.length === 0) {
        const expected = `${facts.srcDir ? 'src/' : ''}${facts.nextMajor !== undefined && facts.nextMajor <= 15 ? 'middleware' : 'proxy'}.ts`;
        context.report({ node: factory.callee, messageId: 'noEntryFile', data: { expected, routes } });
        return;
      }
      context.report({ node: factory.callee, messageId: 'entryWithoutSupabase', data: { entry: displayPath(facts, running[0]!), routes } });
    };

    return {
      'Program:exit'(program) {
        if (checkPlacement(program)) return;
        if (reach) for (const session of sessions.find(program)) checkSessionFunction(session);
        checkFactory(program);
      },
    };
  },
});

/** The name of the function an entry file exports for Next to run (`middleware`, `proxy`, the default export). */
function entryFunctionName(program: TSESTree.Program): TSESTree.Node | undefined {
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      const decl = statement.declaration;
      return decl.type === AST_NODE_TYPES.FunctionDeclaration && decl.id ? decl.id : statement;
    }
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration) continue;
    const decl = statement.declaration;
    if (decl?.type === AST_NODE_TYPES.FunctionDeclaration && decl.id && (decl.id.name === 'middleware' || decl.id.name === 'proxy')) return decl.id;
    if (decl?.type === AST_NODE_TYPES.VariableDeclaration) {
      const found = decl.declarations.find((d) => d.id.type === AST_NODE_TYPES.Identifier && (d.id.name === 'middleware' || d.id.name === 'proxy'));
      if (found) return found.id;
    }
  }
  return undefined;
}

/** The name the created client is bound to (`const supabase = createServerClient(…)`). */
function clientName(session: SessionFunction): string | undefined {
  let node: TSESTree.Node = session.creation;
  while (node.parent?.type === AST_NODE_TYPES.AwaitExpression) node = node.parent;
  const declarator = node.parent;
  return declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.id.type === AST_NODE_TYPES.Identifier ? declarator.id.name : undefined;
}

/** `await supabase.auth.getClaims()` (or `getUser()`) on the line after the declaration of the client, in an async function. */
function addRefreshFix(session: SessionFunction, sourceCode: Readonly<TSESLint.SourceCode>, method: 'getClaims' | 'getUser'): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined {
  const name = clientName(session);
  if (name === undefined || !session.fn.async) return undefined;
  let statement: TSESTree.Node | undefined = session.creation;
  while (statement && statement.type !== AST_NODE_TYPES.VariableDeclaration) statement = statement.parent;
  if (statement?.parent?.type !== AST_NODE_TYPES.BlockStatement) return undefined;
  const line = sourceCode.lines[statement.loc.start.line - 1] ?? '';
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  const semi = sourceCode.getLastToken(statement)?.value === ';' ? ';' : '';
  const eol = sourceCode.text.includes('\r\n') ? '\r\n' : '\n';
  const after = statement;
  return (fixer) => fixer.insertTextAfter(after, `${eol}${eol}${indent}await ${name}.auth.${method}()${semi}`);
}
