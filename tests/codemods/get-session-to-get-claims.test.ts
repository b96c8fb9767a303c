import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { API, FileInfo } from 'jscodeshift';
import { describe, expect, it } from 'vitest';
import transform, { codemod } from '../../codemods/get-session-to-get-claims/index.ts';
import { defaultProject, FIXTURE_ROOT, runFixtures } from './harness.ts';

runFixtures(codemod, 'no-server-get-session');

const fixtures = join(import.meta.dirname, '../../codemods/get-session-to-get-claims/__testfixtures__');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

describe('get-session-to-get-claims results', () => {
  it('skips files that never call getSession cheaply', () => {
    expect(codemod.mightApply("const { data } = await supabase.auth.getClaims()")).toBe(false);
    expect(codemod.mightApply(read('server-component-redirect.input.tsx'))).toBe(true);
  });

  it('leaves a file it cannot parse untouched', () => {
    const source = 'export default async function Page() {\n  const { data: { session } } = await supabase.auth.getSession(\n';
    expect(codemod.transform({ path: join(FIXTURE_ROOT, 'app/broken/page.tsx'), source }, defaultProject())).toEqual({ output: undefined, review: [] });
  });

  it('rewrites two calls in one function one round after the other', () => {
    const source = `import { createClient } from '@/utils/supabase/server'

export async function GET() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  const { data: { session: again } } = await supabase.auth.getSession()
  return Response.json({ id: session?.user.id, email: again?.user.email })
}
`;
    const { output, review } = codemod.transform({ path: join(FIXTURE_ROOT, 'app/api/twice/route.ts'), source }, defaultProject());
    // The later call is rewritten first (edits apply from the end); the name `claims` is then taken, so the
    // rule offers only getUser() for the other one on the next round.
    expect(review).toEqual([]);
    expect(output).toBe(`import { createClient } from '@/utils/supabase/server'

export async function GET() {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  const { data } = await supabase.auth.getClaims()
  const claims = data?.claims
  return Response.json({ id: user?.id, email: claims?.email })
}
`);
  });

  it('writes new lines with the file\'s CRLF line endings', () => {
    const source = read('server-action.input.ts').replaceAll('\n', '\r\n');
    const { output } = codemod.transform({ path: join(FIXTURE_ROOT, 'app/todos/actions.ts'), source }, defaultProject());
    expect(output).toBe(read('server-action.output.ts').replaceAll('\n', '\r\n'));
  });

  it('keeps a BOM and puts the marker where the statement is', () => {
    const path = join(FIXTURE_ROOT, 'app/dashboard/page.tsx');
    const { output, review } = codemod.transform({ path, source: `\uFEFF${read('session-passed-on.input.tsx')}` }, defaultProject());
    expect(output).toBe(`\uFEFF${read('session-passed-on.output.tsx')}`);
    expect(review.map((item) => item.line)).toEqual([7]);
  });

  it('puts the marker above the line where a multi-line string that shares the statement\'s line starts', () => {
    const source = `import { createClient } from '@/utils/supabase/server'

export default async function Page() {
  const supabase = await createClient()
  const title = \`Dash
  board\`; const { data: { session } } = await supabase.auth.getSession()
  return <Dashboard title={title} session={session} />
}
`;
    const { output, review } = codemod.transform({ path: join(FIXTURE_ROOT, 'app/dashboard/page.tsx'), source }, defaultProject());
    expect(output?.split('\n').slice(3, 6)).toEqual([
      '  const supabase = await createClient()',
      `  // TODO(supabase-auth): ${review[0]?.message}`,
      '  const title = `Dash',
    ]);
    expect(review.map((item) => item.line)).toEqual([5]);
  });

  it('has the jscodeshift face: finds the app, returns the new source, reports the review items, skips other files', () => {
    // The jscodeshift face computes the project from the disk: a minimal Next app in a temporary folder.
    const app = mkdtempSync(join(tmpdir(), 'get-session-app-'));
    try {
      writeFileSync(join(app, 'package.json'), JSON.stringify({ dependencies: { next: '16.0.0', '@supabase/ssr': '0.12.7' } }));
      const reports: string[] = [];
      const api = { report: (message: string) => reports.push(message) } as unknown as API;
      const path = join(app, 'app/dashboard/page.tsx');
      const run = (source: string) => transform({ path, source } satisfies FileInfo, api, {});
      expect(run(read('server-component-redirect.input.tsx'))).toBe(read('server-component-redirect.output.tsx'));
      expect(run(read('session-passed-on.input.tsx'))).toBe(read('session-passed-on.output.tsx'));
      expect(reports).toEqual([`${path}:7: ${read('session-passed-on.output.tsx').split('\n')[6]!.split('TODO(supabase-auth): ')[1]}`]);
      expect(run('export const x = 1\n')).toBeUndefined();
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });
});
