// Pages Router creators: `createPagesServerClient(ctx | { req, res }, opts?)` and the deprecated
// `createServerSupabaseClient`. Without options → the app's server-props factory (`createClient(ctx)`) in
// pages and `getServerSideProps`, or its API factory (`createClient(req, res)`) in `pages/api`; with options
// → `createServerClient` from `@supabase/ssr` in place with `getAll`/`setAll` over `req`/`res` (server.ts).
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { SSR_PACKAGE } from '../../core/supabase.ts';
import type { FactoryRole } from '../lib/types.ts';
import { enclosingFunctions, factoryTarget, functionName, isFactoryFile, readBag, textOf, type HelperFile } from './read.ts';
import { OPTION_KEYS, typeArguments } from './options.ts';
import type { Step } from './plan.ts';

export function decidePages(file: HelperFile, name: string, call: TSESTree.CallExpression): Step {
  const args = call.arguments;
  const [first, second] = args;
  const context = new Map<string, TSESTree.Node>();
  const bag = new Map<string, TSESTree.Node>();
  let problem: string | undefined;
  if (args.length === 0 || args.length > 2) problem = 'has an unexpected number of arguments';
  else if (first?.type === 'ObjectExpression') {
    problem = readBag(first, ['req', 'res'], context);
    if (problem === undefined && (!context.has('req') || !context.has('res'))) problem = 'gets a context without `req` and `res`';
  } else if (first?.type !== 'Identifier' && first?.type !== 'MemberExpression') problem = 'gets a context this codemod cannot read';
  if (problem === undefined && second !== undefined) problem = readBag(second, OPTION_KEYS, bag);
  const role = pagesRole(file, call, first);
  const { specifier, exportName } = factoryTarget(file, role);
  if (problem !== undefined) {
    return { kind: 'mark', node: call, roles: [role], message: `\`${name}\` ${problem}: use \`${exportName}(${role === 'api' ? 'req, res' : 'context'})\` from '${specifier}', or createServerClient from ${SSR_PACKAGE} with getAll/setAll over req/res` };
  }
  const contextText = context.size === 0 ? textOf(file, first!) : undefined;
  const req = contextText !== undefined ? `${contextText}.req` : textOf(file, context.get('req')!);
  const res = contextText !== undefined ? `${contextText}.res` : textOf(file, context.get('res')!);
  const typeArgs = typeArguments(file, call);
  if (bag.size === 0 && !isFactoryFile(file, role)) return { kind: 'factory', call, role, args: role === 'serverProps' ? textOf(file, first!) : `${req}, ${res}`, typeArgs };
  return { kind: 'server-client', name, call, bag, typeArgs, cookies: { over: 'pages', req, res } };
}

/** `pages/api/**` → the api factory; getServerSideProps or a page → server-props; else by argument shape. */
function pagesRole(file: HelperFile, call: TSESTree.Node, first: TSESTree.Node | undefined): FactoryRole {
  if (file.kind.type === 'pages-api') return 'api';
  if (file.kind.type === 'pages-page') return 'serverProps';
  for (const fn of enclosingFunctions(call)) if (functionName(fn) === 'getServerSideProps') return 'serverProps';
  return first?.type === 'ObjectExpression' ? 'api' : 'serverProps';
}
