// The forged-cookie proof (scripts/forged-cookie.ts): the bundled example under `next start`, against a
// local stand-in for Supabase Auth, before and after `supabase-auth migrate`. What is asserted is what the
// running server answered: status, redirect target and rendered text. Also the only place the example is
// built with `next build`, before and after the migration (tests/e2e/legacy-app.test.ts checks the rest).
import { beforeAll, describe, expect, it } from 'vitest';
import { ALICE, proveForgedCookie, VICTIM, type ForgedCookieProof } from '../../scripts/forged-cookie.ts';

describe('a forged session cookie against the example, under next start', () => {
  let proof: ForgedCookieProof;
  beforeAll(async () => {
    proof = await proveForgedCookie();
  }, 900_000);

  it('before the migration, sees the getSession()-protected page as the victim', () => {
    const { forgedProfile } = proof.before;
    expect(forgedProfile.status).toBe(200);
    expect(forgedProfile.text).toContain(`Signed in as ${VICTIM.email}`);
  });

  it('before the migration, the App Router pages fail: auth-helpers call cookies().get() synchronously', () => {
    expect(proof.before.forgedDashboard.status).toBe(500);
    expect(proof.before.serverOutput).toMatch(/cookies\(\.\.\.\)\.get is not a function/);
  });

  it('after the migration, the same request is sent to /login', () => {
    for (const probe of [proof.after.forgedProfile, proof.after.forgedDashboard]) {
      expect(probe.status, probe.request).toBe(307);
      expect(probe.location, probe.request).toBe('/login');
      expect(probe.text, probe.request).not.toContain(VICTIM.email);
    }
  });

  it('after the migration, a genuine session still sees the pages', () => {
    const { genuineProfile, genuineDashboard } = proof.after;
    expect(genuineProfile.status).toBe(200);
    expect(genuineProfile.text).toContain(`Signed in as ${ALICE.email}`);
    expect(genuineDashboard.status).toBe(200);
    expect(genuineDashboard.text).toContain('Your notes');
    // The root layout shows the verified email (getClaims()).
    expect(genuineDashboard.text).toContain(ALICE.email);
  });

  it('after the migration, an expiring genuine session is refreshed through Auth and still sees the page', () => {
    const { expiringProfile } = proof.after;
    expect(expiringProfile.status).toBe(200);
    expect(expiringProfile.text).toContain(`Signed in as ${ALICE.email}`);
    expect(expiringProfile.setCookies.some((c) => c.startsWith('sb-127-auth-token'))).toBe(true);
    expect(proof.authRequests.some((r) => r.path === '/auth/v1/token' && r.grant === 'refresh_token' && r.status === 200)).toBe(true);
  });

  it('after the migration, the forged token was checked against Auth, not trusted', () => {
    expect(proof.authRequests.some((r) => r.path === '/auth/v1/.well-known/jwks.json' && r.status === 200)).toBe(true);
    expect(proof.authRequests.some((r) => r.path === '/auth/v1/user' && r.status === 403)).toBe(true);
  });
});
