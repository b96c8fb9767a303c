// Facts about the rest of the app that a transform's decisions depend on, as one input of every
// `decide.ts`, answered by the project graph (core/graph/) from the disk: module roles from importers,
// the routes whose sessions need refreshing, the helper modules a file imports.
import { relative } from 'node:path';
import { DEFAULT_PAGE_EXTENSIONS, fileKind, type ModuleRole } from '../../core/next.ts';
import { getProjectFacts, listAuthRoutes, projectGraph, roleOfProgram } from '../../core/project.ts';
import { isDirectory, parseSource, readText, toPosix } from '../../core/source-file.ts';
import { isAuthHelpersPackage } from '../../core/supabase.ts';
import { resolveSpecifier } from './import-path.ts';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { AppFacts, ProjectInfo } from './types.ts';

/** App Router files that render per request and read the session on their own (route handlers refresh themselves, facts §4.13). */
const RENDERED_FILES: readonly string[] = ['page', 'layout', 'template', 'default'];

const stripExtension = (file: string) => file.replace(/\.[cm]?[jt]sx?$/, '');

/** Facts from the file and the disk: an auth-helpers creator stays one; other modules are read as they are now. */
export function localAppFacts(project: ProjectInfo): AppFacts {
  return {
    willBeSsrClient: (origin) => !isAuthHelpersPackage(origin.source.split('/').slice(0, 2).join('/')),
    helperModule(specifier, fromFile) {
      const target = resolveSpecifier(specifier, fromFile, project);
      if (target === undefined) return { kind: 'unknown' };
      const factory = project.factories.middleware;
      if (!factory.exists && target === stripExtension(factory.file)) return { kind: 'scaffolded', role: 'middleware' };
      const file = isDirectory(project.root) ? projectGraph(getProjectFacts(project.root))?.resolver.resolve(fromFile, specifier) : undefined;
      const text = file === undefined ? undefined : readText(file);
      const program = file === undefined || text === undefined ? undefined : parseSource(text, file);
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

/**
 * The role of the module at `path` (server, client or shared): its own, else the one its importers give
 * it in the project graph (a helper that lost its `next/headers` import to a migration is still server
 * code when only server code imports it).
 */
export function moduleRoleOf(path: string, program: TSESTree.Program, project: ProjectInfo): ModuleRole {
  const kind = fileKind(toPosix(relative(project.root, path)), { srcDir: project.srcDir, pageExtensions: project.pageExtensions ?? DEFAULT_PAGE_EXTENSIONS });
  const own = roleOfProgram(program, kind);
  if (own !== 'shared' || !isDirectory(project.root)) return own;
  return projectGraph(getProjectFacts(project.root))?.roleOf(path) ?? own;
}

/**
 * Whether the module at `path` runs in the browser: a 'use client' module, a Pages Router page or `_app`
 * (rendered on both sides, hydrated in the browser), or a module the project graph finds imported by one.
 * A server module, or one nothing in the app imports, does not: a browser client is not proposed there.
 */
export function runsInBrowser(path: string, role: ModuleRole, project: ProjectInfo): boolean {
  if (role !== 'shared') return role === 'client';
  const relPath = toPosix(relative(project.root, path));
  const kind = fileKind(relPath, { srcDir: project.srcDir, pageExtensions: project.pageExtensions ?? DEFAULT_PAGE_EXTENSIONS });
  if (kind.type === 'pages-page' || /^(src\/)?pages\/_app\.[^/]+$/.test(relPath)) return true;
  return isDirectory(project.root) && (projectGraph(getProjectFacts(project.root))?.reachedByClient(path) ?? false);
}
