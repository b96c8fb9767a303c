// Whether the linted file runs as part of the app's middleware/proxy: the entry file Next runs, or a module
// it imports (directly or through others), found through the project graph's reverse import index. Files
// that are not on disk (RuleTester cases, editor buffers) are judged by their name: `middleware.ts`,
// `utils/supabase/middleware.ts`, `lib/supabase/proxy.ts`.
import { relative } from 'node:path';
import { fileKind } from '../../core/next.ts';
import { toPosix } from '../../core/source-file.ts';
import type { RuleFileContext } from '../utils/file-context.ts';

export type MiddlewareReach = 'entry' | 'helper';

/** How far up the import chain a helper may sit below the entry file. */
const MAX_IMPORT_DEPTH = 4;

/** A file name that says it is (or belongs to) a middleware/proxy. */
export const MIDDLEWARE_NAME = /(?:^|[\\/])[^\\/]*(?:middleware|proxy)[^\\/]*$/i;

export function middlewareReach(file: RuleFileContext): MiddlewareReach | undefined {
  if (file.kind.type === 'middleware' || file.kind.type === 'proxy') return 'entry';
  const { graph, facts } = file;
  if (!graph || facts.root === undefined) return MIDDLEWARE_NAME.test(file.relPath) ? 'helper' : undefined;
  const root = facts.root;
  const seen = new Set([file.file]);
  let frontier = [file.file];
  for (let depth = 0; depth < MAX_IMPORT_DEPTH && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const module of frontier) {
      for (const importer of graph.index.importersOf(module)) {
        if (seen.has(importer)) continue;
        seen.add(importer);
        const kind = fileKind(toPosix(relative(root, importer)), facts).type;
        if (kind === 'middleware' || kind === 'proxy') return 'helper';
        next.push(importer);
      }
    }
    frontier = next;
  }
  return undefined;
}
