// The app's middleware/proxy entry files as Next sees them (facts §1.4 "Location", §4.10–4.12): which ones it
// runs for the installed version and `src/` layout, which stray ones exist where Next never looks, and
// whether an entry file does anything with Supabase (through the helpers it imports).
import { join, relative } from 'node:path';
import { isDirectory, isFile } from '../../core/graph/fs-view.ts';
import type { ProjectGraph } from '../../core/graph/project-graph.ts';
import { moduleUse } from '../../core/graph/routes.ts';
import { entryNamesRun, I18N_MIDDLEWARES, misplacedEntryPaths } from '../../core/next.ts';
import type { ProjectFacts } from '../../core/project.ts';
import { toPosix } from '../../core/source-file.ts';

/** Entry files Next runs in this app: `middleware.*`, and `proxy.*` from Next 16 on. */
export function runnableEntries(facts: ProjectFacts): readonly string[] {
  return entryNamesRun(facts.nextMajor).includes('proxy') ? [...facts.proxyFiles, ...facts.middlewareFiles] : facts.middlewareFiles;
}

/** Whether the app has an App Router, whose Server Components cannot write cookies. */
export function hasAppRouter(facts: ProjectFacts): boolean {
  return facts.root !== undefined && isDirectory(join(facts.root, facts.srcDir ? 'src' : '', 'app'));
}

/** Middleware/proxy files where Next never looks (`src/app/middleware.ts`, …), relative to the root. */
export function strayEntries(facts: ProjectFacts): string[] {
  const root = facts.root;
  return root === undefined ? [] : misplacedEntryPaths(facts).filter((rel) => isFile(join(root, rel)));
}

/** `./proxy.ts`: how messages name a file of the app. */
export const displayPath = (facts: ProjectFacts, file: string): string => (facts.root === undefined ? file : toPosix(relative(facts.root, file)));

/**
 * Whether an entry file creates a cookie-bound server client or reads the session, directly or through
 * the helpers it imports; `unknown` when it imports something the graph cannot read (a workspace package,
 * an auth library), which might.
 */
export function entrySupabase(graph: ProjectGraph, file: string): 'runs' | 'none' | 'unknown' {
  const summary = graph.modules.summaryOf(file);
  const scan = graph.modules.scan(file);
  if (!summary || !scan) return 'unknown';
  const use = moduleUse(graph.contextOf(file, summary));
  if (use.creates.has('server') || use.authCalls.some((c) => c.kind === 'server')) return 'runs';
  for (const { specifier, typeOnly } of scan.imports) {
    if (typeOnly || specifier === 'next' || specifier.startsWith('next/') || I18N_MIDDLEWARES.some((m) => m.source === specifier)) continue;
    if (graph.resolver.resolve(file, specifier) === undefined) return 'unknown';
  }
  return 'none';
}
