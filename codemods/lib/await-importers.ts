// The runner's second phase: when a transform made an exported function async (`asyncExports`, e.g. a
// server factory that now awaits `cookies()`), the files that import it must await its calls. This is the
// cross-file driver of the one engine (async-propagation.ts): it finds, in one file, the imports of those
// functions (named, default, namespace, `require`; relative paths and tsconfig `paths` aliases), and the
// engine awaits their calls, making functions async and following their callers inside the file. What
// the file's own exports become (async too) goes back to the runner for the next round.
import { summarize } from '../../core/graph/summary.ts';
import { resolveModule } from '../../core/project.ts';
import { moduleRoleOf } from './app-facts.ts';
import { AsyncPropagation } from './async-propagation.ts';
import { applyEdits } from './edits.ts';
import { parseFile, type ParsedFile } from './source-code.ts';
import { detectStyle } from './style.ts';
import { reviewItems, TodoMarkers } from './todo-markers.ts';
import type { FileInput, ProjectInfo, ReviewItem } from './types.ts';

/** Absolute file → names of its exports that now return a promise (`'default'` for the default export). */
export type AsyncExportMap = ReadonlyMap<string, ReadonlySet<string>>;

export interface AwaitImportersResult {
  output: string | undefined;
  review: ReviewItem[];
  /** Exports of this file that now return a promise, for the next round. */
  asyncExports: string[];
}

const stripExt = (file: string) => file.replace(/\.[cm]?[jt]sx?$/, '');

/** Whether `source` may import one of the async exports (a cheap text test before parsing). */
export function mightCallAsyncExports(source: string, asyncExports: AsyncExportMap): boolean {
  if (!/\bimport\b|\brequire\s*\(/.test(source)) return false;
  for (const names of asyncExports.values()) {
    for (const name of names) if (name === 'default' || source.includes(name)) return true;
  }
  return false;
}

export function awaitImporters(file: FileInput, project: ProjectInfo, asyncExports: AsyncExportMap): AwaitImportersResult {
  const none: AwaitImportersResult = { output: undefined, review: [], asyncExports: [] };
  const parsed = parseFile(file.path, file.source);
  if (!parsed) return none;
  const byFile = new Map<string, ReadonlySet<string>>();
  for (const [target, names] of asyncExports) byFile.set(stripExt(target), names);

  const style = detectStyle(parsed.text, parsed.program);
  const markers = new TodoMarkers(parsed.text, { eol: style.eol, indent: style.indent });
  const engine = new AsyncPropagation({ file: parsed, role: moduleRoleOf(file.path, parsed.program, project), markers });
  let found = false;
  for (const [local, binding] of summarize(parsed.program).imports) {
    // Packages resolve to nothing; relative paths and tsconfig `paths` aliases to the app's files.
    const resolved = resolveModule(binding.source, file.path, project.root);
    const names = resolved ? byFile.get(stripExt(resolved)) : undefined;
    const variable = names && moduleVariable(parsed, local);
    if (!names || !variable) continue;
    if (binding.imported === '*') {
      for (const name of names) if (name !== 'default') engine.awaitCallsOf(variable, local, name);
      found = true;
    } else if (names.has(binding.imported)) {
      engine.awaitCallsOf(variable, local);
      found = true;
    }
  }
  if (!found) return none;
  const edits = [...markers.edits(), ...engine.result()];
  const exported = [...engine.asyncExports];
  if (edits.length === 0) return { ...none, asyncExports: exported };
  const output = parsed.bom + applyEdits(parsed.text, edits);
  return { output, review: reviewItems(file.source, output), asyncExports: exported };
}

function moduleVariable(file: ParsedFile, name: string) {
  const global = file.scopeManager.globalScope;
  const module = global?.childScopes.find((s) => s.type === 'module') ?? global;
  return module?.set.get(name);
}
