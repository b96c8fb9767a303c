import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codemod } from '../../codemods/auth-helpers-to-ssr/index.ts';
import { SIGN_OUT_ONCE_NOTICE } from '../../core/supabase.ts';
import { defaultProject, FIXTURE_ROOT, runFixtures } from './harness.ts';

runFixtures(codemod, 'no-auth-helpers');

const fixtures = join(import.meta.dirname, '../../codemods/auth-helpers-to-ssr/__testfixtures__');
/** Runs the transform on a fixture input as the file at `relPath` of the default project. */
const run = (fixture: string, relPath: string, project = defaultProject()) =>
  codemod.transform({ path: join(FIXTURE_ROOT, relPath), source: readFileSync(join(fixtures, fixture), 'utf8') }, project);

describe('auth-helpers-to-ssr results', () => {
  it('adds the sign-out-once notice to every changed file, and nothing to an unchanged one', () => {
    expect(run('server-component-page.input.tsx', 'app/dashboard/page.tsx').notices).toEqual([SIGN_OUT_ONCE_NOTICE]);
    expect(run('shim-0-15.input.ts', 'lib/supabase/server.ts').notices).toEqual([SIGN_OUT_ONCE_NOTICE]);
    expect(run('middleware-redirect.input.ts', 'middleware.ts').notices).toEqual([SIGN_OUT_ONCE_NOTICE]);
    expect(run('no-op.input.ts', 'utils/supabase/client.ts')).toEqual({ output: undefined, review: [] });
  });

  it('tells once, by a notice, to type the shared factory when calls lose their <Database>', () => {
    const { notices } = run('typed-page.input.tsx', 'app/billing/page.tsx');
    expect(notices).toEqual([
      SIGN_OUT_ONCE_NOTICE,
      'Typed clients: calls that passed <Database> now use the shared factory utils/supabase/server.ts, which takes no type arguments: ' +
        'write createServerClient<Database>(…) in createClient() there once to keep typed queries.',
    ]);
    // the browser call of the same file has its own notice; the inline server call keeps its types
    expect(run('generics.input.tsx', 'app/profile/profile.tsx').notices).toHaveLength(2);
  });

  it('asks for the factories its imports (and its TODOs) point at', () => {
    expect(run('server-component-page.input.tsx', 'app/dashboard/page.tsx').needsFactories).toEqual(['server']);
    expect(run('client-component.input.tsx', 'app/components/sign-out-button.tsx').needsFactories).toEqual(['browser']);
    expect(run('middleware-standard.input.ts', 'middleware.ts').needsFactories).toEqual(['middleware']);
    expect(run('middleware-redirect.input.ts', 'middleware.ts').needsFactories).toEqual(['middleware']);
    expect(run('pages-get-server-side-props.input.tsx', 'pages/account.tsx').needsFactories).toEqual(['serverProps']);
    expect(run('pages-api.input.ts', 'pages/api/me.ts').needsFactories).toEqual(['api']);
    // options or type arguments: @supabase/ssr is called in place, no factory needed
    expect(run('client-component-options.input.tsx', 'app/login/login-form.tsx').needsFactories).toEqual([]);
    expect(run('route-handler-options.input.ts', 'app/auth/otp/route.ts').needsFactories).toEqual([]);
    // the factory file itself is rewritten in place, never importing itself
    expect(run('factory-file.input.ts', 'utils/supabase/server.ts').needsFactories).toEqual([]);
  });

  it('lists the exported functions that became async, so the runner can await their callers', () => {
    expect(run('server-action.input.ts', 'app/actions.ts').asyncExports).toEqual(['deleteTodo']);
    expect(run('server-component-not-async.input.tsx', 'app/notes/page.tsx').asyncExports).toEqual(['default']);
    expect(run('factory-file.input.ts', 'utils/supabase/server.ts').asyncExports).toEqual(['createClient']);
    // already async: nothing for the runner to do
    expect(run('server-component-page.input.tsx', 'app/dashboard/page.tsx').asyncExports).toEqual([]);
    expect(run('route-handler-callback.input.ts', 'app/auth/callback/route.ts').asyncExports).toEqual([]);
  });

  it('imports the factory through a relative path when the app has no alias', () => {
    const { output } = run('route-handler-callback.input.ts', 'app/auth/callback/route.ts', defaultProject({ importAlias: undefined }));
    expect(output).toContain("import { createClient } from '../../../utils/supabase/server'");
  });

  it('writes the env names the app already uses for omitted url and key', () => {
    const project = defaultProject({ env: { url: 'NEXT_PUBLIC_SUPABASE_URL', key: 'NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY' } });
    const { output } = run('generics.input.tsx', 'app/profile/profile.tsx', project);
    expect(output).toContain("createServerClient<Database, 'public'>(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY!, {");
  });

  it('skips files without an auth-helpers import cheaply', () => {
    expect(codemod.mightApply("import { createServerClient } from '@supabase/ssr'")).toBe(false);
    expect(codemod.mightApply("import { useUser } from '@supabase/auth-helpers-react'")).toBe(true);
  });
});
