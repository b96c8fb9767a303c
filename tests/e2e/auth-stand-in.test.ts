// The Auth stand-in of the forged-cookie proof (scripts/auth-stand-in.ts) answers the real Supabase clients
// the way the hosted service does: @supabase/ssr's server client, reading the cookies it wrote itself,
// verifies a genuine session with getClaims() (through the JWKS) and getUser(), refreshes an expiring one
// through /token, and refuses the forged cookie that getSession() accepts. This is the hole the rule
// no-server-get-session exists for, reproduced in-process; tests/e2e/forged-cookie.test.ts shows it in a
// running Next app.
import { createServerClient } from '@supabase/ssr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAuthStandIn, type AuthStandIn } from '../../scripts/auth-stand-in.ts';
import { forgedCookie, genuineCookies, realtime } from '../../scripts/session-cookies.ts';

const alice = { id: '1c1d4d6e-8e8b-4c47-9a4e-1f3f7a0c2a11', email: 'alice@acme.test' };
const victim = { id: '7b0e2f4a-5d3c-4e21-8f6a-9c8b7a6d5e43', email: 'victim@acme.test' };

/** A server client that reads the cookies of one request, like a Server Component's. */
function clientFor(standIn: AuthStandIn, cookieHeader: string) {
  const cookies = cookieHeader.split('; ').map((pair) => {
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: decodeURIComponent(pair.slice(at + 1)) };
  });
  return createServerClient(standIn.url, standIn.anonKey, { realtime, cookies: { getAll: () => cookies, setAll: () => {} } });
}

describe('the Auth stand-in, answering the real @supabase/ssr client', () => {
  let standIn: AuthStandIn;
  let cookieName: string;
  beforeAll(async () => {
    standIn = await startAuthStandIn();
  });
  afterAll(() => standIn?.close());

  it('verifies a genuine session with getClaims() (JWKS) and getUser()', async () => {
    const genuine = await genuineCookies(standIn, standIn.issueSession(alice));
    cookieName = genuine.name;
    expect(cookieName).toBe('sb-127-auth-token');
    expect(genuine.header).toMatch(/^sb-127-auth-token=base64-/);

    const claims = await clientFor(standIn, genuine.header).auth.getClaims();
    expect(claims.error).toBeNull();
    expect(claims.data?.claims.sub).toBe(alice.id);
    expect(standIn.requests.some((r) => r.path === '/auth/v1/.well-known/jwks.json' && r.status === 200)).toBe(true);

    const user = await clientFor(standIn, genuine.header).auth.getUser();
    expect(user.error).toBeNull();
    expect(user.data.user?.email).toBe(alice.email);
  });

  it('lets getSession() believe a forged cookie, and refuses it in getClaims() and getUser()', async () => {
    const forged = forgedCookie(cookieName, standIn, victim);

    const session = await clientFor(standIn, forged).auth.getSession();
    expect(session.data.session?.user.email).toBe(victim.email);

    const claims = await clientFor(standIn, forged).auth.getClaims();
    expect(claims.data).toBeNull();
    expect(claims.error?.message).toBe('Invalid JWT signature');

    const user = await clientFor(standIn, forged).auth.getUser();
    expect(user.data.user).toBeNull();
    expect(user.error).toMatchObject({ status: 403, code: 'bad_jwt' });
  });

  it('refreshes an expiring session through /token, once per refresh token', async () => {
    const session = standIn.issueSession(alice, 30);
    const expiring = await genuineCookies(standIn, session);
    const refreshesBefore = standIn.requests.filter((r) => r.grant === 'refresh_token').length;

    const claims = await clientFor(standIn, expiring.header).auth.getClaims();
    expect(claims.error).toBeNull();
    expect(claims.data?.claims.sub).toBe(alice.id);
    expect(standIn.requests.filter((r) => r.grant === 'refresh_token' && r.status === 200)).toHaveLength(refreshesBefore + 1);

    // The refresh token was rotated away: using it again is refused.
    const reuse = await fetch(`${standIn.url}/auth/v1/token?grant_type=refresh_token`, {
      method: 'POST',
      headers: { apikey: standIn.anonKey, 'Content-Type': 'application/json' },
      body: JSON.stringify({ refresh_token: session.refresh_token }),
    });
    expect(reuse.status).toBe(400);
    expect(await reuse.json()).toMatchObject({ code: 'refresh_token_not_found' });
  });

  it('refuses a request without the project API key', async () => {
    const response = await fetch(`${standIn.url}/auth/v1/.well-known/jwks.json`);
    expect(response.status).toBe(401);
  });
});
