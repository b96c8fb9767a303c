// `supabase-auth migrate [paths…]`: every selected transform over every source file inside the given paths.
//
// 1. Refuse a dirty git tree (in the given paths) unless --force or --dry.
// 2. Walk the files (globby, .gitignore respected, node_modules/.next/dist skipped, no .d.ts).
// 3. Read each file and keep those a selected transform `mightApply` to (text test, no parsing).
// 4. Run the transforms on each kept file (worker threads for big runs), re-parsing every output.
// 5. Await the callers of functions that became async (`asyncExports`), across the walked files.
// 6. Plan the missing factories (`needsFactories`), and package.json with --update-package-json.
// 7. Write everything atomically (or, with --dry, print unified diffs), then the summary.
// Only files inside the given paths are ever written.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import cliProgress from 'cli-progress';
import { createTwoFilesPatch } from 'diff';
import { globby } from 'globby';
import { createColors } from 'picocolors';
import writeFileAtomic from 'write-file-atomic';
import { codemods as registry } from '../codemods/index.ts';
import { awaitImporters, mightCallAsyncExports } from '../codemods/lib/await-importers.ts';
import { parseError } from '../codemods/lib/parser.ts';
import { buildProjectInfo } from '../codemods/lib/project-info.ts';
import { scaffoldPlan } from '../codemods/lib/scaffold.ts';
import { TODO_MARKER, type Codemod, type FactoryRole, type ProjectInfo } from '../codemods/lib/types.ts';
import { findAppRoot } from '../core/project.ts';
import { isDirectory, isFile, SOURCE_EXTENSIONS, toPosix } from '../core/source-file.ts';
import { gitState } from './git.ts';
import { IGNORED_DIRS, resolvePaths, UsageError, type Io } from './paths.ts';
import { updatePackageJson } from './package-json.ts';
import { exitCodeOf, renderMigrateReport, type FailureEntry, type FileEntry, type MigrateReport, type ReviewEntry, type TransformCounts } from './report.ts';
import { processFile, type FileOutcome, type FileTask } from './worker.ts';

export interface MigrateOptions {
  paths: string[];
  dry: boolean;
  force: boolean;
  json: boolean;
  /** Comma-separated transform names. */
  only?: string;
  strict: boolean;
  updatePackageJson: boolean;
}

const EXTENSIONS = SOURCE_EXTENSIONS.map((e) => e.slice(1));
/** Below this many files the run stays in-process: starting worker threads (each loading the parsers and
 *  the transforms) costs more than it saves on a small app. */
const IN_PROCESS_BELOW = 20;
/** Rounds of the await-callers phase (a function made async makes its callers async, and so on). */
const MAX_AWAIT_ROUNDS = 5;

const isSourceFile = (file: string) => EXTENSIONS.includes(extname(file).slice(1)) && !/\.d\.[cm]?ts$/.test(file);
const isInside = (file: string, dir: string) => {
  const rel = relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
};

export function selectTransforms(only: string | undefined, codemods: readonly Codemod[]): Codemod[] {
  if (only === undefined) return [...codemods];
  const names = only.split(',').map((n) => n.trim()).filter(Boolean);
  const valid = codemods.map((c) => c.name);
  const unknown = names.filter((n) => !valid.includes(n));
  if (unknown.length > 0 || names.length === 0) {
    throw new UsageError(`unknown transform${unknown.length === 1 ? '' : 's'} ${unknown.map((n) => `'${n}'`).join(', ') || "''"} for --only; valid names: ${valid.join(', ')}`);
  }
  return codemods.filter((c) => names.includes(c.name));
}

/** Source files inside `paths` (absolute, sorted). */
export async function walk(paths: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const path of paths) {
    if (isFile(path)) {
      if (isSourceFile(path)) files.add(path);
      continue;
    }
    const found = await globby(`**/*.{${EXTENSIONS.join(',')}}`, {
      cwd: path,
      absolute: true,
      gitignore: true,
      ignore: [...IGNORED_DIRS, '**/*.d.ts', '**/*.d.mts', '**/*.d.cts'],
      followSymbolicLinks: false,
    });
    for (const file of found) files.add(resolve(file));
  }
  return [...files].sort();
}

interface Progress {
  tick(file: string, outcome: FileOutcome): void;
  stop(): void;
}

function progressFor(total: number, options: MigrateOptions, io: Io): Progress {
  if (options.json || total === 0) return { tick() {}, stop() {} };
  const c = createColors(io.color);
  if (io.tty && !io.ci) {
    const bar = new cliProgress.SingleBar(
      { format: 'migrate [{bar}] {value}/{total} files  {file}', hideCursor: true, clearOnComplete: true, stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { file: '' });
    return { tick: (file) => bar.increment({ file: toPosix(relative(io.cwd, file)) }), stop: () => bar.stop() };
  }
  let done = 0;
  return {
    tick(file, outcome) {
      done++;
      if (outcome.status === 'unchanged') return;
      const label = outcome.status === 'changed' ? c.green(options.dry ? 'would change' : 'changed') : c.red('failed');
      io.stdout(`[${done}/${total}] ${label} ${toPosix(relative(io.cwd, file))}${outcome.changedBy.length > 0 ? ` (${outcome.changedBy.join(', ')})` : ''}\n`);
    },
    stop() {},
  };
}

/** Runs the tasks in-process or on a worker pool sized to the machine's cores. */
async function runTasks(tasks: FileTask[], codemods: readonly Codemod[], progress: Progress): Promise<FileOutcome[]> {
  const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));
  // Workers only run the built registry: the compiled worker exists, and no test registry was injected.
  const useWorkers = tasks.length >= IN_PROCESS_BELOW && codemods === registry && import.meta.url.endsWith('.js') && isFile(workerFile);
  if (!useWorkers) {
    return tasks.map((task) => {
      const outcome = processFile(task, codemods);
      progress.tick(task.path, outcome);
      return outcome;
    });
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina<FileTask, FileOutcome>({ filename: workerFile, maxThreads: Math.max(1, availableParallelism()), idleTimeout: 1000 });
  try {
    return await Promise.all(
      tasks.map(async (task) => {
        const outcome = await pool.run(task);
        progress.tick(task.path, outcome);
        return outcome;
      }),
    );
  } finally {
    await pool.destroy();
  }
}

export async function runMigrate(options: MigrateOptions, io: Io, codemods: readonly Codemod[] = registry): Promise<number> {
  const selected = selectTransforms(options.only, codemods);
  const paths = resolvePaths(options.paths, io.cwd);
  const rel = (file: string) => toPosix(relative(io.cwd, file)) || '.';
  const notices: string[] = [];
  const note = (text: string) => void (notices.includes(text) || notices.push(text));

  // 1. git
  if (!options.dry) {
    const state = gitState(paths);
    if (!state.repo) {
      if (!options.json) io.stderr(`supabase-auth: ${state.reason}: the changes cannot be reviewed or undone with git; continuing.\n`);
      note(`Not a git repository (${state.reason}): review the changes before you deploy them.`);
    } else if (state.dirty.length > 0 && !options.force) {
      const shown = state.dirty.slice(0, 10).map((f) => `  ${f}`).join('\n');
      io.stderr(
        `supabase-auth: the git tree has uncommitted changes in the paths to migrate:\n${shown}${state.dirty.length > 10 ? `\n  … and ${state.dirty.length - 10} more` : ''}\n` +
          'Commit or stash them first, so the migration can be reviewed with `git diff` and undone; or pass --force.\n',
      );
      return 2;
    }
  }

  // 2. files and the app each belongs to
  const files = await walk(paths);
  const projects = new Map<string, ProjectInfo>();
  const projectOf = new Map<string, ProjectInfo>();
  for (const file of files) {
    let root = findAppRoot(dirname(file));
    if (root === undefined) {
      root = paths.find((p) => isInside(file, p) && isDirectory(p)) ?? dirname(file);
      // Once per assumed root, not once per file: a large folder without Next would flood the output.
      if (!projects.has(root)) note(`No Next.js app (next.config.* or a package.json depending on next) above ${rel(root) || '.'}: it is taken as the app root.`);
    }
    if (!projects.has(root)) projects.set(root, { ...buildProjectInfo(root), ...(options.strict ? { strict: true } : {}) });
    projectOf.set(file, projects.get(root)!);
  }

  // 3. read + pre-filter
  const sources = new Map<string, string>();
  const failures: FailureEntry[] = [];
  const tasks: FileTask[] = [];
  const names = selected.map((c) => c.name);
  for (const file of files) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (error) {
      failures.push({ file: rel(file), transform: null, reason: `cannot read the file: ${(error as Error).message}` });
      continue;
    }
    sources.set(file, source);
    if (selected.some((c) => c.mightApply(source))) tasks.push({ path: file, source, project: projectOf.get(file)!, transforms: names });
  }

  // 4. transforms
  const progress = progressFor(tasks.length, options, io);
  let outcomes: FileOutcome[];
  try {
    outcomes = await runTasks(tasks, codemods, progress);
  } finally {
    progress.stop();
  }

  const counts: Record<string, TransformCounts> = {};
  for (const name of names) counts[name] = { scanned: sources.size, changed: 0, unchanged: 0, failed: 0, review: 0 };
  const outputs = new Map<string, string>(); // file → new content
  const changedBy = new Map<string, Set<string>>();
  const reviewsOf = new Map<string, { line: number; message: string; transform: string }[]>();
  const asyncExports = new Map<string, Map<string, string>>(); // file → export name → transform
  const roles = new Map<ProjectInfo, Set<FactoryRole>>();
  for (const outcome of outcomes) {
    if (outcome.status === 'failed') {
      const failure = outcome.failure!;
      failures.push({ file: rel(outcome.path), transform: failure.transform ?? null, reason: failure.reason });
      for (const name of failure.transform ? [failure.transform] : outcome.applied) counts[name]!.failed++;
      continue;
    }
    for (const notice of outcome.notices) note(notice);
    if (outcome.status !== 'changed') continue;
    outputs.set(outcome.path, outcome.output!);
    changedBy.set(outcome.path, new Set(outcome.changedBy));
    reviewsOf.set(outcome.path, outcome.review);
    for (const { name, transform } of outcome.asyncExports) {
      if (!asyncExports.has(outcome.path)) asyncExports.set(outcome.path, new Map());
      asyncExports.get(outcome.path)!.set(name, transform);
    }
    const project = projectOf.get(outcome.path)!;
    if (!roles.has(project)) roles.set(project, new Set());
    for (const role of outcome.needsFactories) roles.get(project)!.add(role);
  }
  const failedFiles = new Set(outcomes.filter((o) => o.status === 'failed').map((o) => o.path));

  // 5. await the callers of what became async, in rounds
  let pending = asyncExports;
  for (let round = 0; round < MAX_AWAIT_ROUNDS && pending.size > 0; round++) {
    const map = new Map([...pending].map(([file, exports]) => [file, new Set(exports.keys())] as const));
    const transformOf = new Map<string, string>(); // export name → the transform that made it async
    for (const exports of pending.values()) for (const [name, transform] of exports) transformOf.set(name, transform);
    const next = new Map<string, Map<string, string>>();
    for (const file of files) {
      if (failedFiles.has(file) || !sources.has(file)) continue;
      const current = outputs.get(file) ?? sources.get(file)!;
      if (!mightCallAsyncExports(current, map)) continue;
      const result = awaitImporters({ path: file, source: current }, projectOf.get(file)!, map);
      const transform = [...transformOf].find(([name]) => current.includes(name))?.[1] ?? [...transformOf.values()][0]!;
      for (const name of result.asyncExports) {
        if (!next.has(file)) next.set(file, new Map());
        next.get(file)!.set(name, transform);
      }
      if (result.output === undefined) continue;
      if (parseError(file, result.output) !== undefined) {
        note(`Could not add \`await\` to the calls in ${rel(file)} of functions that became async: add it by hand.`);
        continue;
      }
      outputs.set(file, result.output);
      if (!changedBy.has(file)) changedBy.set(file, new Set());
      changedBy.get(file)!.add(transform);
      const before = reviewsOf.get(file) ?? [];
      reviewsOf.set(file, [
        ...before.map((item) => ({ ...item, line: lineAfter(item, current, result.output!) })),
        ...result.review.map((item) => ({ ...item, transform })),
      ]);
    }
    pending = next;
  }
  for (const [, by] of changedBy) for (const name of by) if (counts[name]) counts[name].changed++;
  for (const [, items] of reviewsOf) for (const name of new Set(items.map((i) => i.transform))) if (counts[name]) counts[name].review++;
  for (const name of names) counts[name]!.unchanged = counts[name]!.scanned - counts[name]!.changed - counts[name]!.failed;

  // 6. new files and package.json
  const created: { file: string; role: string }[] = [];
  const newFiles = new Map<string, string>();
  const extraReview: ReviewEntry[] = [];
  for (const [project, wanted] of roles) {
    for (const planned of scaffoldPlan(project, wanted)) {
      if (paths.some((p) => isDirectory(p) && isInside(planned.path, p))) {
        newFiles.set(planned.path, planned.content);
        created.push({ file: rel(planned.path), role: `${planned.role} factory` });
      } else {
        extraReview.push({
          file: rel(planned.path),
          line: 1,
          message: `create this ${planned.role} factory (the migrated code imports it): it lies outside the paths given to migrate, so it was not created; run migrate on the app root, or write it from Supabase's Next.js guide`,
          transform: null,
          existing: false,
        });
      }
    }
  }
  if (options.updatePackageJson) {
    for (const project of projects.values()) {
      const pkgFile = join(project.root, 'package.json');
      if (!isFile(pkgFile)) continue;
      if (!paths.some((p) => isDirectory(p) && isInside(pkgFile, p))) {
        note(`${rel(pkgFile)} lies outside the given paths and was not updated.`);
        continue;
      }
      const text = readFileSync(pkgFile, 'utf8');
      const update = updatePackageJson(text);
      for (const notice of update.notices) note(notice);
      if (update.output !== undefined) {
        outputs.set(pkgFile, update.output);
        sources.set(pkgFile, text);
        changedBy.set(pkgFile, new Set(['--update-package-json']));
      }
    }
  }

  // 7. write (or show) everything
  const c = createColors(io.color);
  const fileEntries: FileEntry[] = [];
  for (const [file, output] of outputs) {
    const entry: FileEntry = { file: rel(file), status: 'changed', transforms: [...(changedBy.get(file) ?? [])], review: reviewsOf.get(file)?.length ?? 0 };
    if (options.dry) entry.diff = createTwoFilesPatch(rel(file), rel(file), sources.get(file)!, output, undefined, undefined, { context: 3 });
    else {
      try {
        await writeFileAtomic(file, output);
      } catch (error) {
        failures.push({ file: rel(file), transform: null, reason: `cannot write the file: ${(error as Error).message}` });
        entry.status = 'failed';
      }
    }
    fileEntries.push(entry);
  }
  for (const [file, content] of newFiles) {
    const entry: FileEntry = { file: rel(file), status: 'created', transforms: [], review: 0 };
    if (options.dry) entry.diff = createTwoFilesPatch('/dev/null', rel(file), '', content, undefined, undefined, { context: 3 });
    else {
      try {
        await mkdir(dirname(file), { recursive: true });
        if (isFile(file)) throw new Error('it exists already'); // never overwrite (scaffoldPlan checked it too)
        await writeFileAtomic(file, content);
      } catch (error) {
        failures.push({ file: rel(file), transform: null, reason: `cannot create the file: ${(error as Error).message}` });
        entry.status = 'failed';
      }
    }
    fileEntries.push(entry);
  }

  // Review list: the new markers, then the ones still open from an earlier run.
  const review: ReviewEntry[] = [];
  for (const [file, items] of [...reviewsOf].sort(([a], [b]) => a.localeCompare(b))) {
    for (const item of items.sort((a, b) => a.line - b.line)) review.push({ file: rel(file), line: item.line, message: item.message, transform: item.transform, existing: false });
  }
  review.push(...extraReview);
  for (const file of files) {
    const content = outputs.get(file) ?? sources.get(file);
    if (content === undefined || !content.includes(TODO_MARKER)) continue;
    const fresh = new Set((reviewsOf.get(file) ?? []).map((i) => i.line));
    content.split('\n').forEach((line, index) => {
      const at = line.indexOf(TODO_MARKER);
      if (at === -1 || fresh.has(index + 1)) return;
      review.push({ file: rel(file), line: index + 1, message: line.slice(at + TODO_MARKER.length).trim(), transform: null, existing: true });
    });
  }
  for (const failure of failures) {
    if (!fileEntries.some((e) => e.file === failure.file)) fileEntries.push({ file: failure.file, status: 'failed', transforms: failure.transform ? [failure.transform] : [], review: 0, reason: failure.reason });
    else Object.assign(fileEntries.find((e) => e.file === failure.file)!, { status: 'failed', reason: failure.reason });
  }
  for (const item of review) {
    if (!fileEntries.some((e) => e.file === item.file)) fileEntries.push({ file: item.file, status: 'review', transforms: [], review: review.filter((r) => r.file === item.file).length });
  }
  fileEntries.sort((a, b) => a.file.localeCompare(b.file));

  const report: MigrateReport = {
    command: 'migrate',
    dry: options.dry,
    roots: [...projects.keys()].map(rel),
    scanned: sources.size,
    files: fileEntries,
    transforms: counts,
    review,
    failed: failures,
    notices,
    created,
    exitCode: 0,
  };
  report.exitCode = exitCodeOf(report);

  if (options.json) {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    if (options.dry) {
      for (const entry of fileEntries) if (entry.diff) io.stdout(colorDiff(entry.diff, c) + '\n');
    }
    io.stdout(renderMigrateReport(report, io.color));
  }
  return report.exitCode;
}

/** The line an item has after `before` became `after` (markers are found again by their text). */
function lineAfter(item: { line: number; message: string }, before: string, after: string): number {
  const marker = `${TODO_MARKER} ${item.message}`;
  const beforeLines = before.split('\n');
  const occurrence = beforeLines.slice(0, item.line).filter((l) => l.includes(marker)).length;
  let seen = 0;
  const afterLines = after.split('\n');
  for (let i = 0; i < afterLines.length; i++) {
    if (afterLines[i]!.includes(marker) && ++seen === occurrence) return i + 1;
  }
  return item.line;
}

function colorDiff(diff: string, c: ReturnType<typeof createColors>): string {
  return diff
    .split('\n')
    .map((line) => (line.startsWith('+') && !line.startsWith('+++') ? c.green(line) : line.startsWith('-') && !line.startsWith('---') ? c.red(line) : line.startsWith('@@') ? c.cyan(line) : line))
    .join('\n');
}
