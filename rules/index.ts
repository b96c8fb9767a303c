// The rule registry, alphabetical (tests/plugin.test.ts enforces the order and that every rule file is here).
import noAuthHelpers from './no-auth-helpers.ts';
import noDroppedAuthCookies from './no-dropped-auth-cookies.ts';
import noServerGetSession from './no-server-get-session.ts';
import requireDynamicAuthPage from './require-dynamic-auth-page.ts';
import requireMiddlewareMatcher from './require-middleware-matcher.ts';
import requireSessionRefresh from './require-session-refresh.ts';
import requireSetAll from './require-set-all.ts';

export const rules = {
  'no-auth-helpers': noAuthHelpers,
  'no-dropped-auth-cookies': noDroppedAuthCookies,
  'no-server-get-session': noServerGetSession,
  'require-dynamic-auth-page': requireDynamicAuthPage,
  'require-middleware-matcher': requireMiddlewareMatcher,
  'require-session-refresh': requireSessionRefresh,
  'require-set-all': requireSetAll,
};
