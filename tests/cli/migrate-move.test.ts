// Issue 9 item 5: `migrate` moves a middleware Next never runs to where it runs, only when that place is
// unambiguous and free, keeping its relative imports right; otherwise the file stays and is listed for
// review. A dry run moves nothing and shows the move; the concurrent-edit and dirty-tree checks hold.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMigrate } from '../../cli/migrate.ts';
import type { Codemod } from '../../codemods/lib/types.ts';
import { middlewareHelperTemplate } from '../../core/templates.ts';
import { capture, makeApp, migrateOptions, MIGRATED_PACKAGE_JSON, read, runCli, snapshot } from './helpers.ts';

const MISPLACED = [
  "import { type NextRequest } from 'next/server'",
  "import { updateSession } from '../utils/supabase/middleware'",
  '',
  'export async function middleware(request: NextRequest) {',
  '  return await updateSession(request)',
  '}',
  '',
  'export const config = {',
  "  matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\\\.(?:svg|png|jpg|jpeg|gif|webp)$).*)'],",
  '}',
  '',
].join('\n');

/** An app in `src/` (Next 15) whose middleware sits in `src/app/`, where Next never looks. */
const SRC_APP: Record<string, string> = {
  'package.json': MIGRATED_PACKAGE_JSON,
  'tsconfig.json': JSON.stringify({ compilerOptions: { paths: { '@/*': ['./src/*'] } } }),
  'src/utils/supabase/middleware.ts': middlewareHelperTemplate({ typescript: true }),
  'src/app/page.tsx': 'export default function Page() {\n  return null\n}\n',
  'src/app/middleware.ts': MISPLACED,
};

interface Report {
  files: { file: string; status: string; movedFrom?: string }[];
  moved: { from: string; to: string }[];
  review: { file: string; line: number; message: string; transform: string | null }[];
  failed: { file: string; reason: string }[];
}

describe('moving a misplaced entry file', () => {
  it('moves src/app/middleware.ts to src/middleware.ts, with its relative import rewritten', () => {
    const root = makeApp(SRC_APP);
    const run = runCli(root, 'migrate', '--json');
    const report = JSON.parse(run.stdout) as Report;
    expect(report.failed).toEqual([]);
    expect(report.moved).toEqual([{ from: 'src/app/middleware.ts', to: 'src/middleware.ts' }]);
    expect(report.files).toContainEqual({ file: 'src/middleware.ts', status: 'changed', transforms: ['middleware-session'], review: 0, movedFrom: 'src/app/middleware.ts' });
    expect(existsSync(join(root, 'src/app/middleware.ts'))).toBe(false);
    expect(read(root, 'src/middleware.ts')).toBe(MISPLACED.replace("'../utils/supabase/middleware'", "'./utils/supabase/middleware'"));
    expect(run.code).toBe(0);
    // Next now runs it, and a second run has nothing left to do.
    expect(runCli(root, 'check').code).toBe(0);
    const before = snapshot(root);
    expect(JSON.parse(runCli(root, 'migrate', '--json', '--force').stdout).moved).toEqual([]);
    expect(snapshot(root)).toEqual(before);
  });

  it('lets the transforms after the move see the file at its new place: middleware-matcher adds the matcher there', () => {
    const root = makeApp({ ...SRC_APP, 'src/app/middleware.ts': MISPLACED.slice(0, MISPLACED.indexOf('export const config')) });
    const report = JSON.parse(runCli(root, 'migrate', '--json').stdout) as Report;
    expect(report.files).toContainEqual(expect.objectContaining({ file: 'src/middleware.ts', transforms: ['middleware-session', 'middleware-matcher'], movedFrom: 'src/app/middleware.ts' }));
    expect(read(root, 'src/middleware.ts')).toContain("import { updateSession } from './utils/supabase/middleware'");
    expect(read(root, 'src/middleware.ts')).toContain('export const config = {');
    expect(runCli(root, 'check').code).toBe(0);
  });

  it('lists the move in the table, and a dry run moves nothing but shows it as a rename', () => {
    const root = makeApp(SRC_APP);
    const before = snapshot(root);
    const run = runCli(root, 'migrate', '--dry');
    expect(snapshot(root)).toEqual(before);
    expect(run.stdout).toContain('--- src/app/middleware.ts\n+++ src/middleware.ts');
    expect(run.stdout).toContain('Would move:\n  src/app/middleware.ts → src/middleware.ts');
    expect(run.stdout).toContain('1 to move');
    const real = runCli(root, 'migrate');
    expect(real.stdout).toContain('Moved:\n  src/app/middleware.ts → src/middleware.ts');
  });

  it('does not move when the target is taken (any extension): review item, the other file untouched', () => {
    const other = 'export function middleware() {}\n';
    const root = makeApp({ ...SRC_APP, 'src/middleware.js': other });
    const run = runCli(root, 'migrate', '--json');
    const report = JSON.parse(run.stdout) as Report;
    expect(report.moved).toEqual([]);
    expect(run.code).toBe(1);
    expect(read(root, 'src/middleware.js')).toBe(other);
    expect(read(root, 'src/app/middleware.ts')).toContain('// TODO(supabase-auth): Next.js 15.5.0 never runs this file');
    expect(report.review).toContainEqual(expect.objectContaining({ file: 'src/app/middleware.ts', transform: 'middleware-session', message: expect.stringContaining('Not moved automatically: `src/middleware.js` exists already: merge what this file does into it, then delete this file.') }));
  });

  it('does not move next to an entry file of the other name: review item with the reason', () => {
    const root = makeApp({ ...SRC_APP, 'package.json': MIGRATED_PACKAGE_JSON.replace('"next": "15.5.0"', '"next": "16.0.0"'), 'src/proxy.ts': "export function proxy() {}\n" });
    const run = runCli(root, 'migrate', '--json');
    const report = JSON.parse(run.stdout) as Report;
    expect(report.moved).toEqual([]);
    expect(existsSync(join(root, 'src/app/middleware.ts'))).toBe(true);
    expect(report.review).toContainEqual(expect.objectContaining({ file: 'src/app/middleware.ts', transform: 'middleware-session', message: expect.stringContaining('Not moved automatically: `src/proxy.ts` exists already') }));
  });

  it('does not move two stray entry files to one place: both listed', () => {
    const root = makeApp({ ...SRC_APP, 'src/middleware/middleware.ts': MISPLACED });
    const report = JSON.parse(runCli(root, 'migrate', '--json').stdout) as Report;
    expect(report.moved).toEqual([]);
    const reasons = report.review.filter((r) => r.transform === 'middleware-session').map((r) => `${r.file}: ${r.message.slice(r.message.indexOf('Not moved'))}`);
    expect(reasons).toEqual([
      'src/app/middleware.ts: Not moved automatically: `src/middleware/middleware.ts` is another entry file Next does not run: keep the one that should run, move it to `src/middleware.ts`, and delete the other.',
      'src/middleware/middleware.ts: Not moved automatically: `src/app/middleware.ts` is another entry file Next does not run: keep the one that should run, move it to `src/middleware.ts`, and delete the other.',
    ]);
  });

  it('does not move into a folder outside the paths given to migrate', () => {
    const root = makeApp(SRC_APP);
    const report = JSON.parse(runCli(root, 'migrate', 'src/app', '--json').stdout) as Report;
    expect(report.moved).toEqual([]);
    expect(report.review).toContainEqual(expect.objectContaining({ file: 'src/app/middleware.ts', message: expect.stringContaining('`src/middleware.ts` lies outside the paths given to migrate') }));
  });

  it('refuses to run on uncommitted changes, so nothing is moved', () => {
    const root = makeApp(SRC_APP);
    writeFileSync(join(root, 'src/app/page.tsx'), 'export default function Page() {\n  return "edited"\n}\n');
    const run = runCli(root, 'migrate');
    expect(run.code).toBe(2);
    expect(existsSync(join(root, 'src/app/middleware.ts'))).toBe(true);
    expect(existsSync(join(root, 'src/middleware.ts'))).toBe(false);
  });

  it('never moves a file saved while the run was going: left where and as it is, listed as failed', async () => {
    const root = makeApp(SRC_APP);
    const edited = `${MISPLACED}// saved in the editor meanwhile\n`;
    const moving: Codemod = {
      name: 'move',
      description: '',
      mightApply: (source) => source.includes('updateSession(request)'),
      transform: (file) => {
        writeFileSync(file.path, edited);
        return { output: undefined, review: [], moveTo: join(root, 'src/middleware.ts') };
      },
    };
    const io = capture(root);
    expect(await runMigrate(migrateOptions(), io, [moving])).toBe(1);
    expect(read(root, 'src/app/middleware.ts')).toBe(edited);
    expect(existsSync(join(root, 'src/middleware.ts'))).toBe(false);
    const report = JSON.parse(io.out) as Report;
    expect(report.moved).toEqual([]);
    expect(report.failed).toEqual([{ file: 'src/app/middleware.ts', transform: null, reason: 'changed during the run (saved by another program): left as it is now; run migrate again' }]);
  });

  it('never replaces a file that appeared at the target during the run', async () => {
    const root = makeApp(SRC_APP);
    const moving: Codemod = {
      name: 'move',
      description: '',
      mightApply: (source) => source.includes('updateSession(request)'),
      transform: () => {
        writeFileSync(join(root, 'src/middleware.ts'), '// written meanwhile\n');
        return { output: undefined, review: [], moveTo: join(root, 'src/middleware.ts') };
      },
    };
    const io = capture(root);
    expect(await runMigrate(migrateOptions({ force: true }), io, [moving])).toBe(1);
    expect(read(root, 'src/middleware.ts')).toBe('// written meanwhile\n');
    expect(read(root, 'src/app/middleware.ts')).toBe(MISPLACED);
    expect((JSON.parse(io.out) as Report).failed).toEqual([{ file: 'src/app/middleware.ts', transform: null, reason: 'cannot move the file to src/middleware.ts: a file exists there (left as it is, and so is this one)' }]);
  });
});
