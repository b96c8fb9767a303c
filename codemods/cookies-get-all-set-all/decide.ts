// From the rule's reports to a plan, one step per `cookies` object:
// - no `cookies` at all, the `cookies` function of next/headers, methods defined elsewhere or outside the
//   call, extra keys next to the methods → a marker saying what to write;
// - `get` next to the user's own `getAll`/`setAll` → `get`, `set` and `remove` are deleted (ssr checks
//   `get` first, so the user's methods were never called);
// - a `next/headers` store → the rule's own suggestion (core/templates.ts methods on the same store);
// - `NextRequest`/`NextResponse` or Pages `req`/`res` → shapes.ts.
// Before new methods are written, every name they use must be bound where they go (issue #8, item 4): a
// store declared inside an old method (`async get(name) { const cookieStore = await cookies() … }`) is
// hoisted before the `createServerClient` call (hoist.ts); any other unbound name → a marker instead.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { unwrap } from '../../core/graph/evaluate.ts';
import type { RuleReport } from '../lib/apply-rule.ts';
import { unboundNames } from '../lib/names.ts';
import { indentOf } from '../lib/source-code.ts';
import { hoistableStore } from './hoist.ts';
import { SSR_TOO_OLD } from '../lib/versions.ts';
import type { Step } from './plan.ts';
import { findReported, importOf, keyName, NEXT_HEADERS, snippet, type CookieFile } from './read.ts';
import { HOW_TO, shapeOf, WITHOUT_OLD } from './shapes.ts';

/** The cookie methods @supabase/ssr knows. */
const COOKIE_METHOD_KEYS = new Set(['get', 'set', 'remove', 'getAll', 'setAll']);
const DEPRECATED_KEYS = new Set(['get', 'set', 'remove']);

export function decideReport(file: CookieFile, report: RuleReport): Step | undefined {
  const { prop, call } = findReported(file, report);
  if (!file.has.cookieMethodsGetAllSetAll && (prop ?? call)) return { kind: 'mark', node: (prop ?? call)!, message: SSR_TOO_OLD };
  if (call) return { kind: 'mark', node: call, message: `\`${snippet(file, call.callee)}()\` has no \`cookies\` option, so it throws when it runs: pass \`cookies: { getAll, setAll }\` with ${HOW_TO}` };
  if (!prop) return undefined;
  const options = prop.parent;
  const callNode = options?.parent;
  const inlineCall = callNode?.type === 'CallExpression' && callNode.arguments[2] === options ? callNode : undefined;
  const value = unwrap(prop.value);
  const mark = (message: string): Step => ({ kind: 'mark', node: prop, message });
  if (report.messageId === 'missingCookies') {
    const nextHeadersFunction = value.type === 'Identifier' && importOf(file, value)?.source === NEXT_HEADERS;
    return mark(
      nextHeadersFunction
        ? '`cookies` here is the `cookies` function of next/headers, which has no cookie methods, so the client throws when it runs: `const cookieStore = await cookies()` first and pass `cookies: { getAll() { return cookieStore.getAll() }, setAll(cookiesToSet) { … cookieStore.set(name, value, options) … } }`'
        : `\`cookies\` has no \`getAll\`, so the client throws when it runs: pass \`cookies: { getAll, setAll }\` with ${HOW_TO}`,
    );
  }
  if (value.type !== 'ObjectExpression') return mark(`the cookie methods \`${snippet(file, value)}\` are defined outside this call: write them inline (so \`cookiesToSet\` gets its type) as ${HOW_TO}, ${WITHOUT_OLD}`);
  if (!inlineCall) return mark(`these cookie methods are not written inside the \`createServerClient()\` call: write them inline as ${HOW_TO}, ${WITHOUT_OLD}`);
  const own = value.properties.filter((p): p is TSESTree.Property => p.type === 'Property' && p.kind === 'init' && keyName(p) !== undefined);
  const keys = new Set(own.map((p) => keyName(p)!));
  if (report.messageId === 'getShadowsGetAll' && keys.has('getAll') && keys.has('setAll')) {
    return { kind: 'remove-deprecated', properties: own.filter((p) => DEPRECATED_KEYS.has(keyName(p)!)) };
  }
  if (own.length !== value.properties.length || own.some((p) => !COOKIE_METHOD_KEYS.has(keyName(p)!))) {
    return mark(`\`cookies\` has more than the cookie methods (a spread or another option): rewrite its methods as ${HOW_TO}, ${WITHOUT_OLD}, keeping the rest`);
  }
  const suggestion = report.suggestions[0];
  let step: Extract<Step, { kind: 'replace' }>;
  if (suggestion) {
    // the rule indents its template for the object's line; written again in the file's style below
    step = { kind: 'replace', object: value, text: dedent(suggestion.fix.text, indentOf(file.text, value.range[0])), edits: [] };
  } else {
    const shape = shapeOf(file, value, inlineCall);
    if (typeof shape === 'string') return mark(shape);
    step = { kind: 'replace', object: value, text: shape.text, edits: shape.edits, importSerializeInto: shape.importSerializeInto };
  }
  return bindNames(file, step, inlineCall, prop);
}

/** The inverse of core's `indentBlock`: `indent` off every line after the first. */
const dedent = (text: string, indent: string) => text.split('\n').map((line, i) => (i > 0 && line.startsWith(indent) ? line.slice(indent.length) : line)).join('\n');

/** The step as it is when every name its new code uses is bound there; hoisted or marked otherwise. */
function bindNames(file: CookieFile, step: Extract<Step, { kind: 'replace' }>, call: TSESTree.CallExpression, prop: TSESTree.Property): Step {
  // serializeCookieHeader is imported by the step itself when it is missing
  const unbound = unboundNames(file.parsed, step.object, step.text).filter((name) => !(step.importSerializeInto && name === 'serializeCookieHeader'));
  if (unbound.length === 0) return step;
  const hoist = unbound.length === 1 ? hoistableStore(file, step.object, call, unbound[0]!) : undefined;
  if (typeof hoist === 'object') return { ...step, hoist };
  const names = unbound.map((n) => `\`${n}\``).join(', ');
  return {
    kind: 'mark',
    node: prop,
    message: `the new cookie methods would use ${names}, which ${unbound.length === 1 ? 'is' : 'are'} not defined where they go${hoist ? ` (${hoist})` : ''}: declare ${unbound.length === 1 ? 'it' : 'them'} before \`createServerClient(...)\` and rewrite the methods as ${HOW_TO}, ${WITHOUT_OLD}`,
  };
}
