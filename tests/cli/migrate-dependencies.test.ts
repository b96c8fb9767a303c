// Issue 8, classes 1 and 2: after the transforms, package.json must match what the migrated code
// imports and calls. The runner is driven here by small transforms written for the test (what matters is
// the runner's reading of versions and outputs, not which transform emitted the call), plus one run of the
// built command with the real transforms.
import { describe, expect, it } from 'vitest';
import { runMigrate } from '../../cli/migrate.ts';
import type { Codemod } from '../../codemods/lib/types.ts';
import { BASE, capture, git, makeApp, migrateOptions, packageJson, read, runCli } from './helpers.ts';

const JS = '@supabase/supabase-js';
const SSR = '@supabase/ssr';

/** Rewrites `auth.getSession()` to `auth.getClaims()`, as get-session-to-get-claims does. */
const toGetClaims: Codemod = {
  name: 'to-get-claims',
  description: '',
  mightApply: (source) => source.includes('getSession'),
  transform: (file) => ({ output: file.source.replaceAll('auth.getSession()', 'auth.getClaims()'), review: [] }),
};

/** Rewrites an ssr `get`/`set`/`remove` adapter to `getAll`/`setAll` (optionally with the headers argument). */
const toSetAll = (headers: boolean): Codemod => ({
  name: 'to-set-all',
  description: '',
  mightApply: (source) => source.includes('get(name)'),
  transform: (file) => ({
    output: file.source.replace(
      /get\(name\) \{[^}]*\},\n/,
      `getAll() { return store.getAll() },\n      setAll(cookiesToSet${headers ? ', headers' : ''}) { cookiesToSet.forEach((c) => store.set(c.name, c.value, c.options)) },\n`,
    ),
    review: [],
  }),
});

const SESSION_PAGE = `import { createClient } from '@/utils/supabase/server'

export default async function Page() {
  const supabase = await createClient()
  const { data } = await supabase.auth.getSession()
  return <p>{data ? 'in' : 'out'}</p>
}
`;

const CLAIMS_PAGE = SESSION_PAGE.replace('getSession', 'getClaims');

const EARLY_SSR_SERVER = `import { createServerClient } from '@supabase/ssr'
import { cookies } from 'next/headers'

export function createClient() {
  const store = cookies()
  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      get(name) { return store.get(name)?.value },
    },
  })
}
`;

const npmLock = (versions: Record<string, string>) =>
  JSON.stringify({ name: 'legacy-app', lockfileVersion: 3, requires: true, packages: { '': {}, ...Object.fromEntries(Object.entries(versions).map(([name, version]) => [`node_modules/${name}`, { version }])) } }, null, 2);

async function migrate(root: string, transforms: Codemod[], updatePackageJson = false) {
  const io = capture(root);
  const code = await runMigrate(migrateOptions({ updatePackageJson }), io, transforms);
  return { code, report: JSON.parse(io.out) };
}

describe('an API the installed version lacks (class 2)', () => {
  const app = () =>
    makeApp({
      ...BASE,
      'package.json': packageJson({ next: '15.5.0', [SSR]: '^0.5.0', [JS]: 'latest' }),
      'package-lock.json': npmLock({ [SSR]: '0.5.2', [JS]: '2.38.0' }),
      'app/page.tsx': SESSION_PAGE,
    });

  it('without --update-package-json: a review item at the dependency says which upgrade the code needs', async () => {
    const root = app();
    const { code, report } = await migrate(root, [toGetClaims]);
    expect(code).toBe(1);
    expect(read(root, 'app/page.tsx')).toContain('auth.getClaims()');
    expect(report.review).toEqual([
      {
        file: 'package.json',
        line: 7,
        message:
          '@supabase/supabase-js 2.38.0 (locked in package-lock.json) lacks `auth.getClaims()` (added in 2.49.2), which the migrated code calls in app/page.tsx: raise it to ~2.55.0 and reinstall, or rerun migrate with --update-package-json.',
        transform: null,
        existing: false,
      },
    ]);
    expect(JSON.parse(read(root, 'package.json')).dependencies[JS]).toBe('latest');
  });

  it('with --update-package-json: the range is raised and the summary says why', async () => {
    const root = app();
    const { code, report } = await migrate(root, [toGetClaims], true);
    expect(code).toBe(0);
    expect(JSON.parse(read(root, 'package.json')).dependencies).toEqual({ next: '15.5.0', [SSR]: '^0.5.0', [JS]: '~2.55.0' });
    expect(report.notices).toContain(
      "@supabase/supabase-js raised from latest to ~2.55.0: 2.38.0 (locked in package-lock.json) lacks `auth.getClaims()` (added in 2.49.2), which the migrated code calls in app/page.tsx. Run your package manager's install.",
    );
    expect(report.files).toContainEqual({ file: 'package.json', status: 'changed', transforms: ['--update-package-json'], review: 0 });
  });

  it('says nothing about getClaims() when the migrated code does not add a call', async () => {
    const root = makeApp({ ...BASE, 'package.json': packageJson({ next: '15.5.0', [SSR]: '^0.5.0', [JS]: '2.38.0' }), 'app/page.tsx': CLAIMS_PAGE.replace('createClient()', 'createClient() ') });
    const touch: Codemod = { name: 'touch', description: '', mightApply: () => true, transform: (file) => ({ output: file.source.replace('createClient() ', 'createClient()'), review: [] }) };
    const { code, report } = await migrate(root, [touch], true);
    expect(code).toBe(0);
    expect(JSON.stringify(report)).not.toContain('getClaims');
    expect(JSON.parse(read(root, 'package.json')).dependencies[JS]).toBe('2.38.0');
  });

  it('raises an @supabase/ssr that predates getAll/setAll (yarn berry lock under ^0.0.10)', async () => {
    const root = makeApp({
      ...BASE,
      'package.json': packageJson({ next: '14.2.0', [SSR]: '^0.0.10', [JS]: '^2.50.0' }),
      'yarn.lock': `__metadata:\n  version: 8\n\n"${SSR}@npm:^0.0.10":\n  version: 0.0.10\n  resolution: "${SSR}@npm:0.0.10"\n`,
      'utils/supabase/server.ts': EARLY_SSR_SERVER,
    });
    const without = await migrate(root, [toSetAll(false)], false);
    expect(without.report.review).toContainEqual(
      expect.objectContaining({
        file: 'package.json',
        line: 6,
        message: '@supabase/ssr 0.0.10 (locked in yarn.lock) lacks the `getAll`/`setAll` cookie methods (added in 0.4.0), which the migrated code calls in utils/supabase/server.ts: raise it to ^0.7.0 and reinstall, or rerun migrate with --update-package-json.',
      }),
    );
    git(root, 'checkout', '--', '.');
    const withFlag = await migrate(root, [toSetAll(false)], true);
    expect(JSON.parse(read(root, 'package.json')).dependencies[SSR]).toBe('^0.7.0');
    expect(withFlag.report.notices).toContain(
      "@supabase/ssr raised from ^0.0.10 to ^0.7.0: 0.0.10 (locked in yarn.lock) lacks the `getAll`/`setAll` cookie methods (added in 0.4.0), which the migrated code calls in utils/supabase/server.ts. Run your package manager's install.",
    );
  });

  it('names only what the version lacks: setAll’s headers argument needs 0.10.0 (ssr ^0.6.1, no lockfile)', async () => {
    const root = makeApp({ ...BASE, 'package.json': packageJson({ next: '15.5.0', [SSR]: '^0.6.1', [JS]: '^2.50.0' }), 'utils/supabase/server.ts': EARLY_SSR_SERVER });
    const { report } = await migrate(root, [toSetAll(true)]);
    expect(report.review.map((r: { message: string }) => r.message)).toEqual([
      "@supabase/ssr 0.6.1 (the lowest version ^0.6.1 allows) lacks `setAll`'s second argument (cache headers) (added in 0.10.0), which the migrated code calls in utils/supabase/server.ts: raise it to ^0.10.3 and reinstall, or rerun migrate with --update-package-json.",
    ]);
  });

  it('asks for a reinstall when only the installed copy is stale', async () => {
    const root = makeApp({
      ...BASE,
      'package.json': packageJson({ next: '15.5.0', [SSR]: '^0.12.0', [JS]: '^2.60.0' }),
      [`node_modules/${JS}/package.json`]: JSON.stringify({ name: JS, version: '2.40.0' }),
      'app/page.tsx': SESSION_PAGE,
    });
    const { report } = await migrate(root, [toGetClaims]);
    expect(report.review[0].message).toBe(
      "@supabase/supabase-js 2.40.0 (installed) lacks `auth.getClaims()` (added in 2.49.2), which the migrated code calls in app/page.tsx: run your package manager's install (package.json already asks for ^2.60.0).",
    );
  });
});

describe('packages still imported (class 1)', () => {
  const dropHelpers: Codemod = {
    name: 'drop-helpers',
    description: 'migrates the auth-helpers-nextjs import of app/ files only',
    mightApply: (source) => source.includes('auth-helpers-nextjs'),
    transform: (file) => (file.path.includes('/app/') ? { output: file.source.replace("'@supabase/auth-helpers-nextjs'", "'@supabase/ssr'"), review: [] } : { output: undefined, review: [] }),
  };

  it('never removes a helper package a file still imports, and lists those files', async () => {
    const root = makeApp({
      ...BASE,
      'package.json': packageJson({ next: '15.5.0', '@supabase/auth-helpers-nextjs': '^0.10.0', '@supabase/auth-helpers-react': '^0.5.0', [SSR]: '^0.12.7', [JS]: '^2.119.1' }),
      'app/page.tsx': "import { createServerClient } from '@supabase/auth-helpers-nextjs'\nexport default function Page() { return createServerClient }\n",
      'components/session.tsx': "'use client'\nimport type { Session } from '@supabase/auth-helpers-nextjs'\nexport const x = (s: Session) => s\n",
      'lib/legacy.js': "const { useUser } = require('@supabase/auth-helpers-react')\nmodule.exports = useUser\n",
      'lib/broken.ts': "import { createMiddlewareClient } from '@supabase/auth-helpers-nextjs'\nexport const = \n",
    });
    const { code, report } = await migrate(root, [dropHelpers], true);
    const pkg = JSON.parse(read(root, 'package.json'));
    expect(pkg.dependencies['@supabase/auth-helpers-nextjs']).toBe('^0.10.0');
    expect(pkg.dependencies['@supabase/auth-helpers-react']).toBe('^0.5.0');
    expect(report.review).toEqual([
      { file: 'package.json', line: 6, message: '@supabase/auth-helpers-nextjs stays in package.json: still imported by components/session.tsx, lib/broken.ts. Migrate those imports, then remove it.', transform: null, existing: false },
      { file: 'package.json', line: 7, message: '@supabase/auth-helpers-react stays in package.json: still imported by lib/legacy.js. Migrate those imports, then remove it.', transform: null, existing: false },
    ]);
    expect(code).toBe(1);
  });

  it('removes a helper package once nothing imports it, and adds @supabase/ssr the code now imports', async () => {
    const root = makeApp({
      ...BASE,
      'package.json': packageJson({ next: '15.5.0', '@supabase/auth-helpers-nextjs': '^0.10.0', [JS]: '^2.119.1' }),
      'app/page.tsx': "import { createServerClient } from '@supabase/auth-helpers-nextjs'\nexport default function Page() { return createServerClient }\n",
    });
    const { code, report } = await migrate(root, [dropHelpers], true);
    expect(JSON.parse(read(root, 'package.json')).dependencies).toEqual({ next: '15.5.0', [SSR]: '^0.12.7', [JS]: '^2.119.1' });
    expect(report.notices).toContain("@supabase/ssr added at ^0.12.7: the code imports it (app/page.tsx); ^0.12.7 is the line made for @supabase/supabase-js 2.119.1 (the lowest version ^2.119.1 allows). Run your package manager's install.");
    expect(code).toBe(0);
  });
});

describe('the built command, real transforms', () => {
  it('raises supabase-js pinned by the lockfile under "latest" when the migrated code calls getClaims()', () => {
    const root = makeApp({
      ...BASE,
      'package.json': packageJson({ next: '15.5.0', [SSR]: '^0.12.7', [JS]: 'latest' }),
      'package-lock.json': npmLock({ [SSR]: '0.12.7', [JS]: '2.36.0' }),
      'utils/supabase/server.ts': "import { createServerClient } from '@supabase/ssr'\nimport { cookies } from 'next/headers'\n\nexport async function createClient() {\n  const cookieStore = await cookies()\n  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {\n    cookies: {\n      getAll() {\n        return cookieStore.getAll()\n      },\n      setAll(cookiesToSet) {\n        try {\n          cookiesToSet.forEach(({ name, value, options }) => cookieStore.set(name, value, options))\n        } catch {}\n      },\n    },\n  })\n}\n",
      'app/dashboard/page.tsx': "import { redirect } from 'next/navigation'\nimport { createClient } from '@/utils/supabase/server'\n\nexport default async function Dashboard() {\n  const supabase = await createClient()\n  const {\n    data: { session },\n  } = await supabase.auth.getSession()\n  if (!session) redirect('/login')\n  return <p>{session.user.id}</p>\n}\n",
    });
    const run = runCli(root, 'migrate', '--update-package-json', '--only', 'get-session-to-get-claims');
    expect(read(root, 'app/dashboard/page.tsx')).toContain('getClaims()');
    expect(JSON.parse(read(root, 'package.json')).dependencies[JS]).toBe('~2.114.0');
    expect(run.stdout).toContain('• @supabase/supabase-js raised from latest to ~2.114.0: 2.36.0 (locked in package-lock.json) lacks `auth.getClaims()` (added in 2.49.2), which the migrated code calls in app/dashboard/page.tsx.');
  });
});
