// Which Supabase and Next.js APIs an app can call, given the versions it really runs (core/dependencies.ts),
// and which of those APIs a piece of code calls. The migration must not emit code for an API the
// installed packages lack (`getAll`/`setAll` on `@supabase/ssr` 0.1, `getClaims()` on supabase-js 2.38):
// that compiles into a crash. Minimum versions: supabase-auth-facts.md §3 "Minimum versions".
import { AST_NODE_TYPES, simpleTraverse, type TSESTree } from '@typescript-eslint/typescript-estree';
import semver from 'semver';
import { resolveDependency, type ResolvedDependency } from './dependencies.ts';
import { GET_CLAIMS_MIN_SUPABASE_JS, SSR_PACKAGE, SUPABASE_JS_PACKAGE } from './supabase.ts';
import { resultingVersions, versionTargets, type VersionTargets } from './version-policy.ts';

export const NEXT_PACKAGE = 'next';

/** The packages whose versions decide what the migrated code may call. */
export const CAPABILITY_PACKAGES = [SSR_PACKAGE, SUPABASE_JS_PACKAGE, NEXT_PACKAGE] as const;
export type CapabilityPackage = (typeof CAPABILITY_PACKAGES)[number];

export interface ApiRequirement {
  package: CapabilityPackage;
  /** The first version that has the API. */
  since: string;
  /** How messages name the API. */
  label: string;
}

/** Every API whose presence depends on a version, with the version that introduced it (facts §3). */
export const API_REQUIREMENTS = {
  /** `cookies: { getAll, setAll }` in `createServerClient`/`createBrowserClient`. */
  cookieMethodsGetAllSetAll: { package: SSR_PACKAGE, since: '0.4.0', label: 'the `getAll`/`setAll` cookie methods' },
  /** `serializeCookieHeader` and `parseCookieHeader` exported by `@supabase/ssr`. */
  serializeCookieHeader: { package: SSR_PACKAGE, since: '0.4.0', label: '`serializeCookieHeader`/`parseCookieHeader`' },
  /** `setAll(cookiesToSet, headers)`: the cache headers to set with the cookies. */
  setAllHeaders: { package: SSR_PACKAGE, since: '0.10.0', label: "`setAll`'s second argument (cache headers)" },
  /** `supabase.auth.getClaims()`. */
  getClaims: { package: SUPABASE_JS_PACKAGE, since: GET_CLAIMS_MIN_SUPABASE_JS, label: '`auth.getClaims()`' },
  /** `isAuthSessionMissingError` (and the `session_not_found` conversion). */
  isAuthSessionMissingError: { package: SUPABASE_JS_PACKAGE, since: '2.45.4', label: '`isAuthSessionMissingError`' },
  /**
   * `cookieStore.set(name, value, options)` on the store `cookies()` returns; Next 13.0–13.4.3 typed it
   * `set(name, value)` or `set({ name, value, … })`, which every later version still accepts.
   */
  cookieSetWithOptions: { package: NEXT_PACKAGE, since: '13.4.4', label: '`cookies().set(name, value, options)`' },
  /** `await cookies()` from `next/headers` (a promise since Next 15, required from 16). */
  asyncCookies: { package: NEXT_PACKAGE, since: '15.0.0', label: 'async `cookies()`' },
  /** A `proxy.ts` entry file (Next ≤ 15 ignores it and runs no middleware at all). */
  proxyFile: { package: NEXT_PACKAGE, since: '16.0.0', label: 'the `proxy.ts` entry file' },
} as const satisfies Record<string, ApiRequirement>;

export type Api = keyof typeof API_REQUIREMENTS;
export const APIS = Object.keys(API_REQUIREMENTS) as Api[];

/**
 * `ProjectInfo.capabilities`: what the migrated code may call in this app. Computed once per app by the
 * runner (`supabase-auth migrate`); JSON-serialisable.
 *
 * Transforms read `has`: `has.getClaims === false` means emitting `getClaims()` would crash this app, so
 * emit the older form (`getUser()`) or leave a review item instead. `has` describes the versions the
 * migrated code will run on (`resulting`): the installed ones, or with `--update-package-json` the pair
 * core/version-policy.ts moves the app to where the installed one does not do. `next` is never raised. A
 * package whose version cannot be known (not declared yet, `"latest"` with no lockfile) counts as current:
 * an install fetches the newest release.
 */
export interface Capabilities {
  has: Record<Api, boolean>;
  /** The version each package really runs (installed, locked, or the range's minimum), for messages. */
  packages: Record<CapabilityPackage, ResolvedDependency>;
  /** The version each package will run once migrate's package.json changes are installed (undefined: the newest). */
  resulting: Record<CapabilityPackage, string | undefined>;
  /** What ssr (and, when no ssr line accepts the app's version, supabase-js) is added at or raised to. */
  targets: VersionTargets;
  /** `--update-package-json`: ssr and supabase-js may be raised (core/version-policy.ts). */
  upgradable: boolean;
}

/** Whether `version` (undefined: unknown, so the newest) has `api`. */
export function versionHas(api: Api, version: string | undefined): boolean {
  const known = version === undefined ? null : semver.coerce(version, { includePrerelease: false });
  return known === null || semver.gte(known, API_REQUIREMENTS[api].since);
}

/** Capabilities of the app at `appRoot`; `upgradable` when the runner may raise the Supabase packages. */
export function detectCapabilities(appRoot: string, options: { upgradable: boolean }): Capabilities {
  const packages = Object.fromEntries(CAPABILITY_PACKAGES.map((name) => [name, resolveDependency(appRoot, name)])) as Record<CapabilityPackage, ResolvedDependency>;
  return capabilitiesOf(packages, options.upgradable);
}

export function capabilitiesOf(packages: Record<CapabilityPackage, ResolvedDependency>, upgradable: boolean): Capabilities {
  const ssr = packages[SSR_PACKAGE];
  const supabaseJs = packages[SUPABASE_JS_PACKAGE].version;
  const after = resultingVersions({ ssr: ssr.version, supabaseJs, ssrListed: ssr.range !== undefined || ssr.source === 'node_modules' }, upgradable);
  const resulting: Record<CapabilityPackage, string | undefined> = { [SSR_PACKAGE]: after.ssr, [SUPABASE_JS_PACKAGE]: after.supabaseJs, [NEXT_PACKAGE]: packages[NEXT_PACKAGE].version };
  const has = {} as Record<Api, boolean>;
  for (const api of APIS) has[api] = versionHas(api, resulting[API_REQUIREMENTS[api].package]);
  return { has, packages, resulting, targets: versionTargets(ssr.version, supabaseJs), upgradable };
}

/** An app on the newest releases: every API available (tests, and callers that know nothing better). */
export function currentCapabilities(): Capabilities {
  const unknown = (name: CapabilityPackage): ResolvedDependency => ({ name, range: undefined, version: undefined, source: undefined, file: undefined });
  return capabilitiesOf({ [SSR_PACKAGE]: unknown(SSR_PACKAGE), [SUPABASE_JS_PACKAGE]: unknown(SUPABASE_JS_PACKAGE), [NEXT_PACKAGE]: unknown(NEXT_PACKAGE) }, false);
}

const propertyName = (node: TSESTree.Property): string | undefined =>
  node.computed ? undefined : node.key.type === AST_NODE_TYPES.Identifier ? node.key.name : node.key.type === AST_NODE_TYPES.Literal ? String(node.key.value) : undefined;

const functionOf = (node: TSESTree.Node): TSESTree.FunctionLike | undefined =>
  node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.ArrowFunctionExpression ? node : undefined;

/**
 * How many times `program` uses each version-dependent API. Counted, so a caller can tell the uses a
 * rewrite added (output minus input) from those the app already had. `proxyFile` is a file name, not
 * code: callers count it themselves.
 */
export function apiUses(program: TSESTree.Program): Map<Api, number> {
  const uses = new Map<Api, number>();
  const add = (api: Api) => uses.set(api, (uses.get(api) ?? 0) + 1);
  const cookiesFromNext = new Set<string>();
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration) continue;
    for (const spec of statement.specifiers) {
      if (spec.type !== AST_NODE_TYPES.ImportSpecifier || spec.imported.type !== AST_NODE_TYPES.Identifier) continue;
      const imported = spec.imported.name;
      if (statement.source.value === SSR_PACKAGE && (imported === 'serializeCookieHeader' || imported === 'parseCookieHeader')) add('serializeCookieHeader');
      if (statement.source.value === SUPABASE_JS_PACKAGE && imported === 'isAuthSessionMissingError') add('isAuthSessionMissingError');
      if (statement.source.value === 'next/headers' && imported === 'cookies') cookiesFromNext.add(spec.local.name);
    }
  }
  simpleTraverse(program, {
    enter(node) {
      if (node.type === AST_NODE_TYPES.CallExpression) {
        const callee = node.callee;
        if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier && callee.property.name === 'getClaims') add('getClaims');
      } else if (node.type === AST_NODE_TYPES.AwaitExpression) {
        const arg = node.argument;
        if (arg.type === AST_NODE_TYPES.CallExpression && arg.callee.type === AST_NODE_TYPES.Identifier && cookiesFromNext.has(arg.callee.name)) add('asyncCookies');
      } else if (node.type === AST_NODE_TYPES.Property) {
        // Object-literal methods only: a cookie adapter is `cookies: { getAll() {…}, setAll(…) {…} }`.
        const name = propertyName(node);
        const fn = functionOf(node.value);
        if ((name === 'getAll' || name === 'setAll') && fn) {
          add('cookieMethodsGetAllSetAll');
          if (name === 'setAll' && fn.params.length >= 2) add('setAllHeaders');
        }
      }
    },
  });
  return uses;
}
