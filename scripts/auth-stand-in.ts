// A local stand-in for Supabase Auth (GoTrue), for the forged-cookie proof (scripts/forged-cookie.ts): a
// `node:http` server on 127.0.0.1 that answers the three endpoints the Supabase clients call on the server,
// the way the hosted service does, with an ES256 signing key generated at start:
//   GET  /auth/v1/user                        verifies the bearer token (signature, expiry, live session)
//   POST /auth/v1/token?grant_type=refresh_token   rotates the refresh token and issues a new access token
//   GET  /auth/v1/.well-known/jwks.json       the public key, which `auth.getClaims()` verifies against
// Errors use the 2024-01-01 API shape (`{ code, msg }` with the `X-Supabase-Api-Version` header), which is
// what auth-js asks for and turns into AuthApiError / AuthSessionMissingError.
import { generateKeyPairSync, randomBytes, randomUUID, sign, verify, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInUser {
  id: string;
  email: string;
}

/** The session object GoTrue returns from `/token`, and that the clients store in the cookie. */
export interface IssuedSession {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  expires_at: number;
  refresh_token: string;
  user: Record<string, unknown>;
}

export interface ServedRequest {
  method: string;
  path: string;
  grant: string | null;
  status: number;
}

export interface AuthStandIn {
  /** The project URL to give the app (`NEXT_PUBLIC_SUPABASE_URL`): the clients add `/auth/v1` themselves. */
  url: string;
  /** The key the clients must send as `apikey`, like a project's anon key. */
  anonKey: string;
  /** The key id published in the JWKS (public knowledge: a forger can read it too). */
  kid: string;
  /** Every request answered, in order. */
  requests: ServedRequest[];
  /** Signs `user` in, as a password or OAuth sign-in would: a new session whose access token lives `ttl` seconds. */
  issueSession(user: StandInUser, ttl?: number): IssuedSession;
  close(): Promise<void>;
}

const API_VERSION = '2024-01-01';
const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

interface LiveSession {
  id: string;
  user: StandInUser;
}

function userJson(user: StandInUser, createdAt: string): Record<string, unknown> {
  return {
    id: user.id,
    aud: 'authenticated',
    role: 'authenticated',
    email: user.email,
    email_confirmed_at: createdAt,
    phone: '',
    confirmed_at: createdAt,
    last_sign_in_at: createdAt,
    app_metadata: { provider: 'email', providers: ['email'] },
    user_metadata: {},
    identities: [],
    created_at: createdAt,
    updated_at: createdAt,
    is_anonymous: false,
  };
}

/** Starts the stand-in on a free port of 127.0.0.1. */
export async function startAuthStandIn(): Promise<AuthStandIn> {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const kid = randomUUID();
  const anonKey = `anon-${base64url(randomBytes(12))}`;
  const createdAt = new Date().toISOString();
  const sessions = new Map<string, LiveSession>();
  /** refresh token → session id; a token is removed when it is used (rotation). */
  const refreshTokens = new Map<string, string>();
  const requests: ServedRequest[] = [];
  let issuer = '';

  const signJwt = (payload: object, key: KeyObject = privateKey) => {
    const input = `${base64url(JSON.stringify({ alg: 'ES256', kid, typ: 'JWT' }))}.${base64url(JSON.stringify(payload))}`;
    return `${input}.${base64url(sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }))}`;
  };

  const issue = (session: LiveSession, ttl: number): IssuedSession => {
    const iat = now();
    const refresh = base64url(randomBytes(16));
    refreshTokens.set(refresh, session.id);
    const access = signJwt({
      iss: issuer,
      sub: session.user.id,
      aud: 'authenticated',
      exp: iat + ttl,
      iat,
      email: session.user.email,
      phone: '',
      app_metadata: { provider: 'email', providers: ['email'] },
      user_metadata: {},
      role: 'authenticated',
      aal: 'aal1',
      amr: [{ method: 'password', timestamp: iat }],
      session_id: session.id,
      is_anonymous: false,
    });
    return { access_token: access, token_type: 'bearer', expires_in: ttl, expires_at: iat + ttl, refresh_token: refresh, user: userJson(session.user, createdAt) };
  };

  /** The live session a bearer token belongs to, or the GoTrue error that refuses it. */
  const authenticate = (header: string | undefined): LiveSession | { status: number; code: string; msg: string } => {
    const token = /^Bearer (\S+)$/.exec(header ?? '')?.[1];
    if (!token) return { status: 401, code: 'no_authorization', msg: 'This endpoint requires a valid Bearer token' };
    const [rawHeader = '', rawPayload = '', rawSignature = ''] = token.split('.');
    let claims: { exp?: number; session_id?: string; sub?: string };
    try {
      const jwtHeader = JSON.parse(Buffer.from(rawHeader, 'base64url').toString()) as { alg?: string; kid?: string };
      const valid =
        jwtHeader.alg === 'ES256' &&
        jwtHeader.kid === kid &&
        verify('sha256', Buffer.from(`${rawHeader}.${rawPayload}`), { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(rawSignature, 'base64url'));
      if (!valid) throw new Error('signature');
      claims = JSON.parse(Buffer.from(rawPayload, 'base64url').toString()) as typeof claims;
    } catch {
      return { status: 403, code: 'bad_jwt', msg: 'invalid JWT: unable to parse or verify signature, token signature is invalid' };
    }
    if (!claims.exp || claims.exp <= now()) return { status: 403, code: 'bad_jwt', msg: 'invalid JWT: unable to parse or verify signature, token has invalid claims: token is expired' };
    const session = claims.session_id ? sessions.get(claims.session_id) : undefined;
    if (!session || session.user.id !== claims.sub) return { status: 403, code: 'session_not_found', msg: 'Session from session_id claim in JWT does not exist' };
    return session;
  };

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'X-Supabase-Api-Version': API_VERSION });
    res.end(JSON.stringify(body));
  };

  const readBody = async (req: IncomingMessage): Promise<Record<string, unknown>> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    try {
      return JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, unknown>;
    } catch {
      return {};
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<number> => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    if (req.headers.apikey !== anonKey) {
      send(res, 401, { message: 'Invalid API key', hint: 'Double check your Supabase `anon` or `service_role` API key.' });
      return 401;
    }
    if (req.method === 'GET' && url.pathname === '/auth/v1/.well-known/jwks.json') {
      send(res, 200, { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'ES256', use: 'sig', key_ops: ['verify'] }] });
      return 200;
    }
    if (req.method === 'GET' && url.pathname === '/auth/v1/user') {
      const session = authenticate(req.headers.authorization);
      if ('status' in session) {
        send(res, session.status, { code: session.code, msg: session.msg });
        return session.status;
      }
      send(res, 200, userJson(session.user, createdAt));
      return 200;
    }
    if (req.method === 'POST' && url.pathname === '/auth/v1/token' && url.searchParams.get('grant_type') === 'refresh_token') {
      const token = (await readBody(req)).refresh_token;
      const sessionId = typeof token === 'string' ? refreshTokens.get(token) : undefined;
      const session = sessionId ? sessions.get(sessionId) : undefined;
      if (!session) {
        send(res, 400, { code: 'refresh_token_not_found', msg: 'Invalid Refresh Token: Refresh Token Not Found' });
        return 400;
      }
      refreshTokens.delete(token as string);
      send(res, 200, issue(session, 3600));
      return 200;
    }
    send(res, 404, { code: 'not_found', msg: `${req.method} ${url.pathname} is not served by the stand-in` });
    return 404;
  };

  const server = createServer((req, res) => {
    handle(req, res).then(
      (status) => {
        const url = new URL(req.url ?? '/', 'http://stand-in');
        requests.push({ method: req.method ?? '', path: url.pathname, grant: url.searchParams.get('grant_type'), status });
      },
      (error: unknown) => send(res, 500, { code: 'unexpected_failure', msg: String(error) }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  issuer = `${url}/auth/v1`;

  return {
    url,
    anonKey,
    kid,
    requests,
    issueSession(user, ttl = 3600) {
      const session = { id: randomUUID(), user };
      sessions.set(session.id, session);
      return issue(session, ttl);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
