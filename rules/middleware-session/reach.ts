// Whether the linted file runs as part of the app's middleware/proxy: the entry file Next runs, or a module
// it imports (directly or through others). The modules reachable from the entry files are worked out once
// per epoch, forward from the entry files through the project graph's import scan and resolver, so each
// lint asks a set. Files that are not on disk (RuleTester cases, editor buffers) are judged by their name:
// `middleware.ts`, `utils/supabase/middleware.ts`, `lib/supabase/proxy.ts`.
import { currentEpoch } from '../../core/graph/epoch.ts';
import type { ProjectGraph } from '../../core/graph/project-graph.ts';
import type { RuleFileContext } from '../utils/file-context.ts';

export type MiddlewareReach = 'entry' | 'helper';

/** How far down the import chain a helper may sit below the entry file. */
const MAX_IMPORT_DEPTH = 4;

/** A file name that says it is (or belongs to) a middleware/proxy. */
export const MIDDLEWARE_NAME = /(?:^|[\\/])[^\\/]*(?:middleware|proxy)[^\\/]*$/i;

const memo = new WeakMap<ProjectGraph, { epoch: number; entries: string; modules: ReadonlySet<string> }>();

/** The app's modules that the entry files import, directly or through up to {@link MAX_IMPORT_DEPTH} others. */
function middlewareModules(graph: ProjectGraph, entries: readonly string[]): ReadonlySet<string> {
  const key = entries.join('\n');
  const hit = memo.get(graph);
  if (hit && hit.epoch === currentEpoch() && hit.entries === key) return hit.modules;
  const modules = new Set<string>();
  let frontier = [...entries];
  for (let depth = 0; depth < MAX_IMPORT_DEPTH && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const file of frontier) {
      for (const { specifier, typeOnly } of graph.modules.scan(file)?.imports ?? []) {
        const target = typeOnly ? undefined : graph.resolver.resolve(file, specifier);
        if (target === undefined || modules.has(target) || entries.includes(target)) continue;
        modules.add(target);
        next.push(target);
      }
    }
    frontier = next;
  }
  memo.set(graph, { epoch: currentEpoch(), entries: key, modules });
  return modules;
}

export function middlewareReach(file: RuleFileContext): MiddlewareReach | undefined {
  if (file.kind.type === 'middleware' || file.kind.type === 'proxy') return 'entry';
  const { graph, facts } = file;
  if (!graph || facts.root === undefined) return MIDDLEWARE_NAME.test(file.relPath) ? 'helper' : undefined;
  return middlewareModules(graph, [...facts.middlewareFiles, ...facts.proxyFiles]).has(file.file) ? 'helper' : undefined;
}
