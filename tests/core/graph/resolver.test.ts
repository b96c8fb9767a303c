// core/graph/resolver.ts: the app's own import specifiers → files (relative paths, tsconfig/jsconfig `paths`).
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Resolver } from '../../../core/graph/resolver.ts';

const resolveImport = (specifier: string, fromFile: string, root: string) => new Resolver(root).resolve(fromFile, specifier);

const tempRoots: string[] = [];
afterAll(() => {
  for (const dir of tempRoots) rmSync(dir, { recursive: true, force: true });
});

function makeTree(files: Record<string, string>): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'supabase-auth-resolve-')));
  tempRoots.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('resolveImport: relative and absolute specifiers', () => {
  const root = makeTree({
    'utils/supabase/server.ts': '',
    'utils/supabase/client.tsx': '',
    'utils/supabase/index.ts': '',
    'lib/legacy.js': '',
    'lib/esm.mts': '',
    'lib/db/index.jsx': '',
  });
  const page = join(root, 'app', 'dashboard', 'page.tsx');

  it('adds the missing extension', () => {
    expect(resolveImport('../../utils/supabase/server', page, root)).toBe(join(root, 'utils/supabase/server.ts'));
    expect(resolveImport('../../utils/supabase/client', page, root)).toBe(join(root, 'utils/supabase/client.tsx'));
    expect(resolveImport('../../lib/legacy', page, root)).toBe(join(root, 'lib/legacy.js'));
  });

  it('keeps an explicit extension that exists', () => {
    expect(resolveImport('../../utils/supabase/server.ts', page, root)).toBe(join(root, 'utils/supabase/server.ts'));
    expect(resolveImport('../../lib/legacy.js', page, root)).toBe(join(root, 'lib/legacy.js'));
  });

  it('maps a .js (or .mjs) specifier in TS sources to the .ts file', () => {
    expect(resolveImport('./server.js', join(root, 'utils/supabase/index.ts'), root)).toBe(join(root, 'utils/supabase/server.ts'));
    expect(resolveImport('./client.js', join(root, 'utils/supabase/index.ts'), root)).toBe(join(root, 'utils/supabase/client.tsx'));
    expect(resolveImport('../../lib/esm.mjs', page, root)).toBe(join(root, 'lib/esm.mts'));
  });

  it('resolves a directory to its index file', () => {
    expect(resolveImport('../../utils/supabase', page, root)).toBe(join(root, 'utils/supabase/index.ts'));
    expect(resolveImport('../../lib/db', page, root)).toBe(join(root, 'lib/db/index.jsx'));
  });

  it('resolves absolute paths', () => {
    expect(resolveImport(join(root, 'utils/supabase/server'), page, root)).toBe(join(root, 'utils/supabase/server.ts'));
  });

  it('answers undefined for missing files and packages (without a tsconfig)', () => {
    expect(resolveImport('../../utils/supabase/admin', page, root)).toBeUndefined();
    expect(resolveImport('@supabase/ssr', page, root)).toBeUndefined();
    expect(resolveImport('@/utils/supabase/server', page, root)).toBeUndefined();
  });
});

describe('resolveImport: paths aliases', () => {
  it('follows tsconfig paths @/* → ./*', () => {
    const root = makeTree({
      'tsconfig.json': '{\n  // Next writes comments and trailing commas here\n  "compilerOptions": { "paths": { "@/*": ["./*"] }, },\n}\n',
      'utils/supabase/server.ts': '',
      'lib/supabase/index.ts': '',
    });
    const page = join(root, 'app/page.tsx');
    expect(resolveImport('@/utils/supabase/server', page, root)).toBe(join(root, 'utils/supabase/server.ts'));
    expect(resolveImport('@/lib/supabase', page, root)).toBe(join(root, 'lib/supabase/index.ts'));
    expect(resolveImport('@/utils/supabase/client', page, root)).toBeUndefined();
    expect(resolveImport('@supabase/ssr', page, root)).toBeUndefined();
  });

  it('follows tsconfig paths @/* → ./src/*', () => {
    const root = makeTree({
      'tsconfig.json': JSON.stringify({ compilerOptions: { paths: { '@/*': ['./src/*'] } } }),
      'src/lib/supabase/server.ts': '',
      'lib/supabase/server.ts': '',
    });
    expect(resolveImport('@/lib/supabase/server', join(root, 'src/app/page.tsx'), root)).toBe(join(root, 'src/lib/supabase/server.ts'));
  });

  it('follows several aliases and baseUrl', () => {
    const root = makeTree({
      'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '~/*': ['./src/*'], '@supabase-app/*': ['./packages/supabase/*'] } } }),
      'src/db/server.ts': '',
      'packages/supabase/server.ts': '',
    });
    const page = join(root, 'src/app/page.tsx');
    expect(resolveImport('~/db/server', page, root)).toBe(join(root, 'src/db/server.ts'));
    expect(resolveImport('@supabase-app/server', page, root)).toBe(join(root, 'packages/supabase/server.ts'));
  });

  it('reads paths from an extended tsconfig', () => {
    const root = makeTree({
      'tsconfig.base.json': JSON.stringify({ compilerOptions: { paths: { '@/*': ['./*'] } } }),
      'tsconfig.json': JSON.stringify({ extends: './tsconfig.base.json', compilerOptions: { strict: true } }),
      'utils/supabase/server.ts': '',
    });
    expect(resolveImport('@/utils/supabase/server', join(root, 'app/page.tsx'), root)).toBe(join(root, 'utils/supabase/server.ts'));
  });

  it('uses jsconfig.json in JavaScript apps', () => {
    const root = makeTree({
      'jsconfig.json': JSON.stringify({ compilerOptions: { paths: { '@/*': ['./*'] } } }),
      'utils/supabase/server.js': '',
    });
    expect(resolveImport('@/utils/supabase/server', join(root, 'app/page.jsx'), root)).toBe(join(root, 'utils/supabase/server.js'));
  });

  it('survives a tsconfig that does not parse', () => {
    const root = makeTree({ 'tsconfig.json': '{ "compilerOptions": { "paths": ', 'utils/supabase/server.ts': '' });
    expect(() => resolveImport('@/utils/supabase/server', join(root, 'app/page.tsx'), root)).not.toThrow();
    expect(resolveImport('./x', join(root, 'app/page.tsx'), root)).toBeUndefined();
  });
});
