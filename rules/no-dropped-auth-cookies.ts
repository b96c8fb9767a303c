// A middleware/proxy (and the helpers it calls, such as `updateSession`) must return the response that
// carries the cookies the Supabase client's `setAll` wrote: refresh tokens are single-use, so a response
// without them leaves the browser with a spent token and the user is logged out at random ("Invalid
// Refresh Token: Already Used"). Facts: ../shared/reference/supabase-auth-facts.md §1.4, §2.6, §2.7.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { unwrap } from '../core/graph/evaluate.ts';
import { copyCookiesFix } from './middleware-session/fixes.ts';
import { middlewareReach } from './middleware-session/reach.ts';
import { ResponseJudge, type Carriers } from './middleware-session/responses.ts';
import { SessionFunctions, type SessionFunction } from './middleware-session/session-functions.ts';
import { SignedOutTest } from './middleware-session/signed-out.ts';
import { createRule } from './utils/create-rule.ts';
import { ruleFileContext } from './utils/file-context.ts';
import { trackClients } from './utils/supabase-clients.ts';

type MessageIds = 'newResponse' | 'staleResponse' | 'replacedResponse' | 'returnBeforeRefresh' | 'requestOnlySetAll' | 'copyCookies' | 'returnCarrier';

/** Words a file must contain to create or return a response, or to write cookies. */
const RESPONSE_MENTION = /Response|createMiddleware|i18nRouter|cookies\.set/;

/** `NextResponse.redirect()`, `intlMiddleware()`: how a message names what created a response. */
function creatorText(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  const inner = unwrap(node);
  if (inner.type === AST_NODE_TYPES.CallExpression) return `${sourceCode.getText(inner.callee).replace(/\s+/g, '')}()`;
  if (inner.type === AST_NODE_TYPES.NewExpression) return `new ${sourceCode.getText(inner.callee)}()`;
  return sourceCode.getText(inner);
}

/** Whether `node` is in the `catch`/`finally` of a `try` that creates the client: the client may not exist there. */
function inFailureHandler(node: TSESTree.Node, creation: TSESTree.Node): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.TryStatement && child !== parent.block) {
      const [start, end] = parent.block.range;
      if (creation.range[0] >= start && creation.range[1] <= end) return true;
    }
  }
  return false;
}

export default createRule<[], MessageIds>({
  name: 'no-dropped-auth-cookies',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow middleware/proxy responses that drop the session cookies the Supabase client refreshed',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      newResponse:
        'This response (`{{what}}`) is created after the Supabase session was refreshed and lacks the refreshed cookies, which are on {{carrier}}: the browser keeps its old, already-used refresh token and the user is logged out at random. Return {{carrier}} instead, or copy its cookies onto this response.',
      staleResponse:
        '`{{name}}` is the response as it was before the Supabase session was refreshed: the client\'s cookie methods replace it with a new response when they write, so this copy carries none of the refreshed cookies and users are logged out at random. Return the response from the function that refreshes the session, after the refresh (Supabase\'s `updateSession(request)` pattern).',
      replacedResponse:
        '`{{name}}` gets a new response (`{{what}}`) after the Supabase session was refreshed, which throws away the cookies `setAll` wrote onto it: users are logged out at random. Copy `{{name}}.cookies.getAll()` onto the new response before replacing it, or keep returning the old one.',
      returnBeforeRefresh:
        'This `return` runs after the Supabase client is created but before `{{refresh}}` reads the session ("Do not run code between createServerClient and supabase.auth.getClaims()"): on this path the session is never refreshed and Server Components get an expired one. Move the `return` after `{{refresh}}`.',
      requestOnlySetAll:
        '`{{method}}` writes the refreshed cookies only to the request: Server Components see them, but no response carries them to the browser, which keeps its old, already-used refresh token (random logouts). Also set them on the response you return, as Supabase\'s `updateSession` does (`supabaseResponse = NextResponse.next({ request })`, then `supabaseResponse.cookies.set(name, value, options)`).',
      copyCookies: 'Copy the cookies{{headers}} of {{carrier}} onto this response.',
      returnCarrier: 'Return `{{carrier}}` instead.',
    },
    schema: [],
  },
  create(context) {
    if (!RESPONSE_MENTION.test(context.sourceCode.text)) return {};
    const file = ruleFileContext(context);
    const tracker = trackClients(context, file);
    if (!tracker.hasSupabase || !middlewareReach(file)) return {};
    const sourceCode = context.sourceCode;
    const sessions = new SessionFunctions(tracker);
    const judge = new ResponseJudge(sourceCode, tracker, sessions);
    const signedOut = new SignedOutTest(sourceCode, tracker, sessions);
    const reported = new Set<TSESTree.Node>();

    const carrierText = (carriers: Carriers): string => {
      if (carriers.primary !== undefined) return `\`${carriers.primary}\``;
      if (carriers.discarded) return `the response \`${creatorText(sourceCode, carriers.discarded)}\` returns`;
      return "the response the client's cookie methods write to";
    };

    const checkReturns = (session: SessionFunction) => {
      const refreshed = session.creationRefreshes ? session.creation : session.refreshes[0];
      if (!refreshed) return; // never refreshed: require-session-refresh reports it
      let carriers: Carriers | undefined;
      for (const returned of session.returns) {
        if (inFailureHandler(returned, session.creation)) continue;
        if (returned.range[0] < refreshed.range[0]) {
          context.report({ node: returned, messageId: 'returnBeforeRefresh', data: { refresh: creatorText(sourceCode, refreshed) } });
          continue;
        }
        const expression = returned.type === AST_NODE_TYPES.ReturnStatement ? returned.argument : returned;
        if (!expression) continue;
        carriers ??= judge.carriers(session);
        if (!carriers.known) return; // where the cookies go is unknown
        const verdict = judge.judge(expression, session, carriers, refreshed.range[1]);
        if (verdict.kind === 'fine' || reported.has(verdict.node)) continue;
        if (signedOut.holds(verdict.node, session.fn) || signedOut.holds(returned, session.fn)) continue;
        reported.add(verdict.node);
        if (verdict.kind === 'stale') {
          context.report({ node: verdict.node, messageId: 'staleResponse', data: { name: sourceCode.getText(verdict.node) } });
        } else if (verdict.kind === 'replaced') {
          context.report({ node: verdict.node, messageId: 'replacedResponse', data: { name: verdict.variable, what: creatorText(sourceCode, verdict.node) } });
        } else {
          const carrier = carrierText(carriers);
          const suggest: TSESLint.ReportSuggestionArray<MessageIds> = [];
          const copy = returned.type === AST_NODE_TYPES.ReturnStatement ? copyCookiesFix(sourceCode, session.fn, returned, verdict.node, verdict.variable, carriers) : undefined;
          if (copy) suggest.push({ messageId: 'copyCookies', data: { carrier, headers: carriers.cacheHeaders ? ' and cache headers' : '' }, fix: copy });
          const created = unwrap(verdict.node);
          const isNext =
            created.type === AST_NODE_TYPES.CallExpression &&
            created.callee.type === AST_NODE_TYPES.MemberExpression &&
            created.callee.property.type === AST_NODE_TYPES.Identifier &&
            created.callee.property.name === 'next';
          if (isNext && verdict.variable === undefined && carriers.primary !== undefined) {
            const primary = carriers.primary;
            suggest.push({ messageId: 'returnCarrier', data: { carrier: primary }, fix: (fixer) => fixer.replaceText(verdict.node, primary) });
          }
          context.report({ node: verdict.node, messageId: 'newResponse', data: { what: creatorText(sourceCode, verdict.node), carrier }, suggest });
        }
      }
    };

    return {
      'Program:exit'(program) {
        for (const session of sessions.find(program)) {
          for (const key of session.writes.requestOnly) {
            context.report({ node: key, messageId: 'requestOnlySetAll', data: { method: sourceCode.getText(key) } });
          }
          if (session.writes.requestOnly.length > 0 && session.writes.carriers.size === 0) continue;
          checkReturns(session);
        }
      },
    };
  },
});
