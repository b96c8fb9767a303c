// The runner's await pass on one file (awaitImporters): imports of a function that became async get `await`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { awaitImporters, mightCallAsyncExports } from '../../codemods/lib/await-importers.ts';
import { parseError } from '../../codemods/lib/parser.ts';
import { defaultProject } from './harness.ts';

const root = mkdtempSync(join(tmpdir(), 'await-importers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const [rel, text] of Object.entries({
  'tsconfig.json': JSON.stringify({ compilerOptions: { paths: { '@/*': ['./*'] } } }),
  'utils/supabase/server.ts': 'export async function createClient() {}\n',
  'lib/other.ts': 'export function createClient() {}\n',
})) {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}

const project = defaultProject({ root, factories: defaultProject().factories });
const asyncExports = new Map([[join(root, 'utils/supabase/server.ts'), new Set(['createClient'])]]);
const IMPORT = "import { createClient } from '@/utils/supabase/server'\n";

function run(rel: string, source: string) {
  const path = join(root, rel);
  const result = awaitImporters({ path, source }, project, asyncExports);
  if (result.output !== undefined) {
    expect(parseError(path, result.output)).toBeUndefined();
    // Idempotent: nothing more to do on the output.
    const again = awaitImporters({ path, source: result.output }, project, asyncExports);
    expect(again.output).toBeUndefined();
  }
  return result;
}

describe('awaitImporters', () => {
  it('awaits a call inside an async function', () => {
    const result = run('app/route.ts', `${IMPORT}export async function GET() {\n  const supabase = createClient()\n  return Response.json(await supabase.auth.getClaims())\n}\n`);
    expect(result.output).toBe(`${IMPORT}export async function GET() {\n  const supabase = await createClient()\n  return Response.json(await supabase.auth.getClaims())\n}\n`);
    expect(result.review).toEqual([]);
    expect(result.asyncExports).toEqual([]);
  });

  it('wraps a call that is the object of a member access', () => {
    const result = run('app/actions.ts', `${IMPORT}export async function signOut() {\n  await createClient().auth.signOut()\n}\n`);
    expect(result.output).toContain('await (await createClient()).auth.signOut()');
  });

  it('leaves calls that are already awaited or chained with then', () => {
    const source = `${IMPORT}export async function a() {\n  return (await createClient()).auth\n}\nexport function b() {\n  return createClient().then((s) => s.auth)\n}\n`;
    expect(run('lib/a.ts', source).output).toBeUndefined();
  });

  it('makes a module-level helper async, awaits its callers in the file and reports it when exported', () => {
    const source = `${IMPORT}export function getUserId() {\n  const supabase = createClient()\n  return supabase.auth\n}\n\nexport async function load() {\n  return { id: getUserId() }\n}\n`;
    const result = run('lib/user.ts', source);
    expect(result.output).toBe(
      `${IMPORT}export async function getUserId() {\n  const supabase = await createClient()\n  return supabase.auth\n}\n\nexport async function load() {\n  return { id: await getUserId() }\n}\n`,
    );
    expect(result.asyncExports).toEqual(['getUserId']);
  });

  it('makes an arrow function const async', () => {
    const result = run('lib/arrow.ts', `${IMPORT}const getAuth = () => {\n  const supabase = createClient()\n  return supabase.auth\n}\nexport default getAuth\n`);
    expect(result.output).toContain('const getAuth = async () => {\n  const supabase = await createClient()');
    expect(result.asyncExports).toEqual(['default']);
  });

  it('does not touch a function that returns the promise, but reports its callers', () => {
    const source = `${IMPORT}export function getSupabase() {\n  return createClient()\n}\n`;
    const result = awaitImporters({ path: join(root, 'lib/get.ts'), source }, project, asyncExports);
    expect(result.output).toBeUndefined();
    expect(result.review).toEqual([]);
    // Nothing to write here, but the importers of getSupabase now receive a promise.
    expect(result.asyncExports).toEqual(['getSupabase']);
  });

  it('makes a Server Component async', () => {
    const result = run('app/page.tsx', `${IMPORT}export default function Page() {\n  const supabase = createClient()\n  return <p>{String(supabase)}</p>\n}\n`);
    expect(result.output).toContain('export default async function Page() {\n  const supabase = await createClient()');
  });

  it('leaves a TODO in a client component, a callback, and at module scope', () => {
    const client = run('components/who.tsx', `'use client'\n${IMPORT}export function Who() {\n  const supabase = createClient()\n  return <p>{String(supabase)}</p>\n}\n`);
    expect(client.review).toEqual([{ line: 4, message: expect.stringContaining('`Who` is a React component that may run in the browser') }]);
    const callback = run('lib/list.ts', `${IMPORT}export async function all(ids: string[]) {\n  return ids.map((id) => createClient().from(id))\n}\n`);
    expect(callback.review).toEqual([{ line: 3, message: expect.stringContaining('it is called in a callback') }]);
    expect(callback.output).toContain('  // TODO(supabase-auth): `createClient()` now returns a promise, but it is called in a callback');
    const moduleScope = run('lib/singleton.ts', `${IMPORT}export const supabase = createClient()\n`);
    expect(moduleScope.review).toEqual([{ line: 2, message: expect.stringContaining('called at module scope') }]);
  });

  it('follows namespace imports and relative paths', () => {
    const result = run('utils/supabase/use.ts', "import * as server from './server'\nexport async function x() {\n  return server.createClient().auth\n}\n");
    expect(result.output).toContain('return (await server.createClient()).auth');
  });

  it('ignores the same name imported from another module', () => {
    const source = "import { createClient } from '@/lib/other'\nexport async function x() {\n  return createClient()\n}\n";
    expect(run('app/x.ts', source).output).toBeUndefined();
  });

  it('follows the import, not a parameter or local of the same name', () => {
    const source = `${IMPORT}export async function x(createClient: () => void) {\n  createClient()\n}\nexport async function y() {\n  return (await createClient()).auth\n}\nexport async function z() {\n  createClient()\n}\n`;
    const result = run('app/shadow.ts', source);
    expect(result.output).toBe(source.replace('export async function z() {\n  createClient()', 'export async function z() {\n  await createClient()'));
    expect(result.review).toEqual([]);
  });

  it('pre-filters files by text', () => {
    expect(mightCallAsyncExports(IMPORT, asyncExports)).toBe(true);
    expect(mightCallAsyncExports("import { x } from './y'\n", asyncExports)).toBe(false);
  });
});
