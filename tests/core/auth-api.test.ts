// core/auth-api.ts holds facts about @supabase/auth-js; these tests hold them against the installed package
// (supabase-js 2.119.1): the error classes and guards it exports, what its fetch layer turns the server's
// codes into (with a fake fetch: no network), what getClaims() returns without a session, and the
// ErrorCode union its types declare.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as supabaseJs from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import {
  AUTH_API_ERROR_GUARD,
  isAuthorizationKey,
  judgeMessageTest,
  OTHER_AUTH_MESSAGES,
  SESSION_MISSING_ERROR,
  SESSION_SERVER_MESSAGES,
} from '../../core/auth-api.ts';

const require = createRequire(import.meta.url);

/** An auth client whose every request is answered by the Auth server's error JSON for `code`. */
function clientAnswering(status: number, code: string, message: string) {
  return new supabaseJs.AuthClient({
    url: 'http://auth.test/auth/v1',
    persistSession: false,
    autoRefreshToken: false,
    fetch: async () =>
      new Response(JSON.stringify({ code, message }), { status, headers: { 'content-type': 'application/json', 'x-supabase-api-version': '2024-01-01' } }),
  });
}

/** The members of auth-js's `ErrorCode` union, read from its declaration file. */
function declaredErrorCodes(): string[] {
  const dts = readFileSync(require.resolve('@supabase/auth-js/dist/module/lib/error-codes.d.ts'), 'utf8');
  return [...dts.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]!);
}

describe('auth-api facts against @supabase/supabase-js', () => {
  it('AuthSessionMissingError: name, message, no code, and its guard', () => {
    const error = new supabaseJs.AuthSessionMissingError();
    expect(error.name).toBe(SESSION_MISSING_ERROR.name);
    expect(error.message).toBe(SESSION_MISSING_ERROR.message);
    expect(error.code).toBeUndefined();
    const guard = (supabaseJs as unknown as Record<string, (e: unknown) => boolean>)[SESSION_MISSING_ERROR.guard]!;
    expect(guard(error)).toBe(true);
    // A serialised error keeps name and message but not the guard's marker: why message fixes are suggestions.
    expect(guard(JSON.parse(JSON.stringify(error)))).toBe(false);
  });

  it("the server's session_not_found arrives as AuthSessionMissingError with code undefined", async () => {
    const { error } = await clientAnswering(403, 'session_not_found', SESSION_SERVER_MESSAGES[0]!.message).getUser('header.payload.signature');
    expect(error?.name).toBe(SESSION_MISSING_ERROR.name);
    expect(error?.message).toBe(SESSION_MISSING_ERROR.message);
    expect(error?.code).toBeUndefined();
  });

  it('refresh_token_not_found survives as AuthApiError.code', async () => {
    const { error } = await clientAnswering(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found').refreshSession({ refresh_token: 'stale' });
    const isApi = (supabaseJs as unknown as Record<string, (e: unknown) => boolean>)[AUTH_API_ERROR_GUARD]!;
    expect(isApi(error)).toBe(true);
    expect(error?.code).toBe('refresh_token_not_found');
  });

  it('getClaims() without a session: no data and no error', async () => {
    const client = new supabaseJs.AuthClient({ url: 'http://auth.test/auth/v1', persistSession: false, autoRefreshToken: false, fetch: async () => new Response('{}') });
    expect(await client.getClaims()).toEqual({ data: null, error: null });
  });

  it('every server code this project names is in the ErrorCode union', () => {
    const declared = declaredErrorCodes();
    expect(declared.length).toBeGreaterThan(50);
    for (const { code } of SESSION_SERVER_MESSAGES) expect(declared).toContain(code);
  });

  it('the client-side messages listed as other auth messages are the classes’ own', () => {
    expect(OTHER_AUTH_MESSAGES).toContain(new supabaseJs.AuthInvalidTokenResponseError().message);
    expect(OTHER_AUTH_MESSAGES).toContain(new supabaseJs.AuthPKCECodeVerifierMissingError().message);
    expect(OTHER_AUTH_MESSAGES).toContain(new supabaseJs.AuthRefreshDiscardedError().message);
  });
});

describe('judgeMessageTest', () => {
  const equals = (literal: string) => (m: string) => m === literal;
  const includes = (literal: string) => (m: string) => m.includes(literal);

  it('names the error a message test stands for', () => {
    expect(judgeMessageTest(equals('Auth session missing!'))).toEqual({ kind: 'session-missing' });
    expect(judgeMessageTest(includes('No Valid Session Found'))).toEqual({ kind: 'never' });
    expect(judgeMessageTest(includes('Already Used'))).toEqual({ kind: 'code', code: 'refresh_token_already_used' });
    expect(judgeMessageTest(includes('Session Expired'))).toEqual({ kind: 'code', code: 'session_expired' });
    expect(judgeMessageTest(includes('Invalid Refresh Token'))).toEqual({
      kind: 'codes',
      codes: ['session_not_found', 'refresh_token_not_found', 'refresh_token_already_used', 'session_expired', 'user_banned', 'validation_failed'],
    });
  });

  it('stays out of tests that match nothing known, or unrelated messages too', () => {
    expect(judgeMessageTest(equals('Invalid login credentials'))).toBeUndefined();
    expect(judgeMessageTest(includes('session'))).toBeUndefined(); // also 'Auth session or user missing'
    expect(judgeMessageTest(includes('Something else'))).toBeUndefined();
  });
});

describe('isAuthorizationKey', () => {
  it.each(['role', 'roles', 'is_admin', 'isAdmin', 'isadmin', 'superAdmin', 'plan', 'subscription_tier', 'org_id', 'tenantId', 'permissions', 'email_verified'])(
    '%s decides access',
    (key) => expect(isAuthorizationKey(key)).toBe(true),
  );
  it.each(['full_name', 'name', 'avatar_url', 'picture', 'username', 'locale', 'onboarded', 'phone', 'restaurantName', 'theme'])(
    '%s is profile data',
    (key) => expect(isAuthorizationKey(key)).toBe(false),
  );
});
