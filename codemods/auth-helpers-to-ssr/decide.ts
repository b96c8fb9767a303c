// What each helper import becomes, as pure functions over the facts of read.ts (the constructs decide
// their calls: server.ts, browser.ts, middleware.ts, pages.ts; other loads: modules.ts):
// - a declaration whose names all move to one package the file does not import yet keeps its place and
//   only changes its source (read.ts `wholeTarget`, written by imports.ts);
// - otherwise name by name: shim names and types move; `useSupabaseClient()` in browser code becomes the
//   browser factory's call, the other `@supabase/auth-helpers-react` names get a marker at each use (no 1:1
//   replacement, so the package stays while they are imported: cli/dependency-plan.ts); namespace and default imports, unknown names and creators imported as
//   types get a marker; each creator call goes to its construct; a creator that is not called (passed as a
//   value) or a 0.5 HOF → a marker. A specifier goes only when every use of it is migrated.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import {
  AUTH_HELPERS_NEXTJS_EXPORTS,
  AUTH_HELPERS_REACT_EXPORTS,
  helperReplacement,
  SSR_PACKAGE,
  SSR_SHIM_EXPORTS,
  SUPABASE_JS_PACKAGE,
  type HelperExport,
} from '../../core/supabase.ts';
import type { FactoryRole } from '../lib/types.ts';
import { decideBrowser } from './browser.ts';
import { decideMiddleware } from './middleware.ts';
import { decidePages } from './pages.ts';
import type { Step } from './plan.ts';
import { factoryTarget, helperPackage, importedName, isFactoryFile, NEXTJS, REACT, referencesOf, wholeTarget, type HelperFile } from './read.ts';
import { typeArguments } from './options.ts';
import { runsInBrowser } from '../lib/app-facts.ts';
import { decideServer } from './server.ts';
import { SSR_TOO_OLD } from '../lib/versions.ts';

/** The factory each 0.5 HOF's replacement is built on (`logger` has none). */
const HOF_FACTORIES: Partial<Record<string, FactoryRole>> = { withApiAuth: 'api', withPageAuth: 'serverProps', withMiddlewareAuth: 'middleware' };

export function decideImport(file: HelperFile, decl: TSESTree.ImportDeclaration): Step[] {
  const source = helperPackage(decl.source.value)!;
  const typeOnlyDecl = decl.importKind === 'type';
  if (wholeTarget(file, decl)) return []; // imports.ts retargets it
  const steps: Step[] = [];
  const mark = (node: TSESTree.Node, message: string) => steps.push({ kind: 'mark', node, message });
  const move = (spec: TSESTree.ImportSpecifier, imported: string, target: string, type: boolean) => steps.push({ kind: 'move', spec, imported, source: target, type });
  if (source !== NEXTJS && source !== REACT) {
    // remix/sveltekit/shared: only the 0.14/0.15 shim names have a mechanical replacement
    for (const spec of decl.specifiers) if (spec.type === 'ImportSpecifier' && SSR_SHIM_EXPORTS.includes(importedName(spec))) move(spec, importedName(spec), SSR_PACKAGE, typeOnlyDecl);
    return steps;
  }
  for (const spec of decl.specifiers) {
    if (spec.type === 'ImportNamespaceSpecifier') {
      mark(decl, `\`import * as ${spec.local.name}\` from ${source}: import the names you use by name and run this codemod again`);
      continue;
    }
    if (spec.type === 'ImportDefaultSpecifier') {
      mark(decl, `\`import ${spec.local.name} from '${source}'\`: the package has no default export; import the names you use by name and run this codemod again`);
      continue;
    }
    const name = importedName(spec);
    const typeOnly = typeOnlyDecl || spec.importKind === 'type';
    const info = AUTH_HELPERS_NEXTJS_EXPORTS[name];
    if (SSR_SHIM_EXPORTS.includes(name)) move(spec, name, SSR_PACKAGE, typeOnly);
    else if (info?.migration === 'type') move(spec, name, SUPABASE_JS_PACKAGE, true);
    else if (source === REACT) steps.push(...reactImport(file, decl, spec, name));
    else if (!info) mark(decl, `\`${name}\` is not an export of ${NEXTJS} 0.5–0.15: remove it or use ${helperReplacement(source, undefined)}`);
    else if (typeOnly) mark(decl, `\`${name}\` is imported as a type: use the type of ${info.replacement} instead`);
    else steps.push(...creatorUses(file, spec, name, info));
  }
  return steps;
}

function reactImport(file: HelperFile, decl: TSESTree.ImportDeclaration, spec: TSESTree.ImportSpecifier, name: string): Step[] {
  if (name === 'useSupabaseClient') return [{ kind: 'creator', spec, uses: referencesOf(file, spec).map((ref) => supabaseClientHook(file, ref)) }];
  const hint = AUTH_HELPERS_REACT_EXPORTS[name];
  const message = hint ? `\`${name}\` from ${REACT} has no ${SSR_PACKAGE} equivalent: ${hint}` : `\`${name}\` from ${REACT}: ${helperReplacement(REACT, name)}`;
  const refs = referencesOf(file, spec);
  return (refs.length === 0 ? [decl] : refs).map((node): Step => ({ kind: 'mark', node, message }));
}

/**
 * `useSupabaseClient()` → the browser factory's `createClient()` (a singleton in the browser, like the
 * provider's client) where the module runs in the browser; on the server the hook never had a provider to
 * read, and the server factory is what the code needs, so it is left to the user with that advice.
 */
function supabaseClientHook(file: HelperFile, ref: TSESTree.Identifier): Step {
  const call = ref.parent;
  const browser = factoryTarget(file, 'browser');
  const server = factoryTarget(file, 'server');
  const serverAdvice = `create the client with \`await ${server.exportName}()\` from '${server.specifier}' in the server code that needs it`;
  if (file.role === 'server') return { kind: 'mark', node: ref, roles: ['server'], message: `\`useSupabaseClient\` is a React hook, but this module runs on the server: ${serverAdvice}` };
  const inBrowser = runsInBrowser(file.input.path, file.role, file.project);
  if (!inBrowser || call?.type !== 'CallExpression' || call.callee !== ref || call.arguments.length > 0 || isFactoryFile(file, 'browser')) {
    const where = inBrowser ? '' : ' if this code runs in the browser; on the server, ' + serverAdvice;
    return { kind: 'mark', node: ref, roles: ['browser'], message: `\`useSupabaseClient\` from ${REACT}: call \`${browser.exportName}()\` from '${browser.specifier}' instead${where}` };
  }
  return withinArity(file, 'useSupabaseClient', { kind: 'factory', call, role: 'browser', args: '', typeArgs: typeArguments(file, call) });
}

/** One step per use of a creator. */
function creatorUses(file: HelperFile, spec: TSESTree.ImportSpecifier, name: string, info: HelperExport): Step[] {
  const uses = referencesOf(file, spec).map((ref): Step => {
    const call = ref.parent;
    if (info.migration === 'removed') {
      const role = HOF_FACTORIES[name];
      const target = role ? factoryTarget(file, role) : undefined;
      const where = target ? ` (\`${target.exportName}\` from '${target.specifier}')` : '';
      return { kind: 'mark', node: ref, roles: role ? [role] : [], message: `\`${name}\` was removed in auth-helpers 0.6 and has no ${SSR_PACKAGE} equivalent: replace it with ${info.replacement}${where}` };
    }
    if (call?.type !== 'CallExpression' || call.callee !== ref) return { kind: 'mark', node: ref, message: `\`${name}\` is used as a value here, which this codemod cannot follow: replace it with ${info.replacement}` };
    if (!file.project.capabilities.has.cookieMethodsGetAllSetAll) return { kind: 'mark', node: call, message: `\`${name}\` → ${info.replacement}, but ${SSR_TOO_OLD}` };
    switch (info.migration) {
      case 'server-component':
      case 'route-handler':
        return withinArity(file, name, decideServer(file, name, call));
      case 'browser':
        return withinArity(file, name, decideBrowser(file, name, call));
      case 'middleware':
        return withinArity(file, name, decideMiddleware(file, name, call));
      default:
        return withinArity(file, name, decidePages(file, name, call));
    }
  });
  return [{ kind: 'creator', spec, uses }];
}

/**
 * How many arguments each construct passes to the factory it calls: none to `createClient()`, the
 * context to the Pages `createClient(ctx)`, `req, res` to the API one, the request to `updateSession`.
 */
const SUPPLIED_ARGUMENTS: Record<FactoryRole, number> = { server: 0, browser: 0, serverProps: 1, api: 2, middleware: 1 };

/**
 * A call of the app's own factory only when it can take the arguments we pass (issue #8, item 3): an
 * existing `createClient({ cookieStore, isAdmin })` called as `createClient()` type-checks nowhere and
 * loses what the app passes on purpose, so the creator call stays, with a marker naming the signature.
 */
function withinArity(file: HelperFile, name: string, step: Step): Step {
  const call = step.kind === 'factory' ? { role: step.role, node: step.call } : step.kind === 'middleware-body' ? { role: 'middleware' as const, node: step.fn } : undefined;
  const parameters = call && file.project.factories[call.role].parameters;
  if (!call || !parameters || parameters.required <= SUPPLIED_ARGUMENTS[call.role]) return step;
  const { role, node } = call;
  const { specifier } = factoryTarget(file, role);
  return {
    kind: 'mark',
    node,
    message: `\`${name}\` was left as it is: the app's factory \`${parameters.signature}\` from '${specifier}' needs arguments this codemod cannot supply. Call it with them here (awaited on the server), or build the client with ${role === 'browser' ? 'createBrowserClient' : 'createServerClient'} from ${SSR_PACKAGE}`,
  };
}
