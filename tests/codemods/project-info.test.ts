// ProjectInfo detection (codemods/lib/project-info.ts), the factory scaffold plan and import specifiers,
// on small app trees written to a temporary folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importSpecifier } from '../../codemods/lib/import-path.ts';
import { buildProjectInfo, projectInfoFor } from '../../codemods/lib/project-info.ts';
import { scaffoldPlan } from '../../codemods/lib/scaffold.ts';
import { browserFactoryTemplate, serverFactoryTemplate } from '../../core/templates.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function app(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'project-info-'));
  dirs.push(root);
  for (const [rel, text] of Object.entries({ 'package.json': JSON.stringify({ dependencies: { next: '15.5.0' } }), ...files })) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

const tsconfig = (target: string) => JSON.stringify({ compilerOptions: { paths: { '@/*': [target] } } });

describe('buildProjectInfo', () => {
  it('a TypeScript App Router app at the root with the @/ alias', () => {
    const root = app({ 'tsconfig.json': tsconfig('./*'), 'app/page.tsx': '' });
    const info = buildProjectInfo(root);
    expect(info).toMatchObject({ root, srcDir: false, typescript: true, importAlias: '@/', nextMajor: 15, usesAppRouter: true, usesPagesRouter: false, pageExtensions: ['tsx', 'ts', 'jsx', 'js'] });
    expect(info.factories.server).toEqual({ file: join(root, 'utils/supabase/server.ts'), exists: false, exportName: 'createClient' });
    expect(info.factories.middleware).toEqual({ file: join(root, 'utils/supabase/middleware.ts'), exists: false, exportName: 'updateSession' });
    expect(info.env).toEqual({ url: 'NEXT_PUBLIC_SUPABASE_URL', key: 'NEXT_PUBLIC_SUPABASE_ANON_KEY' });
  });

  it('an app in src/ with `@/*` → `./src/*`, a lib/ folder and both routers', () => {
    const root = app({ 'tsconfig.json': tsconfig('./src/*'), 'src/app/page.tsx': '', 'src/pages/old.tsx': '', 'src/lib/db.ts': '' });
    const info = buildProjectInfo(root);
    expect(info).toMatchObject({ srcDir: true, importAlias: '@/', usesAppRouter: true, usesPagesRouter: true });
    expect(info.factories.browser.file).toBe(join(root, 'src/lib/supabase/client.ts'));
    expect(info.factories.api.file).toBe(join(root, 'src/lib/supabase/api.ts'));
  });

  it('ignores an alias that does not point at the base dir', () => {
    const root = app({ 'tsconfig.json': tsconfig('./*'), 'src/app/page.tsx': '' });
    expect(buildProjectInfo(root).importAlias).toBeUndefined();
  });

  it('finds existing factories, with the name they export, and puts the missing ones next to them', () => {
    const root = app({
      'jsconfig.json': tsconfig('./*'),
      'app/page.jsx': '',
      'lib/supabase/proxy.js': 'export async function updateSession(request) {}\n',
      'lib/supabase/server.js': 'export const createSupabaseServerClient = async () => {}\n',
    });
    const info = buildProjectInfo(root);
    expect(info.typescript).toBe(false);
    expect(info.importAlias).toBe('@/');
    expect(info.factories.middleware).toEqual({ file: join(root, 'lib/supabase/proxy.js'), exists: true, exportName: 'updateSession', parameters: { signature: 'updateSession(request)', required: 1 }, async: true });
    expect(info.factories.server).toEqual({ file: join(root, 'lib/supabase/server.js'), exists: true, exportName: 'createSupabaseServerClient', parameters: { signature: 'createSupabaseServerClient()', required: 0 }, async: true });
    expect(info.factories.browser).toEqual({ file: join(root, 'lib/supabase/client.js'), exists: false, exportName: 'createClient' });
  });

  it("reads an existing factory's parameters: which a call must pass, and its signature for messages", () => {
    const root = app({
      'tsconfig.json': tsconfig('./*'),
      'app/page.tsx': '',
      'utils/supabase/server.ts':
        "import { createServerClient } from '@supabase/ssr'\nimport type { cookies } from 'next/headers'\n" +
        'export async function createClient({ cookieStore, isAdmin }: { cookieStore: Awaited<ReturnType<typeof cookies>>; isAdmin: boolean }) {\n' +
        '  return createServerClient(process.env.URL!, isAdmin ? process.env.SERVICE! : process.env.ANON!, { cookies: { getAll: () => cookieStore.getAll() } })\n}\n',
      'utils/supabase/client.ts': "import { createBrowserClient } from '@supabase/ssr'\nexport const createClient = (schema = 'public', key?: string) => createBrowserClient(process.env.URL!, key ?? process.env.ANON!, { db: { schema } })\n",
    });
    const { factories } = buildProjectInfo(root);
    expect(factories.server).toMatchObject({ parameters: { signature: 'createClient({ cookieStore, isAdmin })', required: 1 }, async: true });
    expect(factories.browser.parameters).toEqual({ signature: 'createClient(schema?, key?)', required: 0 });
  });

  it('uses the publishable key name when the env files define it and not the anon key', () => {
    const publishable = app({ '.env.example': 'NEXT_PUBLIC_SUPABASE_URL=\nNEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY=\n' });
    expect(buildProjectInfo(publishable).env.key).toBe('NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY');
    const both = app({ '.env.local': 'NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY=x\nNEXT_PUBLIC_SUPABASE_ANON_KEY=y\n' });
    expect(buildProjectInfo(both).env.key).toBe('NEXT_PUBLIC_SUPABASE_ANON_KEY');
  });

  it('projectInfoFor finds the app root from any file or folder inside it', () => {
    const root = app({ 'next.config.mjs': 'export default {}\n', 'app/dashboard/page.tsx': '' });
    expect(projectInfoFor(join(root, 'app/dashboard/page.tsx')).root).toBe(root);
    expect(projectInfoFor(join(root, 'app')).root).toBe(root);
  });
});

describe('scaffoldPlan', () => {
  it('plans the missing factories from core/templates.ts with the app env names, never an existing file', () => {
    const root = app({ 'tsconfig.json': tsconfig('./*'), 'app/page.tsx': '', 'utils/supabase/client.ts': 'export function createClient() {}\n', '.env.local': 'NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY=x\n' });
    const info = buildProjectInfo(root);
    const plan = scaffoldPlan(info, ['browser', 'server', 'server']);
    expect(plan).toEqual([
      { path: join(root, 'utils/supabase/server.ts'), role: 'server', content: serverFactoryTemplate({ typescript: true, urlEnv: 'NEXT_PUBLIC_SUPABASE_URL', keyEnv: 'NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY' }) },
    ]);
    expect(plan[0]!.content).toContain('process.env.NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY!');
  });

  it('writes JavaScript for a JavaScript app', () => {
    const root = app({ 'app/page.jsx': '' });
    const [browser] = scaffoldPlan(buildProjectInfo(root), ['browser']);
    expect(browser).toEqual({ path: join(root, 'utils/supabase/client.js'), role: 'browser', content: browserFactoryTemplate({ typescript: false, urlEnv: 'NEXT_PUBLIC_SUPABASE_URL', keyEnv: 'NEXT_PUBLIC_SUPABASE_ANON_KEY' }) });
    expect(browser!.content).not.toContain('!');
  });
});

describe('importSpecifier', () => {
  it('uses the alias when the app has one, else a relative path, never an extension', () => {
    const root = app({ 'tsconfig.json': tsconfig('./*'), 'app/page.tsx': '' });
    const info = buildProjectInfo(root);
    expect(importSpecifier(join(root, 'app/dashboard/page.tsx'), info.factories.server.file, info)).toBe('@/utils/supabase/server');
    const plain = { ...info, importAlias: undefined };
    expect(importSpecifier(join(root, 'app/dashboard/page.tsx'), info.factories.server.file, plain)).toBe('../../utils/supabase/server');
    expect(importSpecifier(join(root, 'middleware.ts'), info.factories.middleware.file, plain)).toBe('./utils/supabase/middleware');
  });
});
