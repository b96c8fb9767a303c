// Shared setup for the project-graph tests: temporary app trees, and the graph's answer for an import.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import type { ClientSettings } from '../../../core/graph/known-values.ts';
import { graphFor, standaloneContext } from '../../../core/graph/project-graph.ts';
import { EMPTY_SUMMARY } from '../../../core/graph/summary.ts';
import { bindingInfo, type BindingInfo } from '../../../core/graph/values.ts';
import { DEFAULT_PAGE_EXTENSIONS } from '../../../core/next.ts';

const tempRoots: string[] = [];
afterAll(() => {
  for (const dir of tempRoots) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (path → content) into a new temporary folder and returns its real path. */
export function makeTree(files: Record<string, string>, prefix = 'supabase-auth-graph-'): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  tempRoots.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export const appLayout = () => ({ srcDir: false, pageExtensions: DEFAULT_PAGE_EXTENSIONS });

/** What `imported` from `source` is, seen from `fromFile` in the app at `root` (none: packages and names only). */
export function classify(source: string, imported: string, fromFile: string, root: string | undefined, settings: ClientSettings = {}): BindingInfo | undefined {
  const binding = { source, imported, typeOnly: false };
  const value = root === undefined ? standaloneContext(fromFile, EMPTY_SUMMARY, settings).importValue(binding) : graphFor(root, settings, appLayout).importValue(fromFile, binding);
  return bindingInfo(value);
}

export const alias = (target: string) => JSON.stringify({ compilerOptions: { paths: { '@/*': [target] } } });
