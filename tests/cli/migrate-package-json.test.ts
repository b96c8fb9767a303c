// Issue 8, class 16: a package.json that `--update-package-json` cannot edit safely stops the run with a
// clear error and exit 2 before anything is written; one it can edit keeps its formatting.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, git, HELPERS_PAGE, makeApp, packageJson, runCli, snapshot } from './helpers.ts';

describe('package.json that cannot be edited', () => {
  it('refuses a package.json that is not JSON: exit 2, nothing written', () => {
    const root = makeApp({ ...BASE, 'package.json': '{ "dependencies": { "next": "15.5.0", }\n', 'app/dashboard/page.tsx': HELPERS_PAGE });
    const before = snapshot(root);
    const run = runCli(root, 'migrate', '--update-package-json');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^supabase-auth: package\.json: it is not valid JSON \(.+\)\. Fix it, or run migrate without --update-package-json\. Nothing was written\.\n$/);
    expect(run.stdout).toBe('');
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses dependencies that are an array instead of turning them into an object', () => {
    const text = JSON.stringify({ name: 'app', dependencies: ['next', '@supabase/auth-helpers-nextjs'] }, null, 2);
    const root = makeApp({ ...BASE, 'package.json': text, 'next.config.js': 'module.exports = {}\n', 'app/dashboard/page.tsx': HELPERS_PAGE });
    const before = snapshot(root);
    const run = runCli(root, 'migrate', '--update-package-json');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'supabase-auth: package.json: `dependencies` is an array, not an object mapping package names to versions. Fix it, or run migrate without --update-package-json. Nothing was written.\n',
    );
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses a version that is not a string', () => {
    const root = makeApp({ ...BASE, 'package.json': packageJson({ next: '15.5.0', '@supabase/ssr': 12 as unknown as string }), 'app/dashboard/page.tsx': HELPERS_PAGE });
    const run = runCli(root, 'migrate', '--update-package-json');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('package.json: `dependencies.@supabase/ssr` is a number, not a version range.');
  });

  it('without --update-package-json, migrates the code and says the versions are unknown', () => {
    const root = makeApp({ ...BASE, 'package.json': '{ "dependencies": { "next": "15.5.0" ', 'next.config.js': 'module.exports = {}\n', 'app/dashboard/page.tsx': HELPERS_PAGE });
    const run = runCli(root, 'migrate', '--json');
    const report = JSON.parse(run.stdout);
    expect(report.notices).toContainEqual(expect.stringMatching(/^package\.json could not be read \(it is not valid JSON \(.+\)\): the Supabase packages it lists and their versions are unknown\.$/));
    expect(report.files).toContainEqual(expect.objectContaining({ file: 'app/dashboard/page.tsx', status: 'changed' }));
  });
});

describe('package.json that can be edited', () => {
  it('keeps tabs, CRLF line endings, the key order and the final newline', () => {
    const text = '{\r\n\t"name": "app",\r\n\t"dependencies": {\r\n\t\t"@supabase/auth-helpers-nextjs": "^0.10.0",\r\n\t\t"next": "15.5.0"\r\n\t},\r\n\t"private": true\r\n}\r\n';
    const root = makeApp({ ...BASE, 'package.json': '', 'app/dashboard/page.tsx': HELPERS_PAGE });
    writeFileSync(join(root, 'package.json'), text);
    git(root, 'commit', '-qam', 'tabs');
    runCli(root, 'migrate', '--update-package-json');
    expect(readFileSync(join(root, 'package.json'), 'utf8')).toBe(
      '{\r\n\t"name": "app",\r\n\t"dependencies": {\r\n\t\t"@supabase/ssr": "^0.12.7",\r\n\t\t"@supabase/supabase-js": "^2.119.1",\r\n\t\t"next": "15.5.0"\r\n\t},\r\n\t"private": true\r\n}\r\n',
    );
  });
});
