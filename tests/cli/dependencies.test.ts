// The version of a package an app really runs (core/dependencies.ts) and what that version lets the
// migrated code call (core/capabilities.ts): installed copies, every lockfile format, ranges.
import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { apiUses, capabilitiesOf, detectCapabilities, type Api } from '../../core/capabilities.ts';
import { ssrFits, ssrLineFor, versionTargets } from '../../core/version-policy.ts';
import { describeResolved, resolveDependency } from '../../core/dependencies.ts';
import { makeApp, packageJson } from './helpers.ts';

const JS = '@supabase/supabase-js';
const SSR = '@supabase/ssr';
const installed = (name: string, version: string) => ({ [`node_modules/${name}/package.json`]: JSON.stringify({ name, version }) });

describe('resolveDependency', () => {
  it('prefers the installed copy to the range, and to a lockfile that pins the same or newer', () => {
    const root = makeApp(
      {
        'package.json': packageJson({ [JS]: '^2.30.0' }),
        'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { [`node_modules/${JS}`]: { version: '2.40.0' } } }),
        ...installed(JS, '2.38.0'),
      },
      { git: false },
    );
    expect(resolveDependency(root, JS)).toMatchObject({ range: '^2.30.0', version: '2.38.0', source: 'node_modules' });
  });

  it('answers the lockfile when it pins an older version than the installed copy (a fresh `npm ci` installs it)', () => {
    const root = makeApp(
      {
        'package.json': packageJson({ [JS]: 'latest' }),
        'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { [`node_modules/${JS}`]: { version: '2.38.4' } } }),
        ...installed(JS, '2.119.1'),
      },
      { git: false },
    );
    expect(resolveDependency(root, JS)).toMatchObject({ range: 'latest', version: '2.38.4', source: 'package-lock.json' });
  });

  it('answers the range when an installed copy it rules out is newer and nothing is locked (a fresh install takes the range)', () => {
    const root = makeApp({ 'package.json': packageJson({ [SSR]: '^0.1.0' }), ...installed(SSR, '0.12.7') }, { git: false });
    expect(resolveDependency(root, SSR)).toMatchObject({ version: '0.1.0', source: 'range' });
  });

  it('answers a stale installed copy older than the range (the app runs it until it reinstalls)', () => {
    const root = makeApp({ 'package.json': packageJson({ [JS]: '^2.60.0' }), ...installed(JS, '2.40.0') }, { git: false });
    expect(resolveDependency(root, JS)).toMatchObject({ version: '2.40.0', source: 'node_modules' });
  });

  it('finds a copy hoisted to the workspace root', () => {
    const root = makeApp({ 'apps/web/package.json': packageJson({ [SSR]: '^0.1.0' }), ...installed(SSR, '0.1.0') }, { git: false });
    expect(resolveDependency(`${root}/apps/web`, SSR)).toMatchObject({ version: '0.1.0', source: 'node_modules', file: `${root}/node_modules/${SSR}/package.json` });
  });

  it('reads package-lock.json v3, the app folder before the hoisted copy', () => {
    const root = makeApp(
      {
        'package.json': packageJson({}, { workspaces: ['apps/*'] }),
        'apps/web/package.json': packageJson({ [SSR]: '^0.1.0' }),
        'package-lock.json': JSON.stringify({
          lockfileVersion: 3,
          packages: { '': {}, [`node_modules/${SSR}`]: { version: '0.12.7' }, [`apps/web/node_modules/${SSR}`]: { version: '0.1.0' } },
        }),
      },
      { git: false },
    );
    expect(resolveDependency(`${root}/apps/web`, SSR)).toMatchObject({ version: '0.1.0', source: 'package-lock.json' });
    expect(resolveDependency(root, SSR)).toMatchObject({ version: '0.12.7', source: 'package-lock.json' });
  });

  it('reads package-lock.json v1 (`dependencies`)', () => {
    const root = makeApp({ 'package.json': packageJson({ [JS]: 'latest' }), 'package-lock.json': JSON.stringify({ lockfileVersion: 1, dependencies: { [JS]: { version: '2.36.0' } } }) }, { git: false });
    expect(resolveDependency(root, JS)).toMatchObject({ range: 'latest', version: '2.36.0', source: 'package-lock.json' });
  });

  it('reads only the project sections of pnpm-lock.yaml: its packages and snapshots are never parsed', () => {
    const lock = [
      "lockfileVersion: '9.0'",
      'importers:',
      '  .:',
      '    dependencies:',
      `      '${JS}':`,
      '        specifier: latest',
      '        version: 2.38.0',
      'packages:',
      '  {{ not: [ yaml',
      'snapshots:',
      '  - : [',
    ].join('\n');
    const root = makeApp({ 'package.json': packageJson({ [JS]: 'latest' }), 'pnpm-lock.yaml': lock }, { git: false });
    expect(resolveDependency(root, JS)).toMatchObject({ version: '2.38.0', source: 'pnpm-lock.yaml' });
  });

  it('reads pnpm-lock.yaml v9 and v6 importers, and v5 top-level sections with peer suffixes', () => {
    const v9 = makeApp(
      { 'package.json': packageJson({ [JS]: 'latest' }), 'pnpm-lock.yaml': `lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      '${JS}':\n        specifier: latest\n        version: 2.38.0\n` },
      { git: false },
    );
    expect(resolveDependency(v9, JS)).toMatchObject({ version: '2.38.0', source: 'pnpm-lock.yaml' });
    const v6 = makeApp(
      {
        'apps/web/package.json': packageJson({ [SSR]: '^0.1.0' }),
        'pnpm-lock.yaml': `lockfileVersion: '6.0'\nimporters:\n  apps/web:\n    dependencies:\n      '${SSR}':\n        specifier: ^0.1.0\n        version: 0.1.0(@supabase/supabase-js@2.38.0)\n`,
      },
      { git: false },
    );
    expect(resolveDependency(`${v6}/apps/web`, SSR)).toMatchObject({ version: '0.1.0', source: 'pnpm-lock.yaml' });
    const v5 = makeApp({ 'package.json': packageJson({ [JS]: '^2.0.0' }), 'pnpm-lock.yaml': `lockfileVersion: 5.4\nspecifiers:\n  '${JS}': ^2.0.0\ndependencies:\n  '${JS}': 2.36.0_react@18.2.0\n` }, { git: false });
    expect(resolveDependency(v5, JS)).toMatchObject({ version: '2.36.0', source: 'pnpm-lock.yaml' });
  });

  it('reads yarn.lock v1 and berry, by the descriptor that names the app’s range', () => {
    const v1 = makeApp(
      {
        'package.json': packageJson({ [JS]: 'latest' }),
        'yarn.lock': `# yarn lockfile v1\n\n\n"${JS}@^2.50.0":\n  version "2.60.0"\n\n"${JS}@latest":\n  version "2.38.0"\n  resolved "https://example.invalid/x.tgz"\n`,
      },
      { git: false },
    );
    expect(resolveDependency(v1, JS)).toMatchObject({ version: '2.38.0', source: 'yarn.lock' });
    const berry = makeApp(
      {
        'package.json': packageJson({ [SSR]: '^0.0.10' }),
        'yarn.lock': `__metadata:\n  version: 8\n  cacheKey: 10c0\n\n"${SSR}@npm:^0.0.10":\n  version: 0.0.10\n  resolution: "${SSR}@npm:0.0.10"\n  languageName: node\n  linkType: hard\n`,
      },
      { git: false },
    );
    expect(resolveDependency(berry, SSR)).toMatchObject({ version: '0.0.10', source: 'yarn.lock' });
  });

  it('falls back to the lowest version the range allows, and knows nothing for tags and protocols', () => {
    const root = makeApp({ 'package.json': packageJson({ [SSR]: '^0.6.1', [JS]: 'latest', next: 'workspace:*' }) }, { git: false });
    expect(resolveDependency(root, SSR)).toMatchObject({ version: '0.6.1', source: 'range' });
    expect(describeResolved(resolveDependency(root, SSR))).toBe('0.6.1 (the lowest version ^0.6.1 allows)');
    expect(resolveDependency(root, JS)).toMatchObject({ range: 'latest', version: undefined, source: undefined });
    expect(resolveDependency(root, 'next')).toMatchObject({ version: undefined });
    expect(resolveDependency(root, 'left-pad')).toMatchObject({ range: undefined, version: undefined });
  });

  it('answers undefined for a lockfile it cannot read, instead of throwing', () => {
    const root = makeApp({ 'package.json': packageJson({ [JS]: 'latest' }), 'pnpm-lock.yaml': 'importers: [unclosed\n', 'node_modules/.keep': '' }, { git: false });
    expect(resolveDependency(root, JS)).toMatchObject({ version: undefined });
  });
});

describe('capabilities', () => {
  it('says which APIs the versions have (facts §3 minimum versions)', () => {
    const root = makeApp({ 'package.json': packageJson({ [SSR]: '^0.1.0', [JS]: '2.38.0', next: '14.2.0' }) }, { git: false });
    expect(detectCapabilities(root, { upgradable: false }).has).toEqual({
      cookieMethodsGetAllSetAll: false,
      serializeCookieHeader: false,
      setAllHeaders: false,
      getClaims: false,
      isAuthSessionMissingError: false,
      cookieSetWithOptions: true,
      asyncCookies: false,
      proxyFile: false,
    });
    const current = makeApp({ 'package.json': packageJson({ [SSR]: '^0.10.0', [JS]: '^2.49.2', next: '^16.0.0' }) }, { git: false });
    expect(Object.values(detectCapabilities(current, { upgradable: false }).has).every(Boolean)).toBe(true);
    const between = makeApp({ 'package.json': packageJson({ [SSR]: '0.4.0', [JS]: '2.45.4', next: '15.0.0' }) }, { git: false });
    expect(detectCapabilities(between, { upgradable: false }).has).toMatchObject({ cookieMethodsGetAllSetAll: true, setAllHeaders: false, getClaims: false, isAuthSessionMissingError: true, asyncCookies: true, proxyFile: false });
  });

  it('with --update-package-json, counts the versions the policy moves the app to, never a newer next', () => {
    const root = makeApp({ 'package.json': packageJson({ [SSR]: '^0.1.0', [JS]: '2.38.0', next: '14.2.0' }) }, { git: false });
    const caps = detectCapabilities(root, { upgradable: true });
    // supabase-js 2.38 is older than every ssr line with getAll/setAll accepts: ~2.55.0, then ssr 0.7.0 (no setAll headers)
    expect(caps.resulting).toEqual({ [SSR]: '0.7.0', [JS]: '2.55.0', next: '14.2.0' });
    expect(caps.has).toMatchObject({ cookieMethodsGetAllSetAll: true, getClaims: true, setAllHeaders: false, asyncCookies: false, proxyFile: false });
    expect(caps.packages[JS]).toMatchObject({ version: '2.38.0', source: 'range' }); // what it runs today, for messages
  });

  it('keeps an ssr that has getAll/setAll and fits its supabase-js; otherwise moves it to the line made for that supabase-js', () => {
    const caps = (ssr: string, js: string) => detectCapabilities(makeApp({ 'package.json': packageJson({ [SSR]: ssr, [JS]: js, next: '15.0.0' }) }, { git: false }), { upgradable: true });
    expect(caps('0.5.2', '2.48.1').resulting).toMatchObject({ [SSR]: '0.5.2', [JS]: '2.48.1' });
    expect(caps('0.5.2', '2.48.1').has).toMatchObject({ getClaims: false, setAllHeaders: false });
    expect(caps('0.5.2', '2.119.1').resulting).toMatchObject({ [SSR]: '0.12.7', [JS]: '2.119.1' }); // ssr < 0.7 does not type with supabase-js ≥ 2.56
    expect(caps('0.0.10', '2.45.0').resulting).toMatchObject({ [SSR]: '0.7.0', [JS]: '2.45.0' });
    expect(caps('0.1.0', '2.105.0').resulting).toMatchObject({ [SSR]: '0.10.3', [JS]: '2.105.0' });
  });
  it('treats an unknown version as the newest release', () => {
    const unknown = { range: 'latest', version: undefined, source: undefined, file: undefined };
    const caps = capabilitiesOf({ [SSR]: { name: SSR, ...unknown }, [JS]: { name: JS, ...unknown }, next: { name: 'next', ...unknown } }, false);
    expect(Object.values(caps.has).every(Boolean)).toBe(true);
  });
});

describe('apiUses', () => {
  const uses = (code: string) => Object.fromEntries(apiUses(parse(code, { jsx: true, range: true, loc: true }))) as Partial<Record<Api, number>>;

  it('counts the version-dependent APIs a file calls', () => {
    const code = `import { createServerClient, serializeCookieHeader } from '@supabase/ssr'
import { isAuthSessionMissingError } from '@supabase/supabase-js'
import { cookies as headersCookies } from 'next/headers'
export async function f(req, res) {
  const store = await headersCookies()
  const supabase = createServerClient(u, k, { cookies: {
    getAll() { return store.getAll() },
    setAll(cookiesToSet, headers) { res.setHeader('Set-Cookie', cookiesToSet.map((c) => serializeCookieHeader(c.name, c.value, c.options))) },
  } })
  const { data } = await supabase.auth.getClaims()
  return isAuthSessionMissingError(data)
}`;
    expect(uses(code)).toEqual({ serializeCookieHeader: 1, isAuthSessionMissingError: 1, asyncCookies: 1, cookieMethodsGetAllSetAll: 2, setAllHeaders: 1, getClaims: 1 });
  });

  it('does not count look-alikes: cookieStore.getAll() calls, getAll in a class, a local cookies(), getClaims as a name', () => {
    const code = `function cookies() { return [] }
class Store { getAll() { return [] } }
const getClaims = 1
export async function f(store) { await cookies(); return store.getAll() }`;
    expect(uses(code)).toEqual({});
  });
});

describe('version policy (class B: the least disruptive pair that works)', () => {
  it('picks the ssr line made for the app’s supabase-js, never the newest by default', () => {
    expect(ssrLineFor('2.38.0')).toBeUndefined();
    expect(ssrLineFor('2.43.4')).toBe('0.7.0');
    expect(ssrLineFor('2.75.0')).toBe('0.7.0');
    expect(ssrLineFor('2.76.1')).toBe('0.8.0');
    expect(ssrLineFor('2.99.0')).toBe('0.9.0');
    expect(ssrLineFor('2.110.0')).toBe('0.10.3');
    expect(ssrLineFor('2.119.1')).toBe('0.12.7');
    expect(ssrLineFor(undefined)).toBe('0.12.7');
  });

  it('knows which pairs type-check together', () => {
    expect(ssrFits('0.5.2', '2.55.0')).toBe(true);
    expect(ssrFits('0.6.1', '2.56.0')).toBe(false);
    expect(ssrFits('0.7.0', '2.56.0')).toBe(true);
    expect(ssrFits('0.10.3', '2.97.0')).toBe(false);
    expect(ssrFits(undefined, '2.10.0')).toBe(true);
  });

  it('raises supabase-js only when no ssr line accepts it, with a range an install cannot float past', () => {
    expect(versionTargets(undefined, '2.31.0')).toEqual({ [JS]: { range: '~2.55.0', version: '2.55.0' }, [SSR]: { range: '^0.7.0', version: '0.7.0' } });
    expect(versionTargets('0.5.2', '2.48.1')).toEqual({ [JS]: undefined, [SSR]: { range: '^0.7.0', version: '0.7.0' } });
    expect(versionTargets(undefined, undefined)).toEqual({ [JS]: undefined, [SSR]: { range: '^0.12.7', version: '0.12.7' } });
    // an ssr newer than its supabase-js allows keeps its line: supabase-js moves to that line's minimum
    expect(versionTargets('0.12.7', '2.36.0')).toEqual({ [JS]: { range: '~2.114.0', version: '2.114.0' }, [SSR]: { range: '^0.12.7', version: '0.12.7' } });
  });
});
