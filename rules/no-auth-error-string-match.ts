// Auth errors identified by matching strings (facts §2.4). Since supabase-js 2.45.3 the server's
// `session_not_found` reaches application code as an `AuthSessionMissingError` whose `code` is undefined,
// so `error.code === 'session_not_found'` (and a match on the server's messages for that code) never
// matches: reported, and fixed to `isAuthSessionMissingError(error)` when the app's supabase-js is known to
// be that recent (the fix then only makes a dead check live). Matches on other messages work today but
// depend on wording that is not an API: reported with a suggestion (the guard, or `isAuthApiError(error) &&
// error.code === '…'`), never fixed automatically, because a serialised error (`{ name, message, status,
// code }` after `toJSON`) passes a message test but not a guard. What each message means lives in
// core/auth-api.ts.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import semver from 'semver';
import {
  AUTH_API_ERROR_GUARD,
  ERROR_CODES_SINCE,
  ERROR_GUARD_IMPORT_SOURCE,
  ERROR_GUARD_MODULES,
  judgeMessageTest,
  SESSION_MISSING_ERROR,
  type MessageTestVerdict,
} from '../core/auth-api.ts';
import { createRule } from './utils/create-rule.ts';
import { ruleFileContext } from './utils/file-context.ts';
import { namedImportReference } from './utils/named-import.ts';
import { stringTestOf, stringValue, switchSubjectOf, type StringTest } from './utils/string-tests.ts';
import { supabaseJsVersion } from './utils/supabase-js-version.ts';

type MessageIds = 'neverMatches' | 'sessionMissingMessage' | 'codeMessage' | 'codesMessage' | 'replaceWithGuard';

const FIELDS = ['code', 'message'];
const CONVERTED = SESSION_MISSING_ERROR.convertedCode;

/** Parents under which `a && b` may replace an expression without parentheses. */
const SAFE_FOR_AND = new Set<string>([
  AST_NODE_TYPES.IfStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.VariableDeclarator,
  AST_NODE_TYPES.ReturnStatement,
  AST_NODE_TYPES.ArrowFunctionExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.AssignmentExpression,
  AST_NODE_TYPES.JSXExpressionContainer,
  AST_NODE_TYPES.ExpressionStatement,
  AST_NODE_TYPES.Property,
]);

/** An expression that reads the same value twice without side effects (`error`, `result.error`, `this.err`). */
function isPure(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.ThisExpression) return true;
  if (node.type === AST_NODE_TYPES.ChainExpression) return isPure(node.expression);
  if (node.type !== AST_NODE_TYPES.MemberExpression) return false;
  return (!node.computed || node.property.type === AST_NODE_TYPES.Literal) && isPure(node.object);
}

const codeList = (codes: readonly string[]) =>
  codes.map((c) => (c === CONVERTED ? `\`${c}\` (which arrives as \`${SESSION_MISSING_ERROR.name}\`)` : `\`${c}\``)).join(', ');

export default createRule<[], MessageIds>({
  name: 'no-auth-error-string-match',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow identifying Supabase auth errors by their message or by `session_not_found`: use the type guards and error codes',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      neverMatches:
        "This check never matches: since supabase-js 2.45.3 the Auth server's `session_not_found` reaches your code as an `AuthSessionMissingError` whose `code` is undefined and whose message is 'Auth session missing!'; test the error with `isAuthSessionMissingError()` from @supabase/supabase-js.",
      sessionMissingMessage:
        "This matches the wording of `AuthSessionMissingError`'s message, which is not part of supabase-js's API; test the error with `isAuthSessionMissingError()` from @supabase/supabase-js, which also covers the server's `session_not_found`.",
      codeMessage:
        "This matches the Auth server's message for `{{code}}`, which is not part of its API (messages change between releases, codes do not); test `isAuthApiError(error) && error.code === '{{code}}'` instead.",
      codesMessage:
        "This matches the Auth server's messages for several errors ({{codes}}), which are not part of its API; compare `error.code` after `isAuthApiError(error)` instead.",
      replaceWithGuard: 'Replace the check with `{{replacement}}`.',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    // Every pattern this rule knows names a missing, unknown or expired session, or a refresh token (also
    // as regex source: `session\s+missing`).
    if (!/session.{0,3}(?:missing|not.?found|from|expired|is no longer)|no valid session|refresh.{0,3}token/i.test(sourceCode.text)) return {};
    const version = supabaseJsVersion(ruleFileContext(context));
    // Before 2.42.0 auth errors had no `code`: matching the message was the only way.
    if (version !== undefined && semver.lt(version, ERROR_CODES_SINCE)) return {};
    // Before 2.45.3 `session_not_found` arrived as a code and `isAuthSessionMissingError` did not exist.
    const converted = version === undefined ? undefined : semver.gte(version, SESSION_MISSING_ERROR.since);

    /** `isAuthSessionMissingError(x)` (or `isAuthApiError(x) && x.code === '…'`) for the tested object. */
    function replacement(test: StringTest, verdict: MessageTestVerdict): { text: string; fix: TSESLint.ReportFixFunction } | undefined {
      if (test.listed || sourceCode.getCommentsInside(test.node).length > 0) return undefined;
      const subject = sourceCode.getText(test.object);
      const guard = verdict.kind === 'code' ? AUTH_API_ERROR_GUARD : SESSION_MISSING_ERROR.guard;
      const reference = namedImportReference(sourceCode, test.node, guard, ERROR_GUARD_MODULES, ERROR_GUARD_IMPORT_SOURCE);
      if (!reference) return undefined;
      let text: string;
      if (verdict.kind === 'code') {
        if (!isPure(test.object)) return undefined; // the subject is read twice
        const quote = sourceCode.getText(test.node).match(/['"`]/)?.[0] ?? "'";
        const both = `${reference.text}(${subject}) && ${subject}.code === ${quote}${verdict.code}${quote}`;
        const parent = test.node.parent;
        const bare = !test.negated && parent !== undefined && (SAFE_FOR_AND.has(parent.type) || (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== '??'));
        text = test.negated ? `!(${both})` : bare ? both : `(${both})`;
      } else {
        text = `${test.negated ? '!' : ''}${reference.text}(${subject})`;
      }
      return { text, fix: (fixer) => [fixer.replaceText(test.node, text), ...reference.fixes(fixer)] };
    }

    function report(test: StringTest, verdict: MessageTestVerdict): void {
      // `['session_not_found', …].includes(error.code)`: point at the dead entry.
      const node = (test.field === 'code' && test.listed?.find((e) => stringValue(e) === CONVERTED)) || test.node;
      if (verdict.kind === 'codes') {
        context.report({ node, messageId: 'codesMessage', data: { codes: codeList(verdict.codes) } });
        return;
      }
      const fixed = replacement(test, verdict);
      const messageId = verdict.kind === 'never' ? 'neverMatches' : verdict.kind === 'session-missing' ? 'sessionMissingMessage' : 'codeMessage';
      const data = verdict.kind === 'code' ? { code: verdict.code } : undefined;
      if (!fixed) {
        context.report({ node, messageId, data });
      } else if (verdict.kind === 'never' && converted === true) {
        context.report({ node, messageId, data, fix: fixed.fix });
      } else {
        context.report({ node, messageId, data, suggest: [{ messageId: 'replaceWithGuard', data: { replacement: fixed.text }, fix: fixed.fix }] });
      }
    }

    /** What a test of `field` stands for, or `undefined` when it is not about a known auth error. */
    function verdictOf(field: string, accepts: (value: string) => boolean, pattern: string): MessageTestVerdict | undefined {
      if (field === 'code') return accepts(CONVERTED) ? { kind: 'never' } : undefined;
      // No message contains the code itself.
      return judgeMessageTest(accepts) ?? (pattern.includes(CONVERTED) ? { kind: 'never' } : undefined);
    }

    function check(node: TSESTree.Node): void {
      const test = stringTestOf(node, FIELDS);
      if (!test) return;
      const verdict = verdictOf(test.field, test.accepts, test.pattern);
      if (!verdict) return;
      // Before 2.45.3 `session_not_found` arrived as itself, and these checks matched.
      const aboutSessionMissing = verdict.kind === 'never' || verdict.kind === 'session-missing';
      if (aboutSessionMissing && converted === false) return;
      report(test, verdict);
    }

    return {
      BinaryExpression: check,
      CallExpression: check,
      SwitchStatement(node) {
        const subject = switchSubjectOf(node, FIELDS);
        if (!subject) return;
        for (const switchCase of node.cases) {
          const literal = switchCase.test && stringValue(switchCase.test);
          if (literal === undefined || literal === null) continue;
          const verdict = verdictOf(subject.field, (v) => v === literal, literal);
          if (!verdict || ((verdict.kind === 'never' || verdict.kind === 'session-missing') && converted === false)) continue;
          const messageId = verdict.kind === 'never' ? 'neverMatches' : verdict.kind === 'session-missing' ? 'sessionMissingMessage' : verdict.kind === 'code' ? 'codeMessage' : 'codesMessage';
          const data = verdict.kind === 'codes' ? { codes: codeList(verdict.codes) } : verdict.kind === 'code' ? { code: verdict.code } : undefined;
          context.report({ node: switchCase.test!, messageId, data });
        }
      },
    };
  },
});
