// Issue 8, classes 10 (reports), 11 (concurrent edits), 12 (bytes) and 14 (bounds): every file counted
// once and every failure listed with its reason; a file saved during the run is never overwritten; the
// bytes of a file are kept or the file is left alone; a file too large or too slow fails alone.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runMigrate } from '../../cli/migrate.ts';
import type * as MigrateModule from '../../cli/migrate.ts';
import type { Codemod } from '../../codemods/lib/types.ts';
import { BASE, capture, HELPERS_PAGE, makeApp, MIDDLEWARE_NO_CONFIG, migrateOptions, MIGRATED_PACKAGE_JSON, read, runCli } from './helpers.ts';

const PAGE = "import { createClient } from '@/utils/supabase/server'\n\nexport default async function Page() {\n  return null\n}\n";

/** A transform that marks every page it sees; `during` runs while it does (to play another program). */
const marking = (during: (path: string) => void = () => {}): Codemod => ({
  name: 'mark',
  description: '',
  mightApply: (source) => source.includes('supabase'),
  transform: (file) => {
    during(file.path);
    return { output: `// marked\n${file.source}`, review: [] };
  },
});

describe('reports (class 10)', () => {
  it('counts progress over every scanned file, not only those a transform looks at', () => {
    const files: Record<string, string> = { ...BASE, 'package.json': MIGRATED_PACKAGE_JSON, 'middleware.ts': MIDDLEWARE_NO_CONFIG };
    for (let i = 0; i < 5; i++) files[`components/plain-${i}.tsx`] = `export const C${i} = () => null\n`;
    const run = runCli(makeApp(files), 'migrate');
    expect(run.stdout).toMatch(/^\[\d\/6\] changed middleware\.ts \(middleware-matcher\)$/m);
    expect(run.stdout).toContain('6 files scanned, 1 changed, 0 created, 0 review items, 0 failed.');
  });

  it('lists a caller that does not parse when a function it calls became async', async () => {
    const makeAsync: Codemod = {
      name: 'make-async',
      description: '',
      mightApply: (source) => source.includes('export function getProfile'),
      transform: (file) => ({ output: file.source.replace('export function', 'export async function'), review: [], asyncExports: ['getProfile'] }),
    };
    const broken = "import { getProfile } from './profile'\nexport const name = getProfile(.name\n";
    const root = makeApp({ ...BASE, 'lib/profile.ts': 'export function getProfile() {\n  return { name: 1 }\n}\n', 'lib/caller.ts': broken });
    const io = capture(root);
    expect(await runMigrate(migrateOptions(), io, [makeAsync])).toBe(1);
    const report = JSON.parse(io.out);
    expect(report.failed).toEqual([
      { file: 'lib/caller.ts', transform: 'make-async', reason: expect.stringMatching(/^cannot parse the file, so its calls of `getProfile` \(now async\) could not be awaited: /) },
    ]);
    expect(report.transforms['make-async']).toEqual({ scanned: 2, changed: 1, unchanged: 0, failed: 1, review: 0 });
    expect(read(root, 'lib/caller.ts')).toBe(broken);
  });

  it('keeps the table, the file list and the footer in agreement when a write fails', async () => {
    const root = makeApp({ ...BASE, 'app/a/page.tsx': PAGE, 'app/b/page.tsx': PAGE });
    // While the transforms run, app/b becomes a file: its page can then be neither read again nor written.
    const swap = (path: string) => {
      if (!path.endsWith('b/page.tsx')) return;
      renameSync(join(root, 'app/b'), join(root, 'app/b-moved'));
      writeFileSync(join(root, 'app/b'), 'not a folder any more\n');
    };
    const io = capture(root);
    await runMigrate(migrateOptions({ json: false }), io, [marking(swap)]);
    expect(io.out).toMatch(/│ mark +│ +2 │ +1 │ +0 │ +1 │ +0 │/);
    expect(io.out).toMatch(/Failed, left untouched \(1\):\n {2}app\/b\/page\.tsx {2}cannot read the file again before writing it: ENOTDIR/);
    expect(io.out).toContain('2 files scanned, 1 changed, 0 created, 0 review items, 1 failed.');
    expect(read(root, 'app/a/page.tsx')).toBe(`// marked\n${PAGE}`);
  });
});

describe('concurrent edits (class 11)', () => {
  it('never overwrites a file saved while the run was going: left as it is now, listed as failed', async () => {
    const root = makeApp({ ...BASE, 'app/page.tsx': PAGE, 'app/other/page.tsx': PAGE });
    const edited = `${PAGE}// saved in the editor meanwhile\n`;
    const io = capture(root);
    const code = await runMigrate(migrateOptions(), io, [marking((path) => path.endsWith('app/page.tsx') && writeFileSync(path, edited))]);
    expect(code).toBe(1);
    expect(read(root, 'app/page.tsx')).toBe(edited);
    expect(read(root, 'app/other/page.tsx')).toBe(`// marked\n${PAGE}`);
    const report = JSON.parse(io.out);
    expect(report.failed).toEqual([{ file: 'app/page.tsx', transform: null, reason: 'changed during the run (saved by another program): left as it is now; run migrate again' }]);
    expect(report.transforms.mark).toEqual({ scanned: 2, changed: 1, unchanged: 0, failed: 1, review: 0 });
  });
});

describe('bytes (class 12)', () => {
  it('keeps a BOM and CRLF line endings, also in lines a transform inserts', async () => {
    const root = makeApp({ ...BASE, 'app/page.tsx': '' });
    writeFileSync(join(root, 'app/page.tsx'), Buffer.from(`\uFEFF${PAGE.replace(/\n/g, '\r\n')}`, 'utf8'));
    const io = capture(root);
    await runMigrate(migrateOptions({ force: true }), io, [marking()]);
    const bytes = readFileSync(join(root, 'app/page.tsx'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(`// marked\r\n${PAGE.replace(/\n/g, '\r\n')}`);
  });

  it('keeps the bytes through the real transforms (BOM, CRLF, non-ASCII text)', () => {
    const page = `\uFEFF${HELPERS_PAGE.replace('<pre>', '<pre title="café ✓">')}`.replace(/\n/g, '\r\n');
    const root = makeApp({ ...BASE, 'app/dashboard/page.tsx': page });
    runCli(root, 'migrate');
    const bytes = readFileSync(join(root, 'app/dashboard/page.tsx'));
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('await createClient()');
    expect(text).toContain('title="café ✓"');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('never rewrites a file that is not UTF-8: listed as failed, bytes untouched', () => {
    const latin1 = Buffer.concat([Buffer.from(HELPERS_PAGE.replace('Dashboard()', 'Dashboard() /* caf'), 'utf8'), Buffer.from([0xe9]), Buffer.from(' */\n')]);
    const root = makeApp({ ...BASE, 'app/dashboard/page.tsx': '' });
    writeFileSync(join(root, 'app/dashboard/page.tsx'), latin1);
    const run = runCli(root, 'migrate', '--force', '--json');
    expect(readFileSync(join(root, 'app/dashboard/page.tsx')).equals(latin1)).toBe(true);
    const report = JSON.parse(run.stdout);
    expect(report.failed).toEqual([{ file: 'app/dashboard/page.tsx', transform: null, reason: 'not valid UTF-8: left untouched (rewriting it would change bytes that are not text)' }]);
    expect(report.transforms['auth-helpers-to-ssr']).toMatchObject({ changed: 0, failed: 1 });
    expect(run.code).toBe(1);
  });
});

describe('bounds (class 14)', () => {
  it('does not migrate a file over 1 MB; a large file no transform concerns is no failure', () => {
    const big = `${HELPERS_PAGE}${`// ${'x'.repeat(97)}\n`.repeat(11_000)}`;
    const bundle = `export const data = ${JSON.stringify('y'.repeat(2 * 1024 * 1024))}\n`;
    const root = makeApp({ ...BASE, 'app/big/page.tsx': big, 'lib/bundle.js': bundle });
    const report = JSON.parse(runCli(root, 'migrate', '--json').stdout);
    expect(report.failed).toEqual([{ file: 'app/big/page.tsx', transform: null, reason: 'larger than 1.0 MB (1.1 MB), the limit per file: not migrated, left untouched' }]);
    expect(read(root, 'app/big/page.tsx')).toBe(big);
    expect(report.scanned).toBe(2);
  });

  // The limits need worker threads: the built runner, with transforms from a module written here.
  const built = async () =>
    (await import(pathToFileURL(join(import.meta.dirname, '../../dist/cli/migrate.js')).href)) as typeof MigrateModule;
  const registry = (root: string, body: string) => {
    mkdirSync(join(root, '.registry'));
    writeFileSync(join(root, '.registry/codemods.mjs'), `export const codemods = [{ name: 'pathological', description: '', mightApply: (s) => s.includes('supabase'), transform: () => { ${body} } }]\n`);
    writeFileSync(join(root, '.git/info/exclude'), '.registry\n');
    return { module: pathToFileURL(join(root, '.registry/codemods.mjs')).href };
  };

  it('stops a file that runs past the deadline, lists it with the reason, and finishes the run', async () => {
    const root = makeApp({ ...BASE, 'app/page.tsx': PAGE, 'components/plain.tsx': 'export const C = () => null\n' });
    const { runMigrate: builtMigrate } = await built();
    const io = capture(root);
    const code = await builtMigrate(migrateOptions({ limits: { timeoutMs: 3000 } }), io, registry(root, 'for (;;) {}'));
    expect(code).toBe(1);
    const report = JSON.parse(io.out);
    expect(report.failed).toEqual([{ file: 'app/page.tsx', transform: null, reason: 'took longer than 3 s (the limit per file): not migrated, left untouched' }]);
    expect(report.transforms.pathological).toEqual({ scanned: 2, changed: 0, unchanged: 1, failed: 1, review: 0 });
    expect(read(root, 'app/page.tsx')).toBe(PAGE);
  });

  it('stops a file whose transform runs out of the memory a worker may use', async () => {
    const root = makeApp({ ...BASE, 'app/page.tsx': PAGE });
    const { runMigrate: builtMigrate } = await built();
    const io = capture(root);
    await builtMigrate(migrateOptions({ limits: { memoryMb: 64 } }), io, registry(root, 'const hoard = []; for (;;) hoard.push(new Array(1e5).fill(Math.random()))'));
    expect(JSON.parse(io.out).failed).toEqual([{ file: 'app/page.tsx', transform: null, reason: 'needed more than 64 MB of memory (the limit per file): not migrated, left untouched' }]);
    expect(read(root, 'app/page.tsx')).toBe(PAGE);
  });
});
