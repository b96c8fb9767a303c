// Browser creators: `createClientComponentClient(opts?)`, `createPagesBrowserClient(opts?)`,
// `createBrowserSupabaseClient(opts?)`. Without options → `createClient()` from the app's browser
// factory; with options (or in the factory file itself) → `createBrowserClient(url, key, { … })` from
// `@supabase/ssr` in place, keeping every explicit value and its type arguments.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { SSR_PACKAGE } from '../../core/supabase.ts';
import { readBag } from './read.ts';
import { OPTION_KEYS, objectText, optionProps, typeArguments, urlAndKey } from './options.ts';
import type { Rewrite } from './write.ts';

export function browserCall(w: Rewrite, name: string, call: TSESTree.CallExpression): boolean {
  const { file } = w;
  const args = call.arguments;
  const bag = new Map<string, TSESTree.Node>();
  const problem = args.length > 1 ? 'has more arguments than the helper took' : args[0] ? readBag(args[0], [...OPTION_KEYS, 'isSingleton'], bag) : undefined;
  if (problem !== undefined) return w.todo(call, `\`${name}\` ${problem}: rewrite it as \`createBrowserClient(url, key, { ...options, cookieOptions, isSingleton })\` from ${SSR_PACKAGE}`);
  const typeArgs = typeArguments(file, call);
  if (bag.size === 0 && !w.isFactoryFile('browser')) {
    w.noteUntypedFactory('browser', typeArgs);
    w.replace(call.range, `${w.factoryRef('browser')}()`);
    return true;
  }
  const props = optionProps(file, bag);
  const createBrowserClient = w.importRef(SSR_PACKAGE, 'createBrowserClient', ['createBrowserClient', 'createSsrBrowserClient']);
  w.replaceExpression(call, `${createBrowserClient}${typeArgs}(${urlAndKey(file, bag)}${props.length > 0 ? `, ${objectText(props)}` : ''})`);
  return true;
}
