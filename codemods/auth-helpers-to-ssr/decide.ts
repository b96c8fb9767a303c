// What each helper import becomes, as pure functions over the facts of read.ts (the constructs decide
// their calls: server.ts, browser.ts, middleware.ts, pages.ts; other loads: modules.ts):
// - a declaration whose names all move to one package the file does not import yet keeps its place and
//   only changes its source (read.ts `wholeTarget`, written by imports.ts);
// - otherwise name by name: shim names and types move; `@supabase/auth-helpers-react` names go to react.ts
//   (the client hooks become the browser factory's call in browser code, the rest get a marker); namespace and default imports, unknown names and creators imported as
//   types get a marker; each creator call goes to its construct; a creator that is not called (passed as a
//   value) or a 0.5 HOF → a marker. A specifier goes only when every use of it is migrated.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import {
  AUTH_HELPERS_NEXTJS_EXPORTS,
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
import { factoryTarget, helperPackage, importedName, NEXTJS, REACT, referencesOf, wholeTarget, type HelperFile } from './read.ts';
import { withinArity } from './factory-arity.ts';
import { decideReactImport } from './react.ts';
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
    // remix/sveltekit/shared: only the 0.14/0.15 shim names have a mechanical replacement; every other
    // name is listed for review, so the package is never dropped while a file still needs it unexplained.
    const others: string[] = [];
    for (const spec of decl.specifiers) {
      if (spec.type === 'ImportSpecifier' && SSR_SHIM_EXPORTS.includes(importedName(spec))) move(spec, importedName(spec), SSR_PACKAGE, typeOnlyDecl);
      else others.push(spec.type === 'ImportSpecifier' ? `\`${importedName(spec)}\`` : `\`${spec.local.name}\``);
    }
    if (others.length > 0) mark(decl, `${others.join(', ')} from ${source} ${others.length === 1 ? 'has' : 'have'} no mechanical ${SSR_PACKAGE} replacement: rewrite ${others.length === 1 ? 'it' : 'them'} with ${helperReplacement(source, undefined)}`);
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
    else if (source === REACT) steps.push(...decideReactImport(file, decl, spec, name));
    else if (!info) mark(decl, `\`${name}\` is not an export of ${NEXTJS} 0.5–0.15: remove it or use ${helperReplacement(source, undefined)}`);
    else if (typeOnly) mark(decl, `\`${name}\` is imported as a type: use the type of ${info.replacement} instead`);
    else steps.push(...creatorUses(file, spec, name, info));
  }
  return steps;
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
