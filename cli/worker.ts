// One file through the selected transforms, in registry order, each on the previous one's output. Runs in
// a piscina worker thread (the default export) or in-process (`processFile`): the same code either way.
// Nothing here writes: the runner writes after every phase has run, so `--dry` and failures stay simple.
import { codemods as registry } from '../codemods/index.ts';
import { parseError } from '../codemods/lib/parser.ts';
import { reviewItems } from '../codemods/lib/todo-markers.ts';
import type { Codemod, FactoryRole, ProjectInfo } from '../codemods/lib/types.ts';

export interface FileTask {
  path: string;
  source: string;
  project: ProjectInfo;
  /** Names of the selected transforms (registry order is kept whatever the order here). */
  transforms: string[];
  /** Folders a transform may move the file into (the folders given to migrate). */
  moveWithin?: string[];
  /** URL of a module exporting `codemods` to use instead of the built-in registry (tests). */
  registry?: string;
}

export interface OutcomeReview {
  line: number;
  message: string;
  transform: string;
}

export interface FileOutcome {
  path: string;
  status: 'unchanged' | 'changed' | 'failed';
  /** The new source when `changed`. */
  output?: string;
  /** Transforms whose `mightApply` let them see the file. */
  applied: string[];
  /** Transforms that changed the file. */
  changedBy: string[];
  review: OutcomeReview[];
  failure?: { transform: string | undefined; reason: string };
  asyncExports: { name: string; transform: string }[];
  needsFactories: FactoryRole[];
  notices: string[];
  /** Where the file moves (absolute), when a transform moved it. */
  moveTo?: string;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

export function processFile(task: FileTask, codemods: readonly Codemod[] = registry): FileOutcome {
  const selected = codemods.filter((c) => task.transforms.includes(c.name));
  const outcome: FileOutcome = { path: task.path, status: 'unchanged', applied: [], changedBy: [], review: [], asyncExports: [], needsFactories: [], notices: [] };
  const fail = (transform: string | undefined, reason: string): FileOutcome => ({
    ...outcome,
    status: 'failed',
    output: undefined,
    changedBy: [],
    review: [],
    asyncExports: [],
    needsFactories: [],
    notices: [],
    moveTo: undefined,
    failure: { transform, reason },
  });

  if (!selected.some((c) => c.mightApply(task.source))) return outcome;
  const inputError = parseError(task.path, task.source);
  if (inputError !== undefined) return { ...fail(undefined, `cannot parse the file: ${inputError}`), applied: selected.filter((c) => c.mightApply(task.source)).map((c) => c.name) };

  let current = task.source;
  let path = task.path; // a moved file is seen at its new place by the transforms after the move
  const reviewBy = new Map<string, string>(); // marker message → transform that added it
  const findings: OutcomeReview[] = []; // without markers, on the lines of the output of their transform
  for (const codemod of selected) {
    if (!codemod.mightApply(current)) continue;
    outcome.applied.push(codemod.name);
    let result;
    try {
      result = codemod.transform({ path, source: current, ...(task.moveWithin ? { moveWithin: task.moveWithin } : {}) }, task.project);
    } catch (error) {
      return { ...fail(codemod.name, `${codemod.name} crashed: ${message(error)}`), applied: outcome.applied };
    }
    // Notices and findings hold even when a transform had nothing to rewrite (e.g. "rename middleware.ts
    // to proxy.ts", a secret key in public code).
    for (const notice of result.notices ?? []) if (!outcome.notices.includes(notice)) outcome.notices.push(notice);
    if (result.moveTo !== undefined && result.moveTo !== path) {
      path = result.moveTo;
      outcome.moveTo = path;
      if (!outcome.changedBy.includes(codemod.name)) outcome.changedBy.push(codemod.name);
    }
    for (const item of result.findings ?? []) findings.push({ ...item, transform: codemod.name });
    if (result.output === undefined || result.output === current) continue;
    const outputError = parseError(path, result.output);
    if (outputError !== undefined) {
      return { ...fail(codemod.name, `${codemod.name} produced code that does not parse (${outputError}); the file was left untouched`), applied: outcome.applied };
    }
    current = result.output;
    if (!outcome.changedBy.includes(codemod.name)) outcome.changedBy.push(codemod.name);
    for (const item of result.review) if (!reviewBy.has(item.message)) reviewBy.set(item.message, codemod.name);
    for (const name of result.asyncExports ?? []) outcome.asyncExports.push({ name, transform: codemod.name });
    for (const role of result.needsFactories ?? []) if (!outcome.needsFactories.includes(role)) outcome.needsFactories.push(role);
  }
  if (outcome.changedBy.length === 0) return { ...outcome, review: findings };
  // Line numbers of the final output; each item credited to the transform that left the marker.
  outcome.review = [...reviewItems(task.source, current).map((item) => ({ ...item, transform: reviewBy.get(item.message) ?? outcome.changedBy[0]! })), ...findings];
  return { ...outcome, status: 'changed', output: current };
}

const registries = new Map<string, Promise<readonly Codemod[]>>();

/** The worker thread's entry (piscina): the task's registry, loaded once per thread. */
export default async function runTask(task: FileTask): Promise<FileOutcome> {
  if (task.registry === undefined) return processFile(task);
  const url = task.registry;
  if (!registries.has(url)) registries.set(url, import(url).then((module: { codemods: readonly Codemod[] }) => module.codemods));
  return processFile(task, await registries.get(url)!);
}
