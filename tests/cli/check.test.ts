// `supabase-auth check`, run as built on temporary apps: the recommended config, whatever the app's own
// ESLint setup, in three formats, with exit codes a pull-request gate can use.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { BASE, CANONICAL_PAGE, CANONICAL_SERVER, HELPERS_PAGE, makeApp, MIDDLEWARE_NO_CONFIG, runCli, runCliUnprivileged } from './helpers.ts';

const CANONICAL_MIDDLEWARE = `${MIDDLEWARE_NO_CONFIG}
export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\\\.(?:svg|png|jpg|jpeg|gif|webp)$).*)'],
}
`;

const CANONICAL_HELPER = `import { createServerClient } from '@supabase/ssr'
import { NextResponse, type NextRequest } from 'next/server'

export async function updateSession(request: NextRequest) {
  let supabaseResponse = NextResponse.next({ request })
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      getAll() {
        return request.cookies.getAll()
      },
      setAll(cookiesToSet) {
        cookiesToSet.forEach(({ name, value }) => request.cookies.set(name, value))
        supabaseResponse = NextResponse.next({ request })
        cookiesToSet.forEach(({ name, value, options }) => supabaseResponse.cookies.set(name, value, options))
      },
    },
  })
  await supabase.auth.getClaims()
  return supabaseResponse
}
`;

/** A migrated app: nothing for the recommended config to report. */
const CLEAN_APP = {
  ...BASE,
  'middleware.ts': CANONICAL_MIDDLEWARE,
  'utils/supabase/middleware.ts': CANONICAL_HELPER,
  'utils/supabase/server.ts': CANONICAL_SERVER,
  'app/dashboard/page.tsx': CANONICAL_PAGE,
  // The app's own lint setup is never read: a config that throws, and comments naming its rules.
  'eslint.config.mjs': "throw new Error('the user config must not be loaded')\n",
  'app/layout.tsx': "// eslint-disable-next-line react-hooks/exhaustive-deps\n/* eslint no-console: \"error\" */\nexport default function Layout({ children }: { children: React.ReactNode }) {\n  console.log('layout')\n  return children\n}\n",
};

const BROKEN_APP = { ...CLEAN_APP, 'app/dashboard/page.tsx': HELPERS_PAGE };

describe('check', () => {
  it('exits 0 on a clean project, without reading its ESLint config', () => {
    const run = runCli(makeApp(CLEAN_APP), 'check');
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('no problems');
    expect(run.code).toBe(0);
  });

  it('exits 1 when a rule reports an error (stylish output)', () => {
    const run = runCli(makeApp(BROKEN_APP), 'check');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('app/dashboard/page.tsx');
    expect(run.stdout).toMatch(/1:10\s+error\s+`createServerComponentClient` from `@supabase\/auth-helpers-nextjs`.*supabase-auth\/no-auth-helpers/);
    expect(run.stdout).not.toContain('react-hooks');
    expect(run.stdout).not.toContain('no-console');
  });

  it('--format json prints ESLint results', () => {
    const root = makeApp(BROKEN_APP);
    const run = runCli(root, 'check', '--format', 'json');
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as { filePath: string; errorCount: number; messages: { ruleId: string; line: number }[] }[];
    const page = results.find((r) => r.filePath.endsWith('app/dashboard/page.tsx'))!;
    expect(page.errorCount).toBeGreaterThan(0);
    expect(page.messages).toContainEqual(expect.objectContaining({ ruleId: 'supabase-auth/no-auth-helpers', line: 1 }));
    expect(results.filter((r) => r.errorCount > 0).map((r) => r.filePath.slice(root.length + 1))).toEqual(['app/dashboard/page.tsx']);
  });

  it('--format sarif prints a valid SARIF 2.1.0 log', () => {
    const run = runCli(makeApp(BROKEN_APP), 'check', '--format', 'sarif');
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver).toMatchObject({ name: 'eslint-plugin-supabase-auth', informationUri: expect.stringMatching(/^https:\/\//), version: expect.any(String) });
    const rules = sarifRun.tool.driver.rules as { id: string; shortDescription: { text: string }; helpUri: string }[];
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^supabase-auth\//);
      expect(rule.shortDescription.text.length).toBeGreaterThan(10);
      expect(rule.helpUri).toMatch(/^https:\/\/.*\/docs\/rules\/[a-z-]+\.md$/);
    }
    expect(sarifRun.results.length).toBeGreaterThan(0);
    for (const result of sarifRun.results) {
      expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(['error', 'warning']).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(0);
      const location = result.locations[0].physicalLocation;
      expect(location.artifactLocation.uri).toBe('app/dashboard/page.tsx');
      expect(location.region.startLine).toBeGreaterThanOrEqual(1);
      expect(location.region.startColumn).toBeGreaterThanOrEqual(1);
      expect(location.region.endLine).toBeGreaterThanOrEqual(location.region.startLine);
      expect(location.region.endColumn).toBeGreaterThanOrEqual(1);
    }
    expect(sarifRun.results).toContainEqual(
      expect.objectContaining({
        ruleId: 'supabase-auth/no-auth-helpers',
        level: 'error',
        locations: [{ physicalLocation: { artifactLocation: { uri: 'app/dashboard/page.tsx', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 10, endLine: 1, endColumn: 37 } } }],
      }),
    );
  });

  it('--format sarif on a clean project: a log with no results, exit 0', () => {
    const run = runCli(makeApp(CLEAN_APP), 'check', '--format', 'sarif');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).runs[0].results).toEqual([]);
  });

  it('reports a file that does not parse as an error', () => {
    const run = runCli(makeApp({ ...CLEAN_APP, 'app/broken/page.tsx': 'export default function (' }), 'check', '--format', 'json');
    expect(run.code).toBe(1);
    const broken = (JSON.parse(run.stdout) as { filePath: string; fatalErrorCount: number }[]).find((r) => r.filePath.endsWith('broken/page.tsx'))!;
    expect(broken.fatalErrorCount).toBe(1);
  });

  it('lints only the given paths', () => {
    const run = runCli(makeApp(BROKEN_APP), 'check', 'middleware.ts', 'utils');
    expect(run.code).toBe(0);
  });

  it('exits 2 for an unreadable path or an unknown format', () => {
    const root = makeApp(CLEAN_APP);
    const missing = runCli(root, 'check', 'nope');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("supabase-auth: cannot read 'nope': no such file or directory\n");
    const format = runCli(root, 'check', '--format', 'xml');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("argument 'xml' is invalid. Allowed choices are stylish, json, sarif.");
  });
});

describe('check --format sarif for code scanning', () => {
  it('validates against the SARIF 2.1.0 schema, every result with a rule id, parse errors included', () => {
    const root = makeApp({ ...BROKEN_APP, 'app/broken/page.tsx': 'export default function (' });
    const run = runCli(root, 'check', '--format', 'sarif');
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const [sarifRun] = log.runs;
    for (const result of sarifRun.results) {
      expect(result.ruleId).toMatch(/^supabase-auth\/[a-z-]+$/);
      expect(sarifRun.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    }
    const parseError = sarifRun.results.find((r: { ruleId: string }) => r.ruleId === 'supabase-auth/parse-error');
    expect(parseError).toMatchObject({ level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'app/broken/page.tsx' } } }] });
    expect(sarifRun.tool.driver.rules).toContainEqual({ id: 'supabase-auth/parse-error', shortDescription: { text: 'The file could not be parsed, so no rule could check it' } });
  });
});

describe('check reads the same files as migrate', () => {
  it('respects .gitignore and never reads node_modules, .next or dist', () => {
    const files: Record<string, string> = { ...CLEAN_APP };
    for (const dir of ['ignored-by-git', 'node_modules/pkg', '.next/server', 'dist']) files[`${dir}/page.tsx`] = HELPERS_PAGE;
    const root = makeApp(files);
    const run = runCli(root, 'check', '--format', 'json');
    expect(run.code).toBe(0);
    const checked = (JSON.parse(run.stdout) as { filePath: string }[]).map((r) => r.filePath.slice(root.length + 1)).sort();
    const migrate = JSON.parse(runCli(root, 'migrate', '--dry', '--json').stdout);
    expect(checked).toEqual(['app/dashboard/page.tsx', 'app/layout.tsx', 'eslint.config.mjs', 'middleware.ts', 'utils/supabase/middleware.ts', 'utils/supabase/server.ts']);
    expect(migrate.scanned).toBe(checked.length);
  });

  it('skips a FIFO named like a source file instead of waiting on it forever (check and migrate)', () => {
    const root = makeApp(CLEAN_APP);
    execFileSync('mkfifo', [join(root, 'app/pipe.ts')]);
    const check = runCli(root, 'check');
    expect(check.code).toBe(0);
    expect(check.stderr).toBe('supabase-auth check: no problems in 6 files.\n');
    const migrate = JSON.parse(runCli(root, 'migrate', '--dry', '--json').stdout);
    expect(migrate.scanned).toBe(6);
    // Named on the command line, it is a usage error, not a hang.
    expect(runCli(root, 'check', 'app/pipe.ts')).toMatchObject({ code: 2, stderr: "supabase-auth: cannot read 'app/pipe.ts': not a regular file or a folder\n" });
  });

  it('lists a file it cannot read as an error, in every format, and migrate lists it as failed', () => {
    const root = makeApp(CLEAN_APP);
    chmodSync(join(root, 'app/dashboard/page.tsx'), 0o000);
    const stylish = runCliUnprivileged(root, root, 'check');
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toMatch(/app\/dashboard\/page\.tsx\n\s+1:1\s+error\s+The file was not checked: cannot read the file: EACCES: permission denied.*supabase-auth\/unreadable-file/);
    const sarif = JSON.parse(runCliUnprivileged(root, root, 'check', '--format', 'sarif').stdout);
    expect(sarifValidator()(sarif)).toBe(true);
    expect(sarif.runs[0].results).toEqual([expect.objectContaining({ ruleId: 'supabase-auth/unreadable-file', level: 'error' })]);
    const migrate = JSON.parse(runCliUnprivileged(root, root, 'migrate', '--dry', '--json').stdout);
    expect(migrate.failed).toEqual([{ file: 'app/dashboard/page.tsx', transform: null, reason: expect.stringMatching(/^cannot read the file: EACCES: permission denied/) }]);
  });
});

/** The SARIF 2.1.0 schema (as published by Microsoft's SARIF SDK, a draft-04 schema), compiled with ajv. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // The schema's language-tag pattern has a stray `]` that only non-unicode regular expressions accept.
  // CommonJS modules with a `default` export: under NodeNext the class and the plugin sit on `.default`.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  ajvFormats.default(ajv);
  return ajv.compile(schema);
}
