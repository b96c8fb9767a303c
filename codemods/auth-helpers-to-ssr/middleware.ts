// `createMiddlewareClient({ req, res })` in the middleware/proxy entry: the documented auth-helpers
// middleware (`const res = NextResponse.next(); const supabase = createMiddlewareClient({ req, res });
// await supabase.auth.getSession(); return res`) becomes `return await updateSession(req)` from the app's
// middleware helper; any other body (its own redirects, other logic) gets a marker saying how to move
// that logic into `updateSession`. Outside the entry file → a marker.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { FunctionNode } from '../../core/estree.ts';
import { SSR_PACKAGE } from '../../core/supabase.ts';
import { enclosingFunction, indentOf } from '../lib/source-code.ts';
import { factoryTarget, identifierName, readBag, type HelperFile } from './read.ts';
import type { Step, Writer } from './plan.ts';

/** Session reads the auth-helpers middleware used to refresh; any of them makes the standard shape. */
const REFRESH_CALLS = ['getSession', 'getUser', 'getClaims'];

export function decideMiddleware(file: HelperFile, name: string, call: TSESTree.CallExpression): Step {
  const { specifier, exportName } = factoryTarget(file, 'middleware');
  if (file.kind.type !== 'middleware' && file.kind.type !== 'proxy') {
    return { kind: 'mark', node: call, roles: ['middleware'], message: `\`${name}\` outside the middleware/proxy entry: refresh the session in middleware with \`${exportName}(request)\` from '${specifier}' (createServerClient with request/response getAll/setAll, then getClaims()), and build any client needed here with createServerClient from ${SSR_PACKAGE}` };
  }
  const standard = standardMiddleware(call);
  if (standard) return { kind: 'middleware-body', ...standard };
  const request = identifierName(enclosingFunction(call)?.params[0]) ?? 'request';
  return { kind: 'mark', node: call, roles: ['middleware'], message: `\`${name}\` → the updateSession pattern: move the logic that uses this client into \`${exportName}\` in '${specifier}', right after its getClaims() call (read \`data?.claims\` instead of the session; copy \`supabaseResponse\`'s cookies onto any redirect or other response you return), then make this function \`return await ${exportName}(${request})\`` };
}

/** The function's whole body becomes `return await updateSession(request)` (its own comments go with it). */
export function writeMiddlewareBody(w: Writer, step: Extract<Step, { kind: 'middleware-body' }>): void {
  const { text, style } = w.file;
  const body = step.fn.body as TSESTree.BlockStatement;
  const indent = indentOf(text, step.fn.range[0]);
  const statement = `return await ${w.factoryRef('middleware')}(${step.request})${style.semi ? ';' : ''}`;
  w.replace([body.range[0] + 1, body.range[1] - 1], `${style.eol}${indent}${style.indent}${statement}${style.eol}${indent}`);
  w.makeAsync(step.fn);
}

/** The enclosing function when it is exactly the documented auth-helpers middleware, with its request's name. */
function standardMiddleware(call: TSESTree.CallExpression): { fn: FunctionNode; request: string } | undefined {
  const fn = enclosingFunction(call);
  const request = identifierName(fn?.params[0]);
  if (!fn || !request || fn.body.type !== 'BlockStatement') return undefined;
  const statements = fn.body.body;
  if (statements.length !== 4) return undefined;
  const [s0, s1, s2, s3] = statements;
  const single = (s: TSESTree.Node | undefined) => (s?.type === 'VariableDeclaration' && s.declarations.length === 1 ? s.declarations[0]! : undefined);
  const resDecl = single(s0);
  const response = identifierName(resDecl?.id);
  const next = resDecl?.init;
  if (!response || next?.type !== 'CallExpression' || next.arguments.length !== 0) return undefined;
  const callee = next.callee;
  if (callee.type !== 'MemberExpression' || identifierName(callee.object) !== 'NextResponse' || identifierName(callee.property) !== 'next') return undefined;
  const clientDecl = single(s1);
  const client = identifierName(clientDecl?.id);
  if (!client || clientDecl?.init !== call) return undefined;
  const bag = new Map<string, TSESTree.Node>();
  if (call.arguments.length !== 1 || readBag(call.arguments[0]!, ['req', 'res'], bag) !== undefined) return undefined;
  if (identifierName(bag.get('req')) !== request || identifierName(bag.get('res')) !== response) return undefined;
  const refresh = s2?.type === 'ExpressionStatement' ? s2.expression : single(s2)?.init;
  if (refresh?.type !== 'AwaitExpression' || refresh.argument.type !== 'CallExpression') return undefined;
  const method = refresh.argument.callee;
  const auth = method.type === 'MemberExpression' ? method.object : undefined;
  if (
    method.type !== 'MemberExpression' || !REFRESH_CALLS.includes(identifierName(method.property) ?? '') ||
    auth?.type !== 'MemberExpression' || identifierName(auth.object) !== client || identifierName(auth.property) !== 'auth' ||
    refresh.argument.arguments.length !== 0
  ) return undefined;
  if (s3?.type !== 'ReturnStatement' || identifierName(s3.argument) !== response) return undefined;
  return { fn, request };
}
