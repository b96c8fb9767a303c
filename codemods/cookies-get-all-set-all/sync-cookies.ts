// Sync factory: `cookies()` from `next/headers` not awaited (or the `@next-codemod-error` leftover
// `(cookies() as unknown as UnsafeUnwrappedCookies)`) in a function that creates a server client becomes
// `await cookies()`; the function becomes async and its callers are awaited (async-propagation.ts).
// `cookies()` inside the cookie methods themselves, or in a function that cannot be async → a marker.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { ASTUtils } from '@typescript-eslint/utils';
import { unwrap } from '../../core/graph/evaluate.ts';
import { awaitNeedsParentheses } from '../fix/add-await.ts';
import { asyncObstacle, obstacleReason } from '../lib/async-propagation.ts';
import type { TextEdit } from '../lib/edits.ts';
import type { SyncStep } from './plan.ts';
import { enclosingFunction, typeWrapped, walk } from '../lib/source-code.ts';
import { importOf, isFactoryCall, keyName, NEXT_HEADERS, textOf, type CookieFile } from './read.ts';

export function decideSyncCookies(file: CookieFile, reportedObjects: ReadonlySet<TSESTree.Node>): SyncStep[] {
  const calls: TSESTree.CallExpression[] = [];
  walk(file.parsed, file.program, (node) => {
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.arguments.length === 0) {
      const binding = importOf(file, node.callee);
      if (binding?.source === NEXT_HEADERS && binding.imported === 'cookies') calls.push(node);
    }
  });
  const steps: SyncStep[] = [];
  for (const call of calls) {
    const outer = typeWrapped(call);
    if (outer.parent?.type === 'AwaitExpression') continue;
    const fn = enclosingFunction(call);
    if (!fn) continue;
    if (!createsServerClient(file, fn)) {
      // `cookies()` inside the cookie methods themselves: the store must be awaited before the call.
      const around = cookieMethodsAround(file, call);
      if (around && !reportedObjects.has(around.methods)) {
        steps.push({ kind: 'mark', node: around.call, message: '`cookies()` returns a Promise since Next 15 (sync access is removed in 16): make this function async, write `const cookieStore = await cookies()` before `createServerClient(...)`, use `cookieStore` in the cookie methods, and await this function where it is called' });
      }
      continue;
    }
    const obstacle = asyncObstacle(file.parsed, fn, file.role);
    if (obstacle) {
      steps.push({ kind: 'mark', node: call, message: `\`cookies()\` returns a Promise since Next 15 (sync access is gone in 16), but ${obstacleReason(obstacle, fn)}: await it in an async function` });
      continue;
    }
    steps.push({ kind: 'await', edit: awaited(file, call, outer), fn });
  }
  return steps;
}

/** The `cookies` object of a `createServerClient(...)` call that holds `node`, if any. */
function cookieMethodsAround(file: CookieFile, node: TSESTree.Node): { methods: TSESTree.ObjectExpression; call: TSESTree.CallExpression } | undefined {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type !== 'Property' || keyName(p) !== 'cookies' || p.parent?.type !== 'ObjectExpression') continue;
    const call = p.parent.parent;
    if (call?.type !== 'CallExpression' || call.arguments[2] !== p.parent || !isFactoryCall(file, call)) continue;
    const value = unwrap(p.value);
    return value.type === 'ObjectExpression' ? { methods: value, call } : undefined;
  }
  return undefined;
}

/** Whether `fn` calls `createServerClient` (anywhere in its body). */
function createsServerClient(file: CookieFile, fn: TSESTree.Node): boolean {
  let found = false;
  walk(file.parsed, fn, (node) => {
    if (found) return false;
    if (node.type === 'CallExpression' && isFactoryCall(file, node)) found = true;
    return undefined;
  });
  return found;
}

/** `cookies()` (or its `as unknown as UnsafeUnwrappedCookies` leftover, with its comment) → `await cookies()`. */
function awaited(file: CookieFile, call: TSESTree.CallExpression, outer: TSESTree.Node): TextEdit {
  const { sourceCode } = file;
  const callText = textOf(file, call);
  let start = outer.range[0];
  let end = outer.range[1];
  const parenthesized = ASTUtils.isParenthesized(outer, sourceCode);
  if (outer !== call) {
    if (parenthesized) {
      start = sourceCode.getTokenBefore(outer)!.range[0];
      end = sourceCode.getTokenAfter(outer)!.range[1];
    }
    // `/* @next-codemod-error … */` right before the expression goes too.
    const first = sourceCode.getFirstToken(outer)!;
    for (const comment of sourceCode.getCommentsBefore(first)) {
      if (comment.value.includes('@next-codemod-error') && comment.range[0] < start) start = comment.range[0];
    }
  } else if (parenthesized) {
    return { range: [call.range[0], call.range[0]], text: 'await ' };
  }
  return { range: [start, end], text: awaitNeedsParentheses(outer) ? `(await ${callText})` : `await ${callText}` };
}
