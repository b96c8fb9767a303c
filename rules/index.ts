// The rule registry, alphabetical (tests/plugin.test.ts enforces the order and that every rule file is here).
import noAuthErrorStringMatch from './no-auth-error-string-match.ts';
import noAuthHelpers from './no-auth-helpers.ts';
import noDroppedAuthCookies from './no-dropped-auth-cookies.ts';
import noMisplacedClientFactory from './no-misplaced-client-factory.ts';
import noPublicSecret from './no-public-secret.ts';
import noServerGetSession from './no-server-get-session.ts';
import noServiceKeyInUserClient from './no-service-key-in-user-client.ts';
import noSharedServerClient from './no-shared-server-client.ts';
import noUserMetadataAuthorization from './no-user-metadata-authorization.ts';
import requireAwaitedCookies from './require-awaited-cookies.ts';
import requireClaimsCheck from './require-claims-check.ts';
import requireDynamicAuthPage from './require-dynamic-auth-page.ts';
import requireMiddlewareMatcher from './require-middleware-matcher.ts';
import requireSessionRefresh from './require-session-refresh.ts';
import requireSetAll from './require-set-all.ts';

export const rules = {
  'no-auth-error-string-match': noAuthErrorStringMatch,
  'no-auth-helpers': noAuthHelpers,
  'no-dropped-auth-cookies': noDroppedAuthCookies,
  'no-misplaced-client-factory': noMisplacedClientFactory,
  'no-public-secret': noPublicSecret,
  'no-server-get-session': noServerGetSession,
  'no-service-key-in-user-client': noServiceKeyInUserClient,
  'no-shared-server-client': noSharedServerClient,
  'no-user-metadata-authorization': noUserMetadataAuthorization,
  'require-awaited-cookies': requireAwaitedCookies,
  'require-claims-check': requireClaimsCheck,
  'require-dynamic-auth-page': requireDynamicAuthPage,
  'require-middleware-matcher': requireMiddlewareMatcher,
  'require-session-refresh': requireSessionRefresh,
  'require-set-all': requireSetAll,
};
