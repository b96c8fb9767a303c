// The one record of a `migrate` run: every file it scanned, changed, created or could not handle, with
// the transforms involved, the review items and the failure reason. The summary table, the footer, the
// file list and `--json` are all computed from it, once, after the last write: they cannot disagree.
import { TODO_MARKER } from '../codemods/lib/types.ts';
import type { SourceText } from './files.ts';
import { exitCodeOf, type FailureEntry, type FileEntry, type MigrateReport, type ReviewEntry, type TransformCounts } from './report.ts';

export interface LedgerReview {
  line: number;
  message: string;
  /** The transform that left it; null for the runner's own items (package.json, factories). */
  transform: string | null;
}

interface Entry {
  path: string;
  /** A walked source file (counted in `scanned`); false for package.json and created files. */
  scanned: boolean;
  /** The bytes read at the start: the concurrent-edit check and the encoding of the output use them. */
  original: SourceText | undefined;
  output: string | undefined;
  /** A new file (a client factory): its role, for the summary. */
  created: string | undefined;
  /** Where a transform moves the file (absolute): its content (`output`, else the original) goes there. */
  movedTo: string | undefined;
  changedBy: Set<string>;
  review: LedgerReview[];
  failure: { transform: string | null; reason: string; counted: string[] } | undefined;
  /** Read but deliberately left alone (an encoding no parser reads): why. */
  skipped: string | undefined;
  diff: string | undefined;
}

export class Ledger {
  readonly #entries = new Map<string, Entry>();
  readonly notices: string[] = [];

  constructor(
    /** Names of the selected transforms, in run order. */
    readonly transforms: readonly string[],
    readonly rel: (path: string) => string,
  ) {}

  #entry(path: string): Entry {
    let entry = this.#entries.get(path);
    if (!entry) {
      entry = { path, scanned: false, original: undefined, output: undefined, created: undefined, movedTo: undefined, changedBy: new Set(), review: [], failure: undefined, skipped: undefined, diff: undefined };
      this.#entries.set(path, entry);
    }
    return entry;
  }

  note(text: string): void {
    if (!this.notices.includes(text)) this.notices.push(text);
  }

  scanned(path: string, original?: SourceText): void {
    Object.assign(this.#entry(path), { scanned: true, original });
  }

  original(path: string): SourceText | undefined {
    return this.#entries.get(path)?.original;
  }

  /** The file's text now: this run's output, else what was read. */
  current(path: string): string | undefined {
    const entry = this.#entries.get(path);
    return entry?.output ?? entry?.original?.text;
  }

  skip(path: string, reason: string): void {
    this.#entry(path).skipped = reason;
  }

  isFailed(path: string): boolean {
    return this.#entries.get(path)?.failure !== undefined;
  }

  /**
   * The file is left as it is on disk: its output and review items are dropped. `counted`: the transforms
   * whose `failed` column counts it (default: the one named, else every selected transform).
   */
  fail(path: string, reason: string, transform: string | null = null, counted?: readonly string[]): void {
    const entry = this.#entry(path);
    entry.failure = { transform, reason, counted: [...(counted ?? (transform ? [transform] : this.transforms))] };
    entry.output = undefined;
    entry.review = [];
  }

  change(path: string, output: string, by: readonly string[], original?: SourceText): void {
    const entry = this.#entry(path);
    if (original) entry.original = original;
    entry.output = output;
    for (const name of by) entry.changedBy.add(name);
  }

  /** The file moves to `to` (absolute), by `by`; its output, if any, is the moved file's content. */
  move(path: string, to: string, by: readonly string[]): void {
    const entry = this.#entry(path);
    entry.movedTo = to;
    for (const name of by) entry.changedBy.add(name);
  }

  create(path: string, content: string, role: string): void {
    Object.assign(this.#entry(path), { output: content, created: role });
  }

  review(path: string, items: readonly LedgerReview[], replace = false): void {
    const entry = this.#entry(path);
    entry.review = replace ? [...items] : [...entry.review, ...items];
  }

  reviewsOf(path: string): readonly LedgerReview[] {
    return this.#entries.get(path)?.review ?? [];
  }

  /** Files with new content or a new place to write (or show): changed, moved and created, not failed. */
  pending(): { path: string; output: string; original: SourceText | undefined; created: boolean; movedTo: string | undefined; changedBy: string[] }[] {
    return [...this.#entries.values()]
      .filter((e) => (e.output !== undefined || e.movedTo !== undefined) && e.failure === undefined)
      .map((e) => ({ path: e.path, output: e.output ?? e.original?.text ?? '', original: e.original, created: e.created !== undefined, movedTo: e.movedTo, changedBy: [...e.changedBy] }));
  }

  setDiff(path: string, diff: string): void {
    this.#entry(path).diff = diff;
  }

  scannedPaths(): string[] {
    return [...this.#entries.values()].filter((e) => e.scanned).map((e) => e.path);
  }

  report(dry: boolean, roots: string[]): MigrateReport {
    const entries = [...this.#entries.values()].sort((a, b) => this.rel(a.path).localeCompare(this.rel(b.path)));
    const scanned = entries.filter((e) => e.scanned);
    const counts: Record<string, TransformCounts> = {};
    const changes = (e: Entry) => !e.failure && (e.output !== undefined || e.movedTo !== undefined);
    for (const name of this.transforms) {
      const changed = scanned.filter((e) => changes(e) && e.changedBy.has(name)).length;
      const failed = scanned.filter((e) => e.failure?.counted.includes(name)).length;
      const review = scanned.filter((e) => !e.failure && e.review.some((r) => r.transform === name)).length;
      counts[name] = { scanned: scanned.length, changed, unchanged: scanned.length - changed - failed, failed, review };
    }

    const review: ReviewEntry[] = [];
    const earlier: ReviewEntry[] = [];
    const files: FileEntry[] = [];
    const failed: FailureEntry[] = [];
    for (const entry of entries) {
      // A moved file is named where it is now: its review items and markers are there.
      const moved = entry.failure ? undefined : entry.movedTo;
      const file = this.rel(moved ?? entry.path);
      const fresh = [...entry.review].sort((a, b) => a.line - b.line);
      for (const item of fresh) review.push({ file, line: item.line, message: item.message, transform: item.transform, existing: false });
      const text = entry.failure ? entry.original?.text : (entry.output ?? entry.original?.text);
      const freshLines = new Set(fresh.map((r) => r.line));
      text?.split('\n').forEach((line, index) => {
        const at = line.indexOf(TODO_MARKER);
        if (at === -1 || freshLines.has(index + 1)) return;
        earlier.push({ file, line: index + 1, message: line.slice(at + TODO_MARKER.length).trim(), transform: null, existing: true });
      });
      const reviewCount = fresh.length + earlier.filter((r) => r.file === file).length;
      if (entry.failure) {
        failed.push({ file, transform: entry.failure.transform, reason: entry.failure.reason });
        files.push({ file, status: 'failed', transforms: entry.failure.transform ? [entry.failure.transform] : [], review: 0, reason: entry.failure.reason });
      } else if (entry.output !== undefined || moved !== undefined) {
        const status = entry.created !== undefined ? 'created' : 'changed';
        const from = moved === undefined ? {} : { movedFrom: this.rel(entry.path) };
        files.push({ file, status, transforms: [...entry.changedBy], review: reviewCount, ...from, ...(entry.diff !== undefined ? { diff: entry.diff } : {}) });
      } else if (reviewCount > 0) {
        files.push({ file, status: 'review', transforms: [], review: reviewCount });
      }
    }
    const created = entries.filter((e) => e.created !== undefined && !e.failure).map((e) => ({ file: this.rel(e.path), role: e.created! }));
    const moved = entries.filter((e) => e.movedTo !== undefined && !e.failure).map((e) => ({ from: this.rel(e.path), to: this.rel(e.movedTo!) }));
    const skipped = entries.filter((e) => e.skipped !== undefined).map((e) => ({ file: this.rel(e.path), reason: e.skipped! }));
    const all = [...review, ...earlier];
    const report: MigrateReport = {
      command: 'migrate',
      dry,
      roots,
      scanned: scanned.length,
      files,
      transforms: counts,
      review: all,
      failed,
      skipped,
      notices: this.notices,
      created,
      moved,
      exitCode: 0,
    };
    report.exitCode = exitCodeOf(report);
    return report;
  }
}
