import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { API } from 'jscodeshift';
import { describe, expect, it } from 'vitest';
import transform, { codemod, TODO_MESSAGES } from '../../codemods/dynamic-auth-pages/index.ts';
import { TODO_MARKER, type ProjectInfo } from '../../codemods/lib/types.ts';
import { defaultProject, FIXTURE_ROOT, runFixtures } from './harness.ts';

runFixtures(codemod, 'require-dynamic-auth-page');

const IMPORT = "import { createClient } from '@/utils/supabase/server'\n";
const BODY = [
  'export default async function Page() {',
  '  const supabase = await createClient()',
  '  const { data } = await supabase.auth.getClaims()',
  '  return <p>{data?.claims?.email}</p>',
  '}',
  '',
].join('\n');

const run = (source: string, relPath = 'app/dashboard/page.tsx', project: Partial<ProjectInfo> = {}) =>
  codemod.transform({ path: join(FIXTURE_ROOT, relPath), source }, defaultProject(project));

describe('dynamic-auth-pages details', () => {
  it('pre-filters on segment configs, cache scopes and Supabase words', () => {
    expect(codemod.mightApply("export const revalidate = 60\nexport default function Page() { return verifySession() }")).toBe(true);
    expect(codemod.mightApply("'use cache'\nexport default async function Page() {}")).toBe(true);
    expect(codemod.mightApply("import { createClient } from '@/utils/supabase/server'")).toBe(true);
    expect(codemod.mightApply('export default function About() { return <p>About us</p> }')).toBe(false);
  });

  it('leaves files the rule does not check alone (components, Pages Router, loading)', () => {
    const source = `${IMPORT}\nexport const revalidate = 60\n\n${BODY}`;
    expect(run(source, 'components/user-card.tsx')).toEqual({ output: undefined, review: [] });
    expect(run(source, 'pages/account.tsx')).toEqual({ output: undefined, review: [] });
    expect(run(source, 'app/dashboard/loading.tsx')).toEqual({ output: undefined, review: [] });
    expect(run(source, 'app/dashboard/page.tsx').output).toBe(`${IMPORT}\n${BODY}`);
  });

  it('never adds force-dynamic when cacheComponents is unknown, even in strict mode', () => {
    const source = `${IMPORT}\nexport const dynamic = 'force-static'\n\n${BODY}`;
    expect(run(source, 'app/dashboard/page.tsx', { strict: true, cacheComponents: undefined }).output).toBe(`${IMPORT}\n${BODY}`);
    expect(run(`${IMPORT}\n${BODY}`, 'app/dashboard/page.tsx', { strict: true, cacheComponents: undefined }).output).toBeUndefined();
    expect(run(`${IMPORT}\n${BODY}`, 'app/dashboard/page.tsx', { strict: true, cacheComponents: true }).output).toBeUndefined();
    // not strict: an auth page without segment config is fine as it is
    expect(run(`${IMPORT}\n${BODY}`, 'app/dashboard/page.tsx', { cacheComponents: false }).output).toBeUndefined();
  });

  it('keeps CRLF line endings and a BOM', () => {
    const source = `${IMPORT}\n// cache it\nexport const revalidate = 60\n\n${BODY}`.replace(/\n/g, '\r\n');
    expect(run(source).output).toBe(`${IMPORT}\n${BODY}`.replace(/\n/g, '\r\n'));
    expect(run(`\uFEFF${IMPORT}\nexport const revalidate = 60\n\n${BODY}`).output).toBe(`\uFEFF${IMPORT}\n${BODY}`);
  });

  it("removes an export's directive comments with it, keeps a file header, and respects a disable comment", () => {
    expect(run(`${IMPORT}\n// @ts-expect-error legacy config\nexport const revalidate = 60\n\n${BODY}`).output).toBe(`${IMPORT}\n${BODY}`);
    expect(run(`// The dashboard.\nexport const revalidate = 60\n\n${IMPORT}\n${BODY}`).output).toBe(`// The dashboard.\n\n${IMPORT}\n${BODY}`);
    const disabled = `${IMPORT}\n// eslint-disable-next-line supabase-auth/require-dynamic-auth-page\nexport const revalidate = 60\n\n${BODY}`;
    expect(run(disabled).output).toBeUndefined();
  });

  it('keeps the comment that heads a paragraph whose other lines stay', () => {
    const source = `${IMPORT}\n// Segment config\nexport const revalidate = 60\nexport const runtime = 'nodejs'\n\n${BODY}`;
    expect(run(source).output).toBe(`${IMPORT}\n// Segment config\nexport const runtime = 'nodejs'\n\n${BODY}`);
    const oneLine = `${IMPORT}\nexport const revalidate = 60; export const runtime = 'nodejs'\n\n${BODY}`;
    expect(run(oneLine).output).toBe(`${IMPORT}\nexport const runtime = 'nodejs'\n\n${BODY}`);
  });

  it('removes only the import specifiers the removed code used', () => {
    const source = [
      "import { ONE_HOUR, formatDate } from '@/lib/time'",
      IMPORT,
      'export const revalidate = ONE_HOUR',
      '',
      'export const lastBuilt = formatDate(new Date())',
      '',
      BODY,
    ].join('\n');
    expect(run(source, 'app/orders/[id]/page.tsx', { cacheComponents: true }).output).toBe(
      ["import { formatDate } from '@/lib/time'", IMPORT, 'export const lastBuilt = formatDate(new Date())', '', BODY].join('\n'),
    );
  });

  it('does not add a second marker where one is already kept', () => {
    const marked = [
      IMPORT,
      'async function getProjects() {',
      "  'use cache'",
      `  // ${TODO_MARKER} moved by hand later`,
      '  const supabase = await createClient()',
      "  return supabase.from('projects').select()",
      '}',
      '',
      BODY,
    ].join('\n');
    expect(run(marked, 'app/projects/page.tsx', { cacheComponents: true })).toEqual({ output: undefined, review: [] });
  });

  it('marks a file-level use cache at the session read', () => {
    const source = `'use cache'\n${IMPORT}\n${BODY}`;
    const result = run(source, 'app/dashboard/page.tsx', { cacheComponents: true });
    expect(result.output).toContain(`  // ${TODO_MARKER} ${TODO_MESSAGES.useCacheAroundAuth}\n  const supabase = await createClient()`);
    expect(result.review).toEqual([{ line: 5, message: TODO_MESSAGES.useCacheAroundAuth }]);
  });

  it('works as a jscodeshift transform on a real app, reading cacheComponents from next.config', () => {
    const root = mkdtempSync(join(tmpdir(), 'dynamic-auth-pages-'));
    try {
      writeFileSync(join(root, 'package.json'), JSON.stringify({ dependencies: { next: '16.0.0' } }));
      writeFileSync(join(root, 'next.config.mjs'), 'export default { cacheComponents: true }\n');
      mkdirSync(join(root, 'app/dashboard'), { recursive: true });
      const path = join(root, 'app/dashboard/page.tsx');
      const source = `${IMPORT}\nexport const dynamic = 'force-dynamic'\n\n${BODY}`;
      writeFileSync(path, source);
      const reports: string[] = [];
      const api = { report: (message: string) => reports.push(message) } as unknown as API;
      expect(transform({ path, source }, api, {})).toBe(`${IMPORT}\n${BODY}`);
      expect(reports).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
