// `@supabase/auth-helpers-react`: what its hooks become. Only the client itself has a mechanical
// replacement — the browser factory's `createClient()` is a singleton in the browser, like the client the
// provider held — so `useSupabaseClient()` and `const { supabaseClient } = useSessionContext()` become that
// call where the module runs in the browser. On the server the hooks never had a provider to read and the
// server factory is what the code needs: a review item says so. The session hooks and the provider have no
// `@supabase/ssr` equivalent (facts §1.2) and stay review items; the package stays while they are imported.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { AUTH_HELPERS_REACT_EXPORTS, helperReplacement, SSR_PACKAGE } from '../../core/supabase.ts';
import { runsInBrowser } from '../lib/app-facts.ts';
import { withinArity } from './factory-arity.ts';
import { typeArguments } from './options.ts';
import type { Step } from './plan.ts';
import { factoryTarget, identifierName, isFactoryFile, REACT, referencesOf, type HelperFile } from './read.ts';

/** The hooks that hand out the provider's client. */
const CLIENT_HOOKS = ['useSupabaseClient', 'useSessionContext'];

export function decideReactImport(file: HelperFile, decl: TSESTree.ImportDeclaration, spec: TSESTree.ImportSpecifier, name: string): Step[] {
  const hint = AUTH_HELPERS_REACT_EXPORTS[name];
  const message = hint ? `\`${name}\` from ${REACT} has no ${SSR_PACKAGE} equivalent: ${hint}` : `\`${name}\` from ${REACT}: ${helperReplacement(REACT, name)}`;
  const refs = referencesOf(file, spec);
  if (CLIENT_HOOKS.includes(name) && refs.length > 0) return [{ kind: 'creator', spec, uses: refs.map((ref) => clientHook(file, name, ref, message)) }];
  return (refs.length === 0 ? [decl] : refs).map((node): Step => ({ kind: 'mark', node, message }));
}

/** One use of a client hook: the browser factory's call, or a marker saying what to use instead. */
function clientHook(file: HelperFile, name: string, ref: TSESTree.Identifier, message: string): Step {
  const call = ref.parent?.type === 'CallExpression' && ref.parent.callee === ref && ref.parent.arguments.length === 0 ? ref.parent : undefined;
  const binding = name === 'useSessionContext' ? call && clientOnlyPattern(call) : undefined;
  if (name === 'useSessionContext' && !binding) return { kind: 'mark', node: ref, message };
  const browser = factoryTarget(file, 'browser');
  const server = factoryTarget(file, 'server');
  const serverAdvice = `create the client with \`await ${server.exportName}()\` from '${server.specifier}' in the server code that needs it`;
  if (file.role === 'server') return { kind: 'mark', node: ref, roles: ['server'], message: `\`${name}\` is a React hook, but this module runs on the server: ${serverAdvice}` };
  const inBrowser = runsInBrowser(file.input.path, file.role, file.project);
  if (!inBrowser || !call || isFactoryFile(file, 'browser')) {
    const where = inBrowser ? '' : ' if this code runs in the browser; on the server, ' + serverAdvice;
    return { kind: 'mark', node: ref, roles: ['browser'], message: `\`${name}\` from ${REACT}: call \`${browser.exportName}()\` from '${browser.specifier}' instead${where}` };
  }
  return withinArity(file, name, { kind: 'factory', call, role: 'browser', args: '', typeArgs: typeArguments(file, call), binding });
}

/** `const { supabaseClient } = call` (or `{ supabaseClient: supabase }`): the pattern and the name it binds. */
function clientOnlyPattern(call: TSESTree.CallExpression): { pattern: TSESTree.Node; name: string } | undefined {
  const declarator = call.parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.init !== call || declarator.id.type !== 'ObjectPattern' || declarator.id.typeAnnotation) return undefined;
  const [only, ...rest] = declarator.id.properties;
  if (rest.length > 0 || only?.type !== 'Property' || only.computed || identifierName(only.key) !== 'supabaseClient') return undefined;
  const name = identifierName(only.value);
  return name === undefined ? undefined : { pattern: declarator.id, name };
}
