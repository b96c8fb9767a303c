// What this project knows about Supabase Auth's runtime API surface that the security rules check:
// the error classes and messages, which server error codes survive as `AuthApiError.code`, the type
// guards and the supabase-js versions that export them, what `getClaims()` returns without a session,
// and which user fields the user can write. Sources: ../shared/reference/supabase-auth-facts.md §1.1,
// §2.4, §2.11, §2.15; the classes in `@supabase/auth-js/dist/module/lib/errors.js` and
// `lib/fetch.js` `handleError` (2.119.1, checked against node_modules by tests/core/auth-api.test.ts); the
// server's messages in supabase/auth `internal/tokens/service.go`, `internal/api/{auth,middleware,token}.go`
// (commit bc32168, 2026-08-20).
import { SUPABASE_JS_PACKAGE } from './supabase.ts';

// ---- Errors (§2.4) ---------------------------------------------------------------------------------

/** Modules whose exports include the auth error guards: supabase-js re-exports all of auth-js. */
export const ERROR_GUARD_MODULES: readonly string[] = [SUPABASE_JS_PACKAGE, '@supabase/auth-js'];

/** Where a fix imports a guard from. */
export const ERROR_GUARD_IMPORT_SOURCE = SUPABASE_JS_PACKAGE;

/** `isAuthApiError(e)`: the error came from the Auth server, so its `code` is the server's error code. */
export const AUTH_API_ERROR_GUARD = 'isAuthApiError';

/**
 * The first supabase-js whose auth errors carry the server's `code`: auth-js 2.63.0 (`handleError` reads
 * `data.code`/`data.error_code`; absent from gotrue-js 2.62.2), pinned by supabase-js 2.42.0
 * (`npm view @supabase/supabase-js@2.42.0 dependencies`). Before it, messages were all there was.
 */
export const ERROR_CODES_SINCE = '2.42.0';

/**
 * `AuthSessionMissingError`, thrown (as `{ error }`) by auth-js itself: `getUser()` without a session, and
 * since auth-js 2.65.0 (supabase-js 2.45.3, `npm view @supabase/supabase-js@2.45.3 dependencies`) for the
 * server's `session_not_found` too: `handleError` turns that code into this class, whose `code` is
 * `undefined`. The guard `isAuthSessionMissingError` was added in the same release (absent from 2.64.4).
 */
export const SESSION_MISSING_ERROR = {
  name: 'AuthSessionMissingError',
  message: 'Auth session missing!',
  guard: 'isAuthSessionMissingError',
  /** The server error code that no longer reaches application code. */
  convertedCode: 'session_not_found',
  /** The first supabase-js whose auth-js converts the code and exports the guard. */
  since: '2.45.3',
} as const;

/** What a message the Auth server sends turns into on the client. */
export interface ServerMessage {
  message: string;
  code: string;
  /** `api`: an `AuthApiError` carrying `code`; `session-missing`: converted to {@link SESSION_MISSING_ERROR}. */
  arrives: 'api' | 'session-missing';
}

/**
 * Messages the Auth server sends about sessions and refresh tokens, with their error codes
 * (supabase/auth `internal/tokens/service.go` l.210–577, `internal/api/auth.go` l.155,
 * `internal/api/middleware.go` l.218). The messages are not an API; the codes are (Supabase's "Error Codes"
 * guide: identify `AuthApiError`s with `isAuthApiError` and `code`).
 */
export const SESSION_SERVER_MESSAGES: readonly ServerMessage[] = [
  { message: 'Session from session_id claim in JWT does not exist', code: 'session_not_found', arrives: 'session-missing' },
  { message: 'Invalid Refresh Token: No Valid Session Found', code: 'session_not_found', arrives: 'session-missing' },
  { message: 'Invalid Refresh Token: Refresh Token Not Found', code: 'refresh_token_not_found', arrives: 'api' },
  { message: 'Invalid Refresh Token: Already Used', code: 'refresh_token_already_used', arrives: 'api' },
  { message: 'Invalid Refresh Token: Session Expired', code: 'session_expired', arrives: 'api' },
  { message: 'Invalid Refresh Token: Session Expired (Inactivity)', code: 'session_expired', arrives: 'api' },
  { message: 'Invalid Refresh Token: Session Expired (Low AAL: User Needs MFA Verification)', code: 'session_expired', arrives: 'api' },
  { message: 'Invalid Refresh Token: Session Expired (Revoked by Newer Login)', code: 'session_expired', arrives: 'api' },
  { message: 'Session is no longer valid', code: 'session_expired', arrives: 'api' },
  { message: 'Invalid Refresh Token: User Banned', code: 'user_banned', arrives: 'api' },
  { message: 'Invalid Refresh Token: Not Issued By This Server', code: 'validation_failed', arrives: 'api' },
];

/**
 * Other auth messages a string check could also match: a pattern that matches one of these is too broad
 * to say which error it means, and is left alone. Client-side classes (auth-js `errors.js`) and the
 * sign-in messages of the server (`internal/api/token.go`: `InvalidLoginMessage`, l.182).
 */
export const OTHER_AUTH_MESSAGES: readonly string[] = [
  'Auth session or user missing', // AuthInvalidTokenResponseError
  'PKCE code verifier not found in storage. This can happen if the auth flow was initiated in a different browser or device, or if the storage was cleared. For SSR frameworks (Next.js, SvelteKit, etc.), use @supabase/ssr on both the server and client to store the code verifier in cookies.', // AuthPKCECodeVerifierMissingError
  'Refresh result discarded: session state changed mid-flight (e.g., concurrent signOut)', // AuthRefreshDiscardedError
  'Invalid login credentials',
  'Email not confirmed',
];

// ---- getClaims() (§1.1, §2.11) ------------------------------------------------------------------------

/**
 * `auth.getClaims()` verifies the JWT; without a session it resolves to `{ data: null, error: null }`
 * (GoTrueClient `getClaims`: `if (error || !data.session) return { data: null, error }`), so a check of
 * `error` alone lets anonymous visitors through.
 */
export const GET_CLAIMS_METHOD = 'getClaims';

// ---- User-writable metadata (§2.15) ----------------------------------------------------------------------

/**
 * Fields the user writes with `supabase.auth.updateUser({ data })`, each with the field only the service
 * role writes: `user_metadata` (claims, `getUser()`), `raw_user_meta_data` (the `auth.users` column).
 */
export const USER_METADATA_FIELDS: Readonly<Record<string, string>> = {
  user_metadata: 'app_metadata',
  raw_user_meta_data: 'raw_app_meta_data',
};

/**
 * Words that make a metadata key an access-control fact (`role`, `is_admin`, `plan`, `org_id`), as opposed
 * to profile data (`full_name`, `avatar_url`, `onboarded`). Keys are split on `_`, `-` and camelCase.
 */
export const AUTHORIZATION_WORDS: ReadonlySet<string> = new Set([
  'role', 'roles', 'admin', 'admins', 'superadmin', 'superuser', 'staff', 'moderator', 'owner',
  'permission', 'permissions', 'perm', 'perms', 'privilege', 'privileges', 'scope', 'scopes', 'access', 'entitlement', 'entitlements',
  'plan', 'tier', 'subscription', 'subscribed', 'premium', 'paid', 'billing', 'credits', 'license',
  'org', 'organization', 'organisation', 'tenant', 'team', 'workspace', 'company',
  'approved', 'verified', 'banned',
]);

/** Whether a metadata key names an access-control fact (see {@link AUTHORIZATION_WORDS}). */
export function isAuthorizationKey(key: string): boolean {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  // `isadmin`, `haspremium`: a lower-case prefix glued to the word.
  return words.some((word) => AUTHORIZATION_WORDS.has(word) || AUTHORIZATION_WORDS.has(word.replace(/^(is|has|can)/, '')));
}

// ---- Judging a string test of an error message (§2.4) ------------------------------------------------

/** What a test of `error.message` (`=== '…'`, `.includes('…')`, `/…/.test(…)`) really checks. */
export type MessageTestVerdict =
  /** Only messages that never reach application code (the server's `session_not_found`). */
  | { kind: 'never' }
  /** `AuthSessionMissingError` (possibly with the server messages it replaced): its guard says it. */
  | { kind: 'session-missing' }
  /** One server error code that arrives as `AuthApiError.code`. */
  | { kind: 'code'; code: string }
  /** Several codes (`.includes('Invalid Refresh Token')`). */
  | { kind: 'codes'; codes: string[] };

/**
 * Which known auth error a message test stands for, from the messages it accepts. `undefined` when it
 * accepts none of them, or also accepts an unrelated auth message (too broad to say: `.includes('session')`).
 */
export function judgeMessageTest(accepts: (message: string) => boolean): MessageTestVerdict | undefined {
  if (OTHER_AUTH_MESSAGES.some(accepts)) return undefined;
  const live = accepts(SESSION_MISSING_ERROR.message);
  const server = SESSION_SERVER_MESSAGES.filter((m) => accepts(m.message));
  const codes = [...new Set(server.filter((m) => m.arrives === 'api').map((m) => m.code))];
  const sessionMissing = live || server.some((m) => m.arrives === 'session-missing');
  if (codes.length === 0) return sessionMissing ? (live ? { kind: 'session-missing' } : { kind: 'never' }) : undefined;
  if (codes.length === 1 && !sessionMissing) return { kind: 'code', code: codes[0]! };
  return { kind: 'codes', codes: sessionMissing ? [SESSION_MISSING_ERROR.convertedCode, ...codes] : codes };
}
