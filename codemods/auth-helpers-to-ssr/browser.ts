// Browser creators: `createClientComponentClient(opts?)`, `createPagesBrowserClient(opts?)`,
// `createBrowserSupabaseClient(opts?)`. Without options → `createClient()` from the app's browser
// factory; with options (or in the factory file itself) → `createBrowserClient(url, key, { … })` from
// `@supabase/ssr` in place, keeping every explicit value and its type arguments.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { SSR_PACKAGE } from '../../core/supabase.ts';
import { isFactoryFile, readBag, type HelperFile } from './read.ts';
import { OPTION_KEYS, objectText, optionProps, typeArguments, urlAndKey } from './options.ts';
import type { Step, Writer } from './plan.ts';

export function decideBrowser(file: HelperFile, name: string, call: TSESTree.CallExpression): Step {
  const args = call.arguments;
  const bag = new Map<string, TSESTree.Node>();
  const problem = args.length > 1 ? 'has more arguments than the helper took' : args[0] ? readBag(args[0], [...OPTION_KEYS, 'isSingleton'], bag) : undefined;
  if (problem !== undefined) return { kind: 'mark', node: call, message: `\`${name}\` ${problem}: rewrite it as \`createBrowserClient(url, key, { ...options, cookieOptions, isSingleton })\` from ${SSR_PACKAGE}` };
  const typeArgs = typeArguments(file, call);
  if (bag.size === 0 && !isFactoryFile(file, 'browser')) return { kind: 'factory', call, role: 'browser', args: '', typeArgs };
  return { kind: 'browser-client', call, bag, typeArgs };
}

export function writeBrowserClient(w: Writer, step: Extract<Step, { kind: 'browser-client' }>): void {
  const props = optionProps(w.file, step.bag);
  const createBrowserClient = w.importRef(SSR_PACKAGE, 'createBrowserClient', ['createBrowserClient', 'createSsrBrowserClient']);
  w.replaceExpression(step.call, `${createBrowserClient}${step.typeArgs}(${urlAndKey(w.file, step.bag)}${props.length > 0 ? `, ${objectText(props)}` : ''})`);
}
