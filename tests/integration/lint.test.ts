// The plugin's presets run through the real ESLint class over small, realistic Next.js apps
// (tests/fixtures/apps, described finding by finding in its README): each app is linted as a whole from
// its own root, so app roots, tsconfig aliases, next.config and sibling files are read as in a real run.
// Every finding is listed; anything else reported (a trap firing) fails the test.
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.ts';

const appsDir = join(import.meta.dirname, '../fixtures/apps');

async function findings(app: string, preset: 'recommended' | 'strict'): Promise<string[]> {
  const cwd = join(appsDir, app);
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: plugin.configs[preset] });
  const results = await eslint.lintFiles(['.']);
  return results
    .flatMap((result) =>
      result.messages.map((m) => {
        if (m.fatal) throw new Error(`${result.filePath}: ${m.message}`);
        return `${relative(cwd, result.filePath)}:${m.line} ${m.ruleId?.replace('supabase-auth/', '')}/${m.messageId}`;
      }),
    )
    .sort();
}

const recommended: Record<string, string[]> = {
  'app-router': [
    'app/account/page.tsx:4 require-dynamic-auth-page/cachedRevalidate',
    'app/dashboard/page.tsx:8 no-server-get-session/userFromSession',
    'middleware.ts:4 require-middleware-matcher/missingConfig',
  ],
  'pages-router': [
    'pages/account.tsx:1 no-auth-helpers/deprecatedCreator',
    'pages/account.tsx:12 no-server-get-session/userFromSession',
    'pages/api/me.ts:6 require-set-all/deprecatedMethods',
  ],
  'src-layout': ['src/proxy.ts:9 require-middleware-matcher/narrowMatcher'],
  'both-entry': [
    'middleware.ts:4 require-middleware-matcher/bothMiddlewareAndProxy',
    'proxy.ts:4 require-middleware-matcher/bothMiddlewareAndProxy',
  ],
  'cache-components': [
    'app/account/page.tsx:5 require-dynamic-auth-page/incompatibleSegmentConfig',
    'app/notes/page.tsx:6 require-dynamic-auth-page/useCacheAroundAuth',
  ],
  'wrapper-alias': ['app/page.tsx:6 no-server-get-session/userFromSession'],
  'graph-roles': [
    'src/app/api/export/route.ts:7 require-set-all/cookieStoreAsMethods',
    'src/lib/auth/get-session.ts:8 no-server-get-session/userFromSession',
    'src/lib/billing/plan.ts:11 no-server-get-session/userFromSession',
    'src/middleware.ts:12 no-dropped-auth-cookies/staleResponse',
    'src/middleware.ts:8 no-server-get-session/sessionGuardsAccess',
    'src/queries/server/profile.ts:5 no-server-get-session/userFromSession',
    'src/utils/supabase/server.ts:6 require-set-all/missingSetAll',
  ],
  'session-lifecycle': [
    'app/middleware.ts:5 require-session-refresh/misplacedEntry',
    'app/projects/[id]/page.tsx:4 require-dynamic-auth-page/sessionInStaticParams',
    'lib/supabase/proxy.ts:21 no-dropped-auth-cookies/returnBeforeRefresh',
    'lib/supabase/proxy.ts:34 no-dropped-auth-cookies/newResponse',
    'proxy.ts:9 no-dropped-auth-cookies/newResponse',
  ],
  'no-proxy': ['src/utils/supabase/server.ts:7 require-session-refresh/noEntryFile'],
  'security-auth': [
    'app/admin/page.tsx:9 no-user-metadata-authorization/decidesAccess',
    'app/api/me/route.ts:6 require-claims-check/unguardedClaims',
    'app/auth/signout/route.ts:7 no-auth-error-string-match/neverMatches',
    'app/dashboard/page.tsx:6 require-awaited-cookies/unawaitedFactory',
    'app/dashboard/page.tsx:8 require-claims-check/errorOnlyCheck',
    'lib/auth/errors.ts:10 no-auth-error-string-match/codeMessage',
    'lib/supabase/reports-client.ts:6 require-awaited-cookies/unsafeUnwrappedCookies',
  ],
  'keys-and-clients': [
    'app/components/theme-switch.tsx:2 no-misplaced-client-factory/nextHeadersInClientModule',
    'app/components/users-panel.tsx:6 no-public-secret/secretInBrowser',
    'app/profile/page.tsx:5 no-misplaced-client-factory/browserClientOnServer',
    'lib/env.ts:3 no-public-secret/publicSecretName',
    'lib/supabase-singleton.ts:9 no-shared-server-client/storedInModuleVariable',
    'next.config.ts:5 no-public-secret/secretInConfigEnv',
    'utils/supabase/action-client.ts:4 no-misplaced-client-factory/factoryInUseServerModule',
    'utils/supabase/admin.ts:8 no-service-key-in-user-client/secretKeyInUserClient',
  ],
};

/**
 * What `strict` adds: explicit `force-dynamic` on every page/route that creates the server client, and browser
 * clients that server code only queries (`no-misplaced-client-factory` with `reportAnonymousQueries`).
 */
const strictExtra: Record<string, string[]> = {
  'app-router': [
    'app/account/page.tsx:7 require-dynamic-auth-page/missingForceDynamic',
    'app/dashboard/page.tsx:5 require-dynamic-auth-page/missingForceDynamic',
  ],
  'both-entry': ['app/page.tsx:4 require-dynamic-auth-page/missingForceDynamic'],
  'src-layout': [
    'src/app/dashboard/page.tsx:5 require-dynamic-auth-page/missingForceDynamic',
    'src/app/settings/page.tsx:5 require-dynamic-auth-page/missingForceDynamic',
  ],
  'wrapper-alias': ['app/page.tsx:5 require-dynamic-auth-page/missingForceDynamic'],
  'session-lifecycle': [
    'app/[username]/page.tsx:5 require-dynamic-auth-page/missingForceDynamic',
    'app/account/page.tsx:5 require-dynamic-auth-page/missingForceDynamic',
    'app/blog/page.tsx:4 require-dynamic-auth-page/missingForceDynamic',
    'app/share/[id]/page.tsx:6 require-dynamic-auth-page/missingForceDynamic',
    'app/teams/[team]/page.tsx:12 require-dynamic-auth-page/missingForceDynamic',
  ],
  'no-proxy': ['src/app/dashboard/page.tsx:5 require-dynamic-auth-page/missingForceDynamic'],
  'graph-roles': [
    'src/app/account/page.tsx:5 require-dynamic-auth-page/missingForceDynamic',
    'src/app/page.tsx:5 require-dynamic-auth-page/missingForceDynamic',
  ],
  'security-auth': [
    'app/admin/page.tsx:5 require-dynamic-auth-page/missingForceDynamic',
    'app/dashboard/page.tsx:6 require-dynamic-auth-page/missingForceDynamic',
    'app/page.tsx:4 require-dynamic-auth-page/missingForceDynamic',
  ],
  'keys-and-clients': [
    'app/account/page.tsx:6 require-dynamic-auth-page/missingForceDynamic',
    'app/admin/page.tsx:5 require-dynamic-auth-page/missingForceDynamic',
    'app/reports/page.tsx:4 no-misplaced-client-factory/browserClientOnServer',
  ],
};

describe('fixture apps', () => {
  it.each(Object.keys(recommended))('%s: recommended reports exactly the intended findings', async (app) => {
    expect(await findings(app, 'recommended')).toEqual(recommended[app]);
  });

  it.each(Object.keys(recommended))('%s: strict adds only explicit force-dynamic and anonymous browser-client queries', async (app) => {
    expect(await findings(app, 'strict')).toEqual([...recommended[app]!, ...(strictExtra[app] ?? [])].sort());
  });
});
