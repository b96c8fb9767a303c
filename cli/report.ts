// What `supabase-auth migrate` prints: the summary table per transform, the review list (`file:line  message`),
// the failures with their reasons, the created files and the notices; or the same as one JSON document.
import Table from 'cli-table3';
import { createColors } from 'picocolors';

/** How a package.json changed by `--update-package-json` is named in `FileEntry.transforms`. */
export const PACKAGE_JSON_EDIT = '--update-package-json';

export interface TransformCounts {
  scanned: number;
  changed: number;
  unchanged: number;
  failed: number;
  /** Files with at least one new review item from this transform. */
  review: number;
}

export interface ReviewEntry {
  /** Relative to the working directory, `/` separators. */
  file: string;
  line: number;
  message: string;
  /** The transform that left the marker; null for markers left by an earlier run. */
  transform: string | null;
  /** The marker was already in the file before this run. */
  existing: boolean;
}

export interface FailureEntry {
  file: string;
  transform: string | null;
  reason: string;
}

export interface FileEntry {
  file: string;
  status: 'changed' | 'failed' | 'created' | 'review';
  /** Transforms that changed the file (or, for `failed`, the one that failed). */
  transforms: string[];
  review: number;
  reason?: string;
  /** Where the file was before this run moved it (`file` is where it is now). */
  movedFrom?: string;
  /** Unified diff (`--dry` only). */
  diff?: string;
}

export interface MigrateReport {
  command: 'migrate';
  dry: boolean;
  /**
   * The roots the files were grouped by, relative to the working directory (`.` for itself): each Next
   * app's root, and for files outside every app the folder of their own package.json.
   */
  roots: string[];
  /** Source files walked inside the given paths: each counted once, changed, unchanged or failed. */
  scanned: number;
  /** Every file with something to say: changed, created, failed, or holding review markers. */
  files: FileEntry[];
  transforms: Record<string, TransformCounts>;
  review: ReviewEntry[];
  /**
   * Files left untouched, with the reason: unreadable, not UTF-8, too large, too slow, unparsable input or
   * output, a crashing transform, changed by someone else during the run, a failed write.
   */
  failed: FailureEntry[];
  /** Files read but deliberately left alone (UTF-16 text), with the reason: not failures. */
  skipped: { file: string; reason: string }[];
  notices: string[];
  created: { file: string; role: string }[];
  /** Files moved to where Next runs them (an entry file Next never ran). */
  moved: { from: string; to: string }[];
  exitCode: number;
}

export function exitCodeOf(report: Pick<MigrateReport, 'review' | 'failed'>): number {
  return report.review.length > 0 || report.failed.length > 0 ? 1 : 0;
}

export function renderMigrateReport(report: MigrateReport, color: boolean): string {
  const c = createColors(color);
  const lines: string[] = [];
  const table = new Table({
    head: ['transform', 'scanned', 'changed', 'unchanged', 'failed', 'needs review'],
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right'],
    style: color ? { head: ['cyan'] } : { head: [], border: [] },
  });
  for (const [name, counts] of Object.entries(report.transforms)) {
    table.push([
      name,
      counts.scanned,
      counts.changed > 0 ? c.green(String(counts.changed)) : counts.changed,
      counts.unchanged,
      counts.failed > 0 ? c.red(String(counts.failed)) : counts.failed,
      counts.review > 0 ? c.yellow(String(counts.review)) : counts.review,
    ]);
  }
  lines.push(c.bold(report.dry ? 'Summary (dry run: nothing was written)' : 'Summary'), table.toString());

  if (report.created.length > 0) {
    lines.push('', c.bold(report.dry ? 'Would create:' : 'Created:'));
    for (const file of report.created) lines.push(`  ${c.green(file.file)}  (${file.role})`);
  }
  if (report.moved.length > 0) {
    lines.push('', c.bold(report.dry ? 'Would move:' : 'Moved:'));
    for (const move of report.moved) lines.push(`  ${c.cyan(move.from)} → ${c.green(move.to)}`);
  }
  const fresh = report.review.filter((r) => !r.existing);
  const earlier = report.review.filter((r) => r.existing);
  if (fresh.length > 0) {
    lines.push('', c.bold(c.yellow(`Needs review (${fresh.length}):`)));
    for (const item of fresh) lines.push(`  ${c.cyan(`${item.file}:${item.line}`)}  ${item.message}${item.transform ? c.dim(`  [${item.transform}]`) : ''}`);
  }
  if (earlier.length > 0) {
    lines.push('', c.bold(c.yellow(`Still open from an earlier run (${earlier.length}):`)));
    for (const item of earlier) lines.push(`  ${c.cyan(`${item.file}:${item.line}`)}  ${item.message}`);
  }
  if (report.failed.length > 0) {
    lines.push('', c.bold(c.red(`Failed, left untouched (${report.failed.length}):`)));
    for (const failure of report.failed) lines.push(`  ${c.cyan(failure.file)}  ${failure.reason}`);
  }
  if (report.skipped.length > 0) {
    lines.push('', c.bold(`Skipped (${report.skipped.length}):`));
    for (const skip of report.skipped) lines.push(`  ${c.cyan(skip.file)}  ${skip.reason}`);
  }
  if (report.notices.length > 0) {
    lines.push('', c.bold('Notices:'));
    for (const notice of report.notices) lines.push(`  • ${notice}`);
  }
  const edited = (f: FileEntry) => f.transforms.includes(PACKAGE_JSON_EDIT);
  const changed = report.files.filter((f) => f.status === 'changed' && !edited(f)).length;
  const packageJsons = report.files.filter((f) => f.status === 'changed' && edited(f)).length;
  const verb = report.dry ? 'would change' : 'changed';
  lines.push(
    '',
    `${report.scanned} files scanned, ${changed} ${verb}, ${report.created.length} ${report.dry ? 'to create' : 'created'}, ` +
      (report.moved.length > 0 ? `${report.moved.length} ${report.dry ? 'to move' : 'moved'}, ` : '') +
      (packageJsons > 0 ? `${packageJsons} package.json ${report.dry ? 'to update' : 'updated'}, ` : '') +
      `${report.review.length} review item${report.review.length === 1 ? '' : 's'}, ${report.failed.length} failed` +
      (report.skipped.length > 0 ? `, ${report.skipped.length} skipped.` : '.'),
  );
  return lines.join('\n') + '\n';
}
