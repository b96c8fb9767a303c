// What each helper import becomes, as decisions over the facts of read.ts:
// - a declaration whose names all move to one package the file does not import yet keeps its place and
//   only changes its source: 0.14/0.15 shim names → `@supabase/ssr`, types → `import type … from
//   '@supabase/supabase-js'`;
// - otherwise name by name: shim names and types are moved; `@supabase/auth-helpers-react` hooks get a
//   marker at each use (no 1:1 replacement); namespace and default imports, unknown names and creators
//   imported as types get a marker; each creator call is handed to its construct (server.ts, browser.ts,
//   middleware.ts, pages.ts); a creator that is not called (passed as a value) or a 0.5 HOF → a marker.
// A specifier goes only when every use of it was migrated.
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
import { browserCall } from './browser.ts';
import { middlewareCall } from './middleware.ts';
import { pagesCall } from './pages.ts';
import { helperPackage, importedName, NEXTJS, REACT, referencesOf, wholeTarget } from './read.ts';
import { serverCall } from './server.ts';
import type { Rewrite } from './write.ts';

/** The factory each 0.5 HOF's replacement is built on (`logger` has none). */
const HOF_FACTORIES: Partial<Record<string, FactoryRole>> = { withApiAuth: 'api', withPageAuth: 'serverProps', withMiddlewareAuth: 'middleware' };

export function migrateImport(w: Rewrite, decl: TSESTree.ImportDeclaration): void {
  const source = helperPackage(decl.source.value)!;
  const typeOnlyDecl = decl.importKind === 'type';
  if (wholeTarget(w.file, decl)) return; // imports.ts retargets it
  if (source !== NEXTJS && source !== REACT) {
    // remix/sveltekit/shared: only the 0.14/0.15 shim names have a mechanical replacement
    for (const spec of decl.specifiers) if (spec.type === 'ImportSpecifier' && SSR_SHIM_EXPORTS.includes(importedName(spec))) w.move(spec, importedName(spec), SSR_PACKAGE, typeOnlyDecl);
    return;
  }
  for (const spec of decl.specifiers) {
    if (spec.type === 'ImportNamespaceSpecifier') {
      w.todo(decl, `\`import * as ${spec.local.name}\` from ${source}: import the names you use by name and run this codemod again`);
      continue;
    }
    if (spec.type === 'ImportDefaultSpecifier') {
      w.todo(decl, `\`import ${spec.local.name} from '${source}'\`: the package has no default export; import the names you use by name and run this codemod again`);
      continue;
    }
    const name = importedName(spec);
    const typeOnly = typeOnlyDecl || spec.importKind === 'type';
    if (SSR_SHIM_EXPORTS.includes(name)) w.move(spec, name, SSR_PACKAGE, typeOnly);
    else if (source === REACT) {
      if (AUTH_HELPERS_NEXTJS_EXPORTS[name]?.migration === 'type') w.move(spec, name, SUPABASE_JS_PACKAGE, true);
      else reactImport(w, decl, spec, name);
    } else {
      const info = AUTH_HELPERS_NEXTJS_EXPORTS[name];
      if (!info) w.todo(decl, `\`${name}\` is not an export of ${NEXTJS} 0.5–0.15: remove it or use ${helperReplacement(source, undefined)}`);
      else if (info.migration === 'type') w.move(spec, name, SUPABASE_JS_PACKAGE, true);
      else if (typeOnly) w.todo(decl, `\`${name}\` is imported as a type: use the type of ${info.replacement} instead`);
      else migrateCreator(w, spec, name, info);
    }
  }
}

function reactImport(w: Rewrite, decl: TSESTree.ImportDeclaration, spec: TSESTree.ImportSpecifier, name: string): void {
  const hint = AUTH_HELPERS_REACT_EXPORTS[name];
  let message = hint ? `\`${name}\` from ${REACT} has no ${SSR_PACKAGE} equivalent: ${hint}` : `\`${name}\` from ${REACT}: ${helperReplacement(REACT, name)}`;
  if (name === 'useSupabaseClient') {
    const { specifier, exportName } = w.factoryTarget('browser');
    w.roles.add('browser');
    message += ` — here \`${exportName}()\` from '${specifier}'`;
  }
  const refs = referencesOf(w.file, spec);
  if (refs.length === 0) w.todo(decl, message);
  for (const ref of refs) w.todo(ref, message);
}

function migrateCreator(w: Rewrite, spec: TSESTree.ImportSpecifier, name: string, info: HelperExport): void {
  let kept = false;
  for (const ref of referencesOf(w.file, spec)) {
    const call = ref.parent;
    const isCall = call?.type === 'CallExpression' && call.callee === ref;
    let done = false;
    if (info.migration === 'removed') {
      const role = HOF_FACTORIES[name];
      let where = '';
      if (role) {
        const { specifier, exportName } = w.factoryTarget(role);
        w.roles.add(role);
        where = ` (\`${exportName}\` from '${specifier}')`;
      }
      w.todo(ref, `\`${name}\` was removed in auth-helpers 0.6 and has no ${SSR_PACKAGE} equivalent: replace it with ${info.replacement}${where}`);
    } else if (!isCall) {
      w.todo(ref, `\`${name}\` is used as a value here, which this codemod cannot follow: replace it with ${info.replacement}`);
    } else if (info.migration === 'server-component' || info.migration === 'route-handler') done = serverCall(w, name, call);
    else if (info.migration === 'browser') done = browserCall(w, name, call);
    else if (info.migration === 'middleware') done = middlewareCall(w, name, call);
    else if (info.migration === 'pages-server') done = pagesCall(w, name, call);
    if (!done) kept = true;
  }
  if (!kept) w.removed.add(spec);
}
