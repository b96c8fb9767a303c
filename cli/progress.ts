// The progress of `migrate`: a bar on a terminal, plain `[n/total] changed file` lines in CI or a pipe,
// nothing with --json. `total` is every scanned file, and every file ticks once, whatever happens to it.
import cliProgress from 'cli-progress';
import { createColors } from 'picocolors';
import type { Io } from './paths.ts';

export type ProgressStatus = 'unchanged' | 'changed' | 'failed';

export interface Progress {
  tick(file: string, status: ProgressStatus, changedBy?: readonly string[]): void;
  stop(): void;
}

/** `name` gives a file's path as the user sees it (relative to the working directory). */
export function progressFor(total: number, options: { json: boolean; dry: boolean }, io: Io, name: (file: string) => string): Progress {
  if (options.json || total === 0) return { tick() {}, stop() {} };
  const c = createColors(io.color);
  if (io.tty && !io.ci) {
    const bar = new cliProgress.SingleBar(
      { format: 'migrate [{bar}] {value}/{total} files  {file}', hideCursor: true, clearOnComplete: true, stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { file: '' });
    return { tick: (file) => bar.increment({ file: name(file) }), stop: () => bar.stop() };
  }
  let done = 0;
  return {
    tick(file, status, changedBy = []) {
      done++;
      if (status === 'unchanged') return;
      const label = status === 'changed' ? c.green(options.dry ? 'would change' : 'changed') : c.red('failed');
      io.stdout(`[${done}/${total}] ${label} ${name(file)}${changedBy.length > 0 ? ` (${changedBy.join(', ')})` : ''}\n`);
    },
    stop() {},
  };
}
