// Roles from importers (core/graph/import-index.ts): found by walking up the modules that import a module,
// which are found through the files whose text names it. Index files are named by their folder or by dots.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphFor } from '../../../core/graph/project-graph.ts';
import { readWorkCounts, resetWorkCounts } from '../../../core/graph/work-counters.ts';
import { alias, appLayout, makeTree } from './helpers.ts';

const roleIn = (root: string) => (rel: string) => graphFor(root, {}, appLayout).roleOf(join(root, rel));

describe('roleOf: roles from importers', () => {
  it('is server when only server code imports a module, through aliases, index files and dots', () => {
    const root = makeTree({
      'tsconfig.json': alias('./*'),
      'lib/auth/index.ts': "export { current } from './current'\n",
      'lib/auth/current.ts': 'export const current = () => 1\n',
      'lib/auth/by-dots.ts': "import { current } from '.'\nexport const viaDots = current\n",
      'lib/queries/user.ts': 'export const user = 1\n',
      'app/page.tsx': "import { current } from '@/lib/auth'\nimport { user } from '../lib/queries/user.ts'\nexport default function Page() { return current() + user }\n",
      'app/api/route.ts': "import { viaDots } from '@/lib/auth/by-dots'\nexport function GET() { return viaDots }\n",
    });
    const role = roleIn(root);
    expect(role('lib/auth/index.ts')).toBe('server');
    expect(role('lib/auth/current.ts')).toBe('server'); // through the barrel
    expect(role('lib/auth/by-dots.ts')).toBe('server');
    expect(role('lib/queries/user.ts')).toBe('server'); // with an explicit extension
  });

  it("is 'shared' as soon as a client module imports it, and ignores type-only imports", () => {
    const root = makeTree({
      'tsconfig.json': alias('./*'),
      'lib/user.ts': 'export type User = { id: string }\nexport const load = () => 1\n',
      'lib/plan.ts': 'export type Plan = { name: string }\nexport const plan = () => 1\n',
      'app/page.tsx': "import { load } from '@/lib/user'\nimport { plan } from '@/lib/plan'\nexport default function Page() { return load() + plan() }\n",
      'components/badge.tsx': "'use client'\nimport { load } from '@/lib/user'\nimport type { Plan } from '@/lib/plan'\nexport function Badge(p: { plan: Plan }) { return load() }\n",
    });
    const role = roleIn(root);
    expect(role('lib/user.ts')).toBe('shared');
    expect(role('lib/plan.ts')).toBe('server');
  });

  it('counts an import a Pages Router page uses only in getServerSideProps as server-side', () => {
    const root = makeTree({
      'lib/session.ts': 'export const session = () => 1\n',
      'lib/format.ts': 'export const format = (x: number) => String(x)\n',
      'pages/account.tsx': "import { session } from '../lib/session'\nimport { format } from '../lib/format'\nexport async function getServerSideProps() { return { props: { n: session() } } }\nexport default function Account({ n }: { n: number }) { return format(n) }\n",
    });
    const role = roleIn(root);
    expect(role('lib/session.ts')).toBe('server');
    expect(role('lib/format.ts')).toBe('shared');
  });

  it("is 'shared' for a module nothing imports, and never scans files that cannot name it", () => {
    const root = makeTree({
      'lib/orphan.ts': 'export const orphan = 1\n',
      'lib/auth.ts': 'export const auth = 1\n',
      'app/page.tsx': "// the word auth in the text does not make an import of lib/auth.ts\nconst auth = 'sign in with auth'\nexport default function Page() { return auth }\n",
      'app/other/page.tsx': "import { auth } from '../../lib/auth'\nexport default function Page() { return auth }\n",
    });
    resetWorkCounts();
    const role = roleIn(root);
    expect(role('lib/orphan.ts')).toBe('shared');
    expect(role('lib/auth.ts')).toBe('server');
    expect([...readWorkCounts().scans.keys()].map((f) => f.slice(root.length + 1)).sort()).toEqual(['app/other/page.tsx', 'lib/auth.ts', 'lib/orphan.ts']);
  });
});

describe('reachedByClient: whether browser code runs a module', () => {
  it('is true for client roots and what they import, false for server-only and unimported modules', () => {
    const root = makeTree({
      'components/nav.tsx': "import { Avatar } from './avatar'\nexport function Nav() { return Avatar() }\n",
      'components/avatar.tsx': 'export function Avatar() { return null }\n',
      'components/shell.tsx': "'use client'\nimport { Nav } from './nav'\nexport function Shell() { return Nav() }\n",
      'components/orphan.tsx': 'export function Orphan() { return null }\n',
      'lib/session.ts': 'export const session = () => 1\n',
      'pages/account.tsx': "import { session } from '../lib/session'\nexport async function getServerSideProps() { return { props: { n: session() } } }\nexport default function Account() { return null }\n",
      'app/page.tsx': "import { Orphan } from '../components/orphan'\nexport default function Page() { return Orphan() }\n",
    });
    const reached = (rel: string) => graphFor(root, {}, appLayout).reachedByClient(join(root, rel));
    expect(reached('components/shell.tsx')).toBe(true);
    expect(reached('components/avatar.tsx')).toBe(true); // two imports up
    expect(reached('pages/account.tsx')).toBe(true);
    expect(reached('lib/session.ts')).toBe(false); // only getServerSideProps uses it
    expect(reached('components/orphan.tsx')).toBe(false); // only a Server Component renders it
    expect(reached('app/page.tsx')).toBe(false);
  });
});
