// Facts about the rest of the app that a transform's decisions depend on, as one input of every
// `decide.ts`. Today they are answered from the file itself and from the disk (`localAppFacts`);
// the project graph (core/graph/) will answer them for the whole app, as it will be after this run's own
// rewrites (a wrapper another transform migrates, a helper the runner scaffolds), by implementing this
// interface and passing it to `Codemod.transform`.
import { dirname, join, relative, resolve } from 'node:path';
import { fileKind } from '../../core/next.ts';
import { getProjectFacts, listAuthRoutes } from '../../core/project.ts';
import { resolveImport } from '../../core/resolve.ts';
import { isDirectory, readAst, toPosix } from '../../core/source-file.ts';
import { isAuthHelpersPackage } from '../../core/supabase.ts';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { ProjectInfo } from './types.ts';

/** Where a Supabase client comes from: the module and export of the function that created it. */
export interface ClientOrigin {
  source: string;
  imported: string;
}

/** Where a function imported by a middleware/proxy lives, as far as it can be found. */
export type HelperModule =
  | { kind: 'module'; program: TSESTree.Program; file: string }
  /** The canonical factory the runner creates in this run (core/templates.ts): its code is known. */
  | { kind: 'scaffolded'; role: 'middleware' }
  /** A package, or a file that cannot be found or read. */
  | { kind: 'unknown' };

export interface AppFacts {
  /** Whether a client created through `origin` (imported by `fromFile`) is an `@supabase/ssr` client after this run. */
  willBeSsrClient(origin: ClientOrigin, fromFile: string): boolean;
  /** The module `specifier` (imported by `fromFile`) loads. */
  helperModule(specifier: string, fromFile: string): HelperModule;
  /**
   * URL paths of the pages, layouts, templates and defaults that read the session on the server: where the
   * middleware must refresh it (route handlers refresh it themselves), the `require-middleware-matcher`
   * rule's criterion.
   */
  routesNeedingRefresh(): readonly string[];
}

/** App Router files that render per request and read the session on their own (route handlers refresh themselves, facts §4.13). */
const RENDERED_FILES: readonly string[] = ['page', 'layout', 'template', 'default'];

const stripExtension = (file: string) => file.replace(/\.[cm]?[jt]sx?$/, '');

/** The absolute file (without extension) `specifier` names from `fromFile`: relative, the app's alias, or tsconfig `paths`. */
export function resolveSpecifier(specifier: string, fromFile: string, project: ProjectInfo): string | undefined {
  if (specifier.startsWith('.')) return stripExtension(resolve(dirname(fromFile), specifier));
  const alias = project.importAlias;
  if (alias !== undefined && specifier.startsWith(alias)) return stripExtension(join(project.srcDir ? join(project.root, 'src') : project.root, specifier.slice(alias.length)));
  const resolved = resolveImport(specifier, fromFile, project.root);
  return resolved === undefined ? undefined : stripExtension(resolved);
}

/** Facts from the file and the disk: an auth-helpers creator stays one; other modules are read as they are now. */
export function localAppFacts(project: ProjectInfo): AppFacts {
  return {
    willBeSsrClient: (origin) => !isAuthHelpersPackage(origin.source.split('/').slice(0, 2).join('/')),
    helperModule(specifier, fromFile) {
      const target = resolveSpecifier(specifier, fromFile, project);
      if (target === undefined) return { kind: 'unknown' };
      const factory = project.factories.middleware;
      if (!factory.exists && target === stripExtension(factory.file)) return { kind: 'scaffolded', role: 'middleware' };
      const file = resolveImport(specifier, fromFile, project.root);
      const program = file === undefined ? undefined : readAst(file);
      return program && file ? { kind: 'module', program, file } : { kind: 'unknown' };
    },
    routesNeedingRefresh() {
      if (!isDirectory(project.root)) return [];
      const facts = getProjectFacts(project.root);
      const routes = listAuthRoutes(facts).filter((route) => {
        const kind = fileKind(toPosix(relative(project.root, route.file)), facts);
        return kind.type === 'app' && RENDERED_FILES.includes(kind.file);
      });
      return [...new Set(routes.map((route) => route.routePath))].sort();
    },
  };
}
