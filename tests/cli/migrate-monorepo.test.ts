// Issue 8, class 15: in a monorepo each file belongs to its nearest Next app. A shared package without
// `next` is not an app, and neither is the workspace root that lists `next` only to hoist it: no factory
// is created there, their package.json files are never edited, and a rewrite that needs an app becomes a
// review item.
import { describe, expect, it } from 'vitest';
import { BASE, HELPERS_PAGE, makeApp, packageJson, read, runCli, snapshot } from './helpers.ts';

const SHARED_HELPER = `import { createServerComponentClient } from '@supabase/auth-helpers-nextjs'
import { cookies } from 'next/headers'

export function getServerClient() {
  return createServerComponentClient({ cookies })
}
`;

function monorepo(): string {
  return makeApp({
    '.gitignore': 'node_modules\n',
    // The workspace root lists next to hoist it, and has no app of its own.
    'package.json': packageJson({}, { workspaces: ['apps/*', 'packages/*'], devDependencies: { next: '15.5.0' } }),
    'apps/web/package.json': packageJson({ next: '15.5.0', '@supabase/auth-helpers-nextjs': '^0.10.0', '@supabase/supabase-js': '^2.119.1', shared: '*' }),
    'apps/web/tsconfig.json': BASE['tsconfig.json']!,
    'apps/web/app/dashboard/page.tsx': HELPERS_PAGE,
    'packages/shared/package.json': packageJson({ '@supabase/auth-helpers-nextjs': '^0.10.0' }),
    'packages/shared/src/server.ts': SHARED_HELPER,
  });
}

describe('monorepos', () => {
  it('creates factories and edits package.json in the app only; the shared package gets review items', () => {
    const root = monorepo();
    const before = snapshot(root);
    const run = runCli(root, 'migrate', '--update-package-json', '--json');
    const report = JSON.parse(run.stdout);
    const after = snapshot(root);

    expect(report.roots).toEqual(['apps/web', 'packages/shared']);
    expect(report.created.map((c: { file: string }) => c.file)).toEqual(['apps/web/utils/supabase/server.ts']);
    expect(Object.keys(after).filter((f) => !(f in before))).toEqual(['apps/web/utils/supabase/server.ts']);
    expect(read(root, 'apps/web/app/dashboard/page.tsx')).toContain("import { createClient } from '@/utils/supabase/server'");

    // package.json: the app's is edited, the workspace root's and the shared package's never.
    expect(after['package.json']).toBe(before['package.json']);
    expect(after['packages/shared/package.json']).toBe(before['packages/shared/package.json']);
    expect(JSON.parse(after['apps/web/package.json']!).dependencies).toEqual({ next: '15.5.0', '@supabase/ssr': '^0.12.7', '@supabase/supabase-js': '^2.119.1', shared: '*' });

    // The shared helper would need an app's factory: left as it is, with a review item that says why.
    expect(after['packages/shared/src/server.ts']).toBe(SHARED_HELPER);
    expect(report.review).toContainEqual({
      file: 'packages/shared/src/server.ts',
      line: 1,
      message: "this file is outside any Next.js app, and auth-helpers-to-ssr would make it import the app's Supabase client factory: migrate it by hand (for example, take the client as a parameter)",
      transform: 'auth-helpers-to-ssr',
      existing: false,
    });
    expect(report.notices).toContainEqual(expect.stringMatching(/^packages\/shared is not inside a Next\.js app \(no next\.config\.\* and no package\.json depending on next above it\)/));
    expect(run.code).toBe(1);
  });

  it('treats a workspace root with its own app folder as an app', () => {
    const root = makeApp({
      ...BASE,
      'package.json': packageJson({ next: '15.5.0', '@supabase/auth-helpers-nextjs': '^0.10.0' }, { workspaces: ['packages/*'] }),
      'app/dashboard/page.tsx': HELPERS_PAGE,
    });
    const report = JSON.parse(runCli(root, 'migrate', '--json').stdout);
    expect(report.roots).toEqual(['.']);
    expect(report.created).toEqual([{ file: 'utils/supabase/server.ts', role: 'server factory' }]);
  });
});
