// One fixture harness for every transform: codemods/<transform>/__testfixtures__/<case>.input.<ext> and
// <case>.output.<ext>, plus an optional <case>.json: { "path": "app/dashboard/page.tsx" (where the file
// pretends to live in the app), "project": { …ProjectInfo overrides }, "facts": { "routesNeedingRefresh":
// ["/settings"], "helpers": { "<specifier>": "<file of __testfixtures__>" | "scaffolded" | null } } (what
// the rest of the app holds: AppFacts), "versions": { "@supabase/ssr": "0.5.2", "@supabase/supabase-js":
// "2.45.0", "next": "13.4.3", "upgradable": false } (what the app runs: ProjectInfo.capabilities),
// "review": <expected number of review items>, "findings": ["<line> <rule>", …] (listed without a marker),
// "ruleMayStillReport": true (only for cases that leave TODO markers or findings),
// "moveTo": "src/middleware.ts" (where the transform moves the file; the second run and the rule see it there) }.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import { localAppFacts } from '../../codemods/lib/app-facts.ts';
import { parseError } from '../../codemods/lib/parser.ts';
import type { AppFacts, Codemod, ProjectInfo } from '../../codemods/lib/types.ts';
import { capabilitiesOf, currentCapabilities, type Capabilities } from '../../core/capabilities.ts';
import { parseSource } from '../../core/source-file.ts';

export const FIXTURE_ROOT = '/project';

export function defaultProject(overrides: Partial<ProjectInfo> = {}): ProjectInfo {
  const factory = (rel: string, exportName = 'createClient') => ({ file: join(FIXTURE_ROOT, rel), exists: true, exportName });
  return {
    root: FIXTURE_ROOT,
    srcDir: false,
    typescript: true,
    importAlias: '@/',
    nextMajor: 16,
    cacheComponents: false,
    usesAppRouter: true,
    usesPagesRouter: false,
    factories: {
      server: factory('utils/supabase/server.ts'),
      browser: factory('utils/supabase/client.ts'),
      middleware: factory('utils/supabase/middleware.ts', 'updateSession'),
      serverProps: factory('utils/supabase/server-props.ts'),
      api: factory('utils/supabase/api.ts'),
    },
    env: { url: 'NEXT_PUBLIC_SUPABASE_URL', key: 'NEXT_PUBLIC_SUPABASE_ANON_KEY' },
    capabilities: currentCapabilities(),
    ...overrides,
  };
}

interface FactOptions {
  routesNeedingRefresh?: string[];
  helpers?: Record<string, string | null>;
}

/** The versions an app runs, by package, and whether `--update-package-json` may raise them. */
export type Versions = Partial<Record<'@supabase/ssr' | '@supabase/supabase-js' | 'next', string>> & { upgradable?: boolean };

/** Capabilities of an app that runs `versions` (a package left out: the newest release). */
export function capabilitiesFor(versions: Versions): Capabilities {
  const dep = (name: '@supabase/ssr' | '@supabase/supabase-js' | 'next') => ({ name, range: versions[name], version: versions[name], source: versions[name] ? ('range' as const) : undefined, file: undefined });
  return capabilitiesOf({ '@supabase/ssr': dep('@supabase/ssr'), '@supabase/supabase-js': dep('@supabase/supabase-js'), next: dep('next') }, versions.upgradable ?? false);
}

interface CaseOptions {
  path?: string;
  project?: Partial<ProjectInfo>;
  versions?: Versions;
  facts?: FactOptions;
  review?: number;
  /** Findings listed without a marker (TransformResult.findings), as `<line> <rule>`. */
  findings?: string[];
  ruleMayStillReport?: boolean;
  moveTo?: string;
}

/** AppFacts for a fixture: the local ones (nothing on disk), with the routes and helper modules the case names. */
export function fixtureFacts(project: ProjectInfo, options: FactOptions = {}, dir = ''): AppFacts {
  const local = localAppFacts(project);
  return {
    willBeSsrClient: local.willBeSsrClient,
    helperModule(specifier, fromFile) {
      const helper = options.helpers?.[specifier];
      if (helper === undefined) return local.helperModule(specifier, fromFile);
      if (helper === null) return { kind: 'unknown' };
      if (helper === 'scaffolded') return { kind: 'scaffolded', role: 'middleware' };
      const file = join(dir, helper);
      return { kind: 'module', program: parseSource(readFileSync(file, 'utf8'), file)!, file };
    },
    routesNeedingRefresh: () => options.routesNeedingRefresh ?? local.routesNeedingRefresh(),
  };
}

/** Lints `source` as the file at `relPath` with one rule of the plugin; returns the reports. */
async function ruleReports(ruleName: string, relPath: string, source: string, project: ProjectInfo) {
  const { default: plugin } = await import('../../index.ts');
  const linter = new Linter({ cwd: FIXTURE_ROOT });
  return linter.verify(
    source,
    [
      {
        files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { 'supabase-auth': plugin },
        settings: { 'supabase-auth': { nextVersion: project.capabilities.packages.next.version ?? (project.nextMajor ? `${project.nextMajor}.0.0` : undefined), cacheComponents: project.cacheComponents } },
        rules: { [`supabase-auth/${ruleName}`]: 'error' },
      },
    ],
    join(FIXTURE_ROOT, relPath),
  );
}

/**
 * Runs every fixture of `codemod`. `rule` names the lint rule (or rules) whose reports the transform must
 * remove (round trip rule → codemod → rule).
 */
export function runFixtures(codemod: Codemod, rule: string | readonly string[]): void {
  const dir = join(import.meta.dirname, '../../codemods', codemod.name, '__testfixtures__');
  const inputs = readdirSync(dir).filter((f) => /\.input\.[cm]?[jt]sx?$/.test(f)).sort();

  describe(codemod.name, () => {
    it('has at least 10 fixtures', () => expect(inputs.length).toBeGreaterThanOrEqual(10));

    it.each(inputs)('%s', async (input) => {
      const caseName = input.replace(/\.input\..*$/, '');
      const ext = input.slice(input.indexOf('.input.') + '.input.'.length);
      const source = readFileSync(join(dir, input), 'utf8');
      const expected = readFileSync(join(dir, `${caseName}.output.${ext}`), 'utf8');
      const optionsFile = join(dir, `${caseName}.json`);
      const options: CaseOptions = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {};
      const relPath = options.path ?? `app/${caseName}/page.${ext}`;
      const path = join(FIXTURE_ROOT, relPath.replace(/\.[^.]+$/, `.${ext}`));
      const project = defaultProject({ ...options.project, ...(options.versions ? { capabilities: capabilitiesFor(options.versions) } : {}) });
      const facts = fixtureFacts(project, options.facts, dir);

      const moveWithin = [FIXTURE_ROOT];
      const first = codemod.transform({ path, source, moveWithin }, project, facts);
      const output = first.output ?? source;
      expect(output).toBe(expected);
      if (source === expected) expect(first.output).toBeUndefined(); // a no-op must not rewrite the file
      expect(parseError(path, output)).toBeUndefined();
      expect(first.review).toHaveLength(options.review ?? 0);
      expect(first.moveTo === undefined ? undefined : relative(FIXTURE_ROOT, first.moveTo)).toBe(options.moveTo);
      expect((first.findings ?? []).map((f) => `${f.line} ${/\(([a-z-]+)\)$/.exec(f.message)?.[1]}`)).toEqual(options.findings ?? []);
      const finalPath = first.moveTo ?? path;

      const second = codemod.transform({ path: finalPath, source: output, moveWithin }, project, facts);
      expect(second.output).toBeUndefined(); // idempotent
      expect(second.review).toHaveLength(0);
      expect(second.moveTo).toBeUndefined();

      if (!options.ruleMayStillReport) {
        for (const name of typeof rule === 'string' ? [rule] : rule) {
          const reports = await ruleReports(name, relative(FIXTURE_ROOT, finalPath), output, project);
          expect(reports.map((r) => `${r.line}: ${r.message}`)).toEqual([]);
        }
      }
    });
  });
}
