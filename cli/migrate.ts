// `supabase-auth migrate [paths…]`: every selected transform over every source file inside the given paths.
//
// 1. Check where the run may write (cli/boundaries.ts): every path's repository, links, uncommitted changes.
// 2. Walk the files (cli/files.ts, the same walk as `check`) and give each its app (cli/apps.ts).
// 3. Read each file as bytes; keep those a selected transform `mightApply` to, within the size limit.
// 4. Run the transforms on worker threads, a deadline per file (cli/pool.ts), re-parsing every output.
// 5. Await the callers of functions that became async, and of the app's async server factory, across the
//    app (cli/await-phase.ts).
// 6. Plan the missing factories, and what package.json must say (cli/dependency-plan.ts).
// 7. Write everything atomically unless changed meanwhile (or, with --dry, diff it), moving the entry files
//    a transform moved, then the summary.
// Every file is recorded once in the ledger (cli/ledger.ts), which the summary and --json are made from.
import { realpathSync } from 'node:fs';
import { relative } from 'node:path';
import { createColors } from 'picocolors';
import { scaffoldPlan } from '../codemods/lib/scaffold.ts';
import type { Codemod, FactoryRole } from '../codemods/lib/types.ts';
import { isDirectory, toPosix } from '../core/source-file.ts';
import { AppGroups, type AppGroup } from './apps.ts';
import { awaitAsyncCallers, type AsyncExports } from './await-phase.ts';
import { checkBoundaries } from './boundaries.ts';
import { checkPackageJsons, planAppDependencies } from './dependencies-phase.ts';
import { formatBytes, isInside, MAX_FILE_BYTES, readSourceFile, walkSourceFiles } from './files.ts';
import { Ledger } from './ledger.ts';
import { resolvePaths, UsageError, type Io } from './paths.ts';
import { DEFAULT_LIMITS, TaskPool, type FileLimits, type TransformSource } from './pool.ts';
import { progressFor } from './progress.ts';
import { renderMigrateReport } from './report.ts';
import type { FileTask } from './worker.ts';
import { writeAll } from './write-phase.ts';

export interface MigrateOptions {
  paths: string[];
  dry: boolean;
  force: boolean;
  json: boolean;
  /** Comma-separated transform names. */
  only?: string;
  strict: boolean;
  updatePackageJson: boolean;
  /** Per-file time and memory limits (defaults: DEFAULT_LIMITS). */
  limits?: Partial<FileLimits>;
}

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

/** The transform objects of `source`, for the checks the runner itself makes (`mightApply`). */
async function codemodsOf(source: TransformSource): Promise<readonly Codemod[]> {
  if (source.kind === 'objects') return source.codemods;
  if (source.kind === 'module') return ((await import(source.url)) as { codemods: readonly Codemod[] }).codemods;
  return (await import('../codemods/index.ts')).codemods;
}

const OUTSIDE_APP =
  'is not inside a Next.js app (no next.config.* and no package.json depending on next above it): its files are migrated only where no app is needed; no client factory is created there and its package.json is never changed';

/**
 * `transforms`: the built-in registry; transform objects (run in-process, for tests); or the URL of a
 * module exporting `codemods` (run on worker threads under the limits, for tests). `pool`: worker threads
 * the caller started early (the command line does, before loading this module); closed here.
 */
export async function runMigrate(options: MigrateOptions, io: Io, transforms?: readonly Codemod[] | { module: string }, pool?: TaskPool): Promise<number> {
  const source: TransformSource =
    transforms === undefined ? { kind: 'registry' } : 'module' in transforms ? { kind: 'module', url: transforms.module } : { kind: 'objects', codemods: transforms };
  const limits: FileLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const threads = pool ?? (await TaskPool.start(source, limits));
  try {
    const selected = selectTransforms(options.only, await codemodsOf(source));
    return await migrateWith(threads, selected, options, io);
  } finally {
    await threads.close();
  }
}

async function migrateWith(pool: TaskPool, selected: readonly Codemod[], options: MigrateOptions, io: Io): Promise<number> {
  const names = selected.map((c) => c.name);
  const given = resolvePaths(options.paths, io.cwd);
  const paths = given.map((p) => p.real);
  const realCwd = realpathSync(io.cwd);
  const rel = (file: string) => toPosix(relative(realCwd, file)) || '.';
  const ledger = new Ledger(names, rel);

  // 1. where the run may write
  for (const note of checkBoundaries(given, io.cwd, options)) ledger.note(note);

  // 2. files, and the app each belongs to
  const walked = await walkSourceFiles(paths);
  const groups = new AppGroups(paths, options);
  for (const file of walked.files) groups.of(file);
  checkPackageJsons(groups, options, ledger); // throws a UsageError before anything is written
  for (const group of groups.groups.values()) if (!group.isApp) ledger.note(`${rel(group.root)} ${OUTSIDE_APP}.`);

  // 3. read + pre-filter
  const applicable = (text: string) => selected.filter((c) => c.mightApply(text)).map((c) => c.name);
  const tasks: FileTask[] = [];
  // A file moves only inside the folders given (their repositories were checked for uncommitted changes).
  const moveWithin = paths.filter((p) => isDirectory(p));
  const silent: { file: string; failed: boolean }[] = [];
  for (const file of walked.files) {
    const read = readSourceFile(file);
    if (!read.ok && read.skipped) {
      ledger.scanned(file);
      ledger.skip(file, read.reason);
      silent.push({ file, failed: false });
      continue;
    }
    if (!read.ok) {
      ledger.scanned(file);
      ledger.fail(file, read.reason);
      silent.push({ file, failed: true });
      continue;
    }
    ledger.scanned(file, read.source);
    const matching = applicable(read.source.text);
    const refuse = (reason: string) => (ledger.fail(file, reason, null, matching), silent.push({ file, failed: true }));
    if (matching.length === 0) silent.push({ file, failed: false });
    else if (!read.source.validUtf8) refuse('not valid UTF-8: left untouched (rewriting it would change bytes that are not text)');
    else if (read.source.bytes.length > MAX_FILE_BYTES) refuse(`larger than ${formatBytes(MAX_FILE_BYTES)} (${formatBytes(read.source.bytes.length)}), the limit per file: not migrated, left untouched`);
    else tasks.push({ path: file, source: read.source.text, project: groups.of(file).info, transforms: selected.map((c) => c.name), moveWithin });
  }
  for (const link of walked.outsideLinks) {
    // A link is never written through; it is listed when its target holds something to migrate.
    const target = link.target === undefined ? undefined : readSourceFile(link.target);
    if (!target?.ok || applicable(target.source.text).length === 0) continue;
    ledger.scanned(link.file);
    ledger.fail(link.file, `a symbolic link to ${link.target}, outside the given paths: migrate never writes through it; migrate the target itself`);
    silent.push({ file: link.file, failed: true });
  }

  // 4. transforms
  const progress = progressFor(ledger.scannedPaths().length, options, io, rel);
  const roles = new Map<AppGroup, Set<FactoryRole>>();
  const asyncExports: AsyncExports = new Map();
  try {
    for (const { file, failed } of silent) progress.tick(file, failed ? 'failed' : 'unchanged');
    await pool.run(tasks, (task) => applicable(task.source), (task, outcome) => {
      progress.tick(task.path, outcome.status, outcome.changedBy);
      if (outcome.status === 'failed') {
        const transform = outcome.failure!.transform ?? null;
        ledger.fail(task.path, outcome.failure!.reason, transform, transform ? [transform] : outcome.applied);
        return;
      }
      for (const notice of outcome.notices) ledger.note(notice);
      if (outcome.status !== 'changed') return ledger.review(task.path, outcome.review);
      const group = groups.of(task.path);
      if (!group.isApp && outcome.needsFactories.length > 0) {
        const message = `this file is outside any Next.js app, and ${outcome.changedBy.join(', ')} would make it import the app's Supabase client factory: migrate it by hand (for example, take the client as a parameter)`;
        ledger.review(task.path, [{ line: 1, message, transform: outcome.changedBy[0] ?? null }]);
        return;
      }
      if (outcome.output !== task.source) ledger.change(task.path, outcome.output!, outcome.changedBy);
      if (outcome.moveTo !== undefined) ledger.move(task.path, outcome.moveTo, outcome.changedBy);
      ledger.review(task.path, outcome.review);
      for (const { name, transform } of outcome.asyncExports) {
        if (!asyncExports.has(task.path)) asyncExports.set(task.path, new Map());
        asyncExports.get(task.path)!.set(name, transform);
      }
      if (!roles.has(group)) roles.set(group, new Set());
      for (const role of outcome.needsFactories) roles.get(group)!.add(role);
    });
  } finally {
    progress.stop();
  }

  // 5. await the callers of what became async; with await-cookies, also of each app's async server
  // factory, so the callers an earlier run left un-awaited (interrupted, or outside its paths) are done now
  if (names.includes('await-cookies')) {
    for (const group of groups.groups.values()) {
      const factory = group.info.factories.server;
      if (!group.isApp || !factory.async || asyncExports.get(factory.file)?.has(factory.exportName)) continue;
      asyncExports.set(factory.file, new Map([...(asyncExports.get(factory.file) ?? []), [factory.exportName, 'await-cookies']]));
    }
  }
  awaitAsyncCallers(asyncExports, ledger.scannedPaths(), ledger, (file) => groups.of(file).info);

  // 6. new files, then what package.json must say
  for (const [group, wanted] of roles) {
    for (const planned of scaffoldPlan(group.info, wanted)) {
      if (paths.some((p) => isDirectory(p) && isInside(planned.path, p))) ledger.create(planned.path, planned.content, `${planned.role} factory`);
      else {
        const message = `create this ${planned.role} factory (the migrated code imports it): it lies outside the paths given to migrate, so it was not created; run migrate on the app root, or write it from Supabase's Next.js guide`;
        ledger.review(planned.path, [{ line: 1, message, transform: null }]);
      }
    }
  }
  await planAppDependencies(groups, paths, options, ledger);

  // 7. write (or show) everything, then the summary
  await writeAll(ledger, options.dry);
  const report = ledger.report(options.dry, [...groups.groups.keys()].map(rel));
  if (options.json) {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const c = createColors(io.color);
    if (options.dry) for (const entry of report.files) if (entry.diff) io.stdout(colorDiff(entry.diff, c) + '\n');
    io.stdout(renderMigrateReport(report, io.color));
  }
  return report.exitCode;
}

function colorDiff(diff: string, c: ReturnType<typeof createColors>): string {
  return diff
    .split('\n')
    .map((line) => (line.startsWith('+') && !line.startsWith('+++') ? c.green(line) : line.startsWith('-') && !line.startsWith('---') ? c.red(line) : line.startsWith('@@') ? c.cyan(line) : line))
    .join('\n');
}
