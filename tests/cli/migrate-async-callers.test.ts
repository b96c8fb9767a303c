// Issue 8, classes 6 and 8: a server factory that returns a promise must be awaited wherever it is called,
// also by callers outside the paths given to migrate, and also when an earlier run stopped before awaiting
// them. The built command: migrate only app/a, then `check .` finds no un-awaited factory call anywhere.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, CANONICAL_SERVER, git, makeApp, packageJson, read, runCli } from './helpers.ts';

const PACKAGES = packageJson({ next: '15.5.0', '@supabase/ssr': '^0.12.7', '@supabase/supabase-js': '^2.119.1' });

/** app/b's callers: an async page that reads the client without `await`, and a helper that is not async. */
const APP_B = {
  'app/b/page.tsx': `import { createClient } from '@/utils/supabase/server'
import { notes } from './notes'

export default async function Page() {
  const supabase = createClient()
  const { data } = await supabase.auth.getClaims()
  const rows = await notes()
  return <p>{data?.claims?.email} {rows.data?.length}</p>
}
`,
  'app/b/notes.ts': `import { createClient } from '@/utils/supabase/server'

export function notes() {
  const supabase = createClient()
  return supabase.from('notes').select('*')
}
`,
};

const APP_A = `import { createClient } from '@/utils/supabase/server'

export default async function Page() {
  const supabase = await createClient()
  const { data } = await supabase.auth.getClaims()
  return <p>{data?.claims?.email}</p>
}
`;

/** `check --format json` findings of require-awaited-cookies, as `file:line`. */
function unawaited(root: string): string[] {
  const run = runCli(root, 'check', '.', '--format', 'json');
  const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
  return results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'supabase-auth/require-awaited-cookies').map((m) => `${r.filePath.slice(root.length + 1)}:${m.line}`));
}

describe('awaiting an async server factory across the app', () => {
  it('completes the callers an earlier run left un-awaited, outside the given paths too', () => {
    const root = makeApp({ ...BASE, 'package.json': PACKAGES, 'utils/supabase/server.ts': CANONICAL_SERVER, 'app/a/page.tsx': APP_A, ...APP_B });
    expect(unawaited(root)).toEqual(['app/b/notes.ts:4', 'app/b/page.tsx:5']);

    const run = runCli(root, 'migrate', 'app/a', '--json');
    expect(run.stderr).toBe('');
    expect(read(root, 'app/b/page.tsx')).toContain('  const supabase = await createClient()\n');
    expect(read(root, 'app/b/notes.ts')).toContain('export async function notes() {\n  const supabase = await createClient()\n');
    // notes() became async in turn: its caller awaits it (it already did)
    expect(read(root, 'app/b/page.tsx')).toContain('const rows = await notes()');
    expect(read(root, 'app/a/page.tsx')).toBe(APP_A);
    expect(unawaited(root)).toEqual([]);
  });

  it('awaits the callers of a factory the run made async, outside the given paths', () => {
    const syncFactory = CANONICAL_SERVER.replace('export async function createClient', 'export function createClient').replace('await cookies()', 'cookies()');
    const root = makeApp({ ...BASE, 'package.json': PACKAGES, 'app/a/supabase.ts': syncFactory, ...APP_B });
    for (const file of Object.keys(APP_B)) writeCaller(root, file);
    runCli(root, 'migrate', 'app/a', '--json');
    expect(read(root, 'app/a/supabase.ts')).toContain('export async function createClient() {\n  const cookieStore = await cookies()');
    expect(read(root, 'app/b/page.tsx')).toContain('  const supabase = await createClient()\n');
    expect(read(root, 'app/b/notes.ts')).toContain('export async function notes() {');
    expect(unawaited(root)).toEqual([]);
  });
});

/** Points a caller of app B at app/a/supabase.ts instead of the canonical factory. */
function writeCaller(root: string, file: string): void {
  const text = read(root, file).replace("'@/utils/supabase/server'", "'@/app/a/supabase'");
  writeFileSync(join(root, file), text);
  git(root, 'commit', '-qam', 'callers');
}
