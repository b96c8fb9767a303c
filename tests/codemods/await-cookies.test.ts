import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { codemod } from '../../codemods/await-cookies/index.ts';
import { defaultProject, FIXTURE_ROOT, runFixtures } from './harness.ts';

runFixtures(codemod, 'require-awaited-cookies');

const fixtures = join(import.meta.dirname, '../../codemods/await-cookies/__testfixtures__');
const run = (fixture: string, relPath: string) => codemod.transform({ path: join(FIXTURE_ROOT, relPath), source: readFileSync(join(fixtures, fixture), 'utf8') }, defaultProject());

describe('await-cookies results', () => {
  it('lists the exported functions that became async, so the runner awaits their callers across the app', () => {
    expect(run('sync-factory.input.ts', 'utils/supabase/server.ts').asyncExports).toEqual(['createClient']);
    expect(run('cached-factory.input.ts', 'lib/supabase/server.ts').asyncExports).toEqual(['createClient']);
    expect(run('unawaited-in-sync.input.ts', 'lib/data.ts').asyncExports).toEqual(['profiles']);
    expect(run('unawaited-in-async.input.ts', 'app/api/me/route.ts').asyncExports).toEqual([]);
  });
});
