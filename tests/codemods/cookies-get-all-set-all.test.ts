import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codemod } from '../../codemods/cookies-get-all-set-all/index.ts';
import { defaultProject, FIXTURE_ROOT, runFixtures } from './harness.ts';

runFixtures(codemod, 'require-set-all');

describe('cookies-get-all-set-all: asyncExports', () => {
  const dir = join(import.meta.dirname, '../../codemods/cookies-get-all-set-all/__testfixtures__');
  const run = (input: string, relPath: string) =>
    codemod.transform({ path: join(FIXTURE_ROOT, relPath), source: readFileSync(join(dir, input), 'utf8') }, defaultProject());

  it('lists the exported functions that became async, so the runner awaits their callers', () => {
    expect(run('sync-factory.input.ts', 'utils/supabase/server.ts').asyncExports).toEqual(['createClient', 'logOut']);
    expect(run('next-codemod-error.input.ts', 'lib/supabase/server.ts').asyncExports).toEqual(['createClient']);
    // a store hoisted out of `get` is awaited where the client is created (issue #8, item 4)
    expect(run('store-declared-in-get.input.ts', 'utils/supabase/server.ts').asyncExports).toEqual(['createClient']);
  });

  it('lists nothing when the functions were already async', () => {
    expect(run('server-get-set-remove.input.ts', 'utils/supabase/server.ts').asyncExports).toEqual([]);
    expect(run('middleware-update-session.input.ts', 'utils/supabase/middleware.ts').asyncExports).toEqual([]);
  });
});
