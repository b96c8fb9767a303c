// Pages Router creators: `createPagesServerClient(ctx | { req, res }, opts?)` and the deprecated
// `createServerSupabaseClient`. Without options → the app's server-props factory (`createClient(ctx)`) in
// pages and `getServerSideProps`, or its API factory (`createClient(req, res)`) in `pages/api`; with options
// → `createServerClient` from `@supabase/ssr` in place with `getAll`/`setAll` over `req`/`res`.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { SSR_PACKAGE } from '../../core/supabase.ts';
import { pagesCookieMethods } from '../../core/templates.ts';
import type { FactoryRole } from '../lib/types.ts';
import { enclosingFunctions, functionName, readBag, textOf } from './read.ts';
import { OPTION_KEYS, objectText, optionProps, typeArguments, urlAndKey } from './options.ts';
import type { Rewrite } from './write.ts';

export function pagesCall(w: Rewrite, name: string, call: TSESTree.CallExpression): boolean {
  const { file } = w;
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
  const role = pagesRole(w, call, first);
  const { specifier, exportName } = w.factoryTarget(role);
  if (problem !== undefined) {
    w.roles.add(role);
    return w.todo(call, `\`${name}\` ${problem}: use \`${exportName}(${role === 'api' ? 'req, res' : 'context'})\` from '${specifier}', or createServerClient from ${SSR_PACKAGE} with getAll/setAll over req/res`);
  }
  const contextText = context.size === 0 ? textOf(file, first!) : undefined;
  const req = contextText !== undefined ? `${contextText}.req` : textOf(file, context.get('req')!);
  const res = contextText !== undefined ? `${contextText}.res` : textOf(file, context.get('res')!);
  const typeArgs = typeArguments(file, call);
  if (bag.size === 0 && !w.isFactoryFile(role)) {
    w.noteUntypedFactory(role, typeArgs);
    const newArgs = role === 'serverProps' ? textOf(file, first!) : `${req}, ${res}`;
    w.replace(call.range, `${w.factoryRef(role)}(${newArgs})`);
    return true;
  }
  const serialize = w.importRef(SSR_PACKAGE, 'serializeCookieHeader', ['serializeCookieHeader', 'serializeSupabaseCookie']);
  const cookies = pagesCookieMethods(req, res).replaceAll('serializeCookieHeader(', `${serialize}(`);
  const props = [...optionProps(file, bag), `cookies: ${cookies}`];
  const createServerClient = w.importRef(SSR_PACKAGE, 'createServerClient', ['createServerClient', 'createSsrServerClient']);
  const client = `${createServerClient}${typeArgs}(${urlAndKey(file, bag)}, ${objectText(props)})`;
  const unbound = w.unbound(call, client);
  if (unbound.length > 0) return w.todo(call, `\`${name}\` → \`createServerClient(...)\` from ${SSR_PACKAGE}, but its options use ${unbound.map((n) => `\`${n}\``).join(', ')}, which is not defined here: rewrite it by hand`);
  w.replaceExpression(call, client);
  return true;
}

/** `pages/api/**` → the api factory; getServerSideProps or a page → server-props; else by argument shape. */
function pagesRole(w: Rewrite, call: TSESTree.Node, first: TSESTree.Node | undefined): FactoryRole {
  if (w.file.kind.type === 'pages-api') return 'api';
  if (w.file.kind.type === 'pages-page') return 'serverProps';
  for (const fn of enclosingFunctions(call)) if (functionName(fn) === 'getServerSideProps') return 'serverProps';
  return first?.type === 'ObjectExpression' ? 'api' : 'serverProps';
}
