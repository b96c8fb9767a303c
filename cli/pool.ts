// Runs the per-file tasks of `migrate` on worker threads, each file under a deadline and each thread
// under a heap limit: a pathological file (a 20k-line page, a 5 MB bundle) fails alone, with the reason,
// instead of holding the run for minutes and gigabytes. A timed-out thread is terminated and replaced.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Piscina as PiscinaPool } from 'piscina';
import type { Codemod } from '../codemods/lib/types.ts';
import type { FileOutcome, FileTask } from './worker.ts';

export interface FileLimits {
  /** Time one file may take through every transform, in milliseconds. */
  timeoutMs: number;
  /** Heap of one worker thread, in MB (V8's old generation). */
  memoryMb: number;
}

export const DEFAULT_LIMITS: FileLimits = { timeoutMs: 60_000, memoryMb: 2048 };

/** Where the transforms come from: the built-in registry, a module exporting `codemods`, or objects (in-process). */
export type TransformSource = { kind: 'registry' } | { kind: 'module'; url: string } | { kind: 'objects'; codemods: readonly Codemod[] };

const WORKER_FILE = fileURLToPath(new URL('./worker.js', import.meta.url));

const failed = (task: FileTask, applied: string[], reason: string): FileOutcome => ({
  path: task.path,
  status: 'failed',
  applied,
  changedBy: [],
  review: [],
  asyncExports: [],
  needsFactories: [],
  notices: [],
  failure: { transform: undefined, reason },
});

function describeCrash(error: unknown, limits: FileLimits): string {
  const e = error as { name?: string; code?: string; message?: string };
  if (e.name === 'AbortError') return `took longer than ${limits.timeoutMs / 1000} s (the limit per file): not migrated, left untouched`;
  if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') return `needed more than ${limits.memoryMb} MB of memory (the limit per file): not migrated, left untouched`;
  return `the worker thread crashed: ${String(e.message ?? error).split('\n')[0]}`;
}

/**
 * The worker threads of one run. Started before the runner walks and reads the files, so that loading the
 * parsers and transforms in the first thread overlaps that work instead of following it.
 */
export class TaskPool {
  readonly #source: TransformSource;
  readonly #limits: FileLimits;
  readonly #pool: PiscinaPool<FileTask, FileOutcome> | undefined;

  private constructor(source: TransformSource, limits: FileLimits, pool: PiscinaPool<FileTask, FileOutcome> | undefined) {
    this.#source = source;
    this.#limits = limits;
    this.#pool = pool;
  }

  static async start(source: TransformSource, limits: FileLimits): Promise<TaskPool> {
    // In-process only in tests: transform objects, or the sources run by vitest (no deadline then).
    const workers = source.kind !== 'objects' && import.meta.url.endsWith('.js') && existsSync(WORKER_FILE);
    if (!workers) return new TaskPool(source, limits, undefined);
    const { Piscina } = await import('piscina');
    const pool = new Piscina<FileTask, FileOutcome>({
      filename: WORKER_FILE,
      maxThreads: Math.max(1, availableParallelism()),
      minThreads: 1,
      idleTimeout: 1000,
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
    });
    return new TaskPool(source, limits, pool);
  }

  /**
   * Every task's outcome, in task order; `onOutcome` is called as each file finishes. `applied(task)`
   * names the transforms a failure is counted against when the thread cannot say (timeout, memory).
   */
  async run(tasks: readonly FileTask[], applied: (task: FileTask) => string[], onOutcome: (task: FileTask, outcome: FileOutcome) => void): Promise<FileOutcome[]> {
    const pool = this.#pool;
    if (pool === undefined) {
      const source = this.#source;
      const { processFile } = await import('./worker.ts');
      const codemods = source.kind === 'objects' ? source.codemods : (await import('../codemods/index.ts')).codemods;
      return tasks.map((task) => {
        const outcome = processFile(task, codemods);
        onOutcome(task, outcome);
        return outcome;
      });
    }
    const limits = this.#limits;
    const outcomes: FileOutcome[] = new Array(tasks.length);
    let next = 0;
    // At most one task per thread in flight, so a deadline starts when the file starts, not while it queues.
    const lane = async () => {
      while (next < tasks.length) {
        const index = next++;
        const task = this.#source.kind === 'module' ? { ...tasks[index]!, registry: this.#source.url } : tasks[index]!;
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
        let outcome: FileOutcome;
        try {
          outcome = await pool.run(task, { signal: controller.signal });
        } catch (error) {
          outcome = failed(task, applied(task), describeCrash(error, limits));
        } finally {
          clearTimeout(timer);
        }
        outcomes[index] = outcome;
        onOutcome(task, outcome);
      }
    };
    await Promise.all(Array.from({ length: Math.min(pool.maxThreads, tasks.length) }, lane));
    return outcomes;
  }

  async close(): Promise<void> {
    await this.#pool?.destroy();
  }
}
