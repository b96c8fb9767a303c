// Why `no-server-get-session` exists, shown on the bundled example under `next start`, offline: a local
// stand-in for Supabase Auth (auth-stand-in.ts) plays the project, the example is built and served before
// and after `supabase-auth migrate`, and the same forged session cookie is sent to its protected pages.
// `npm start` (demo.ts) prints the result; tests/e2e/forged-cookie.test.ts asserts on it.
//
// The protected page of the proof is `pages/profile.tsx`: `getServerSideProps` trusts `getSession()` and
// hands `session.user` to the page. It is the page of the example that runs before the migration: the App
// Router pages use auth-helpers server clients, which call `cookies().get()` synchronously, and on Next 16
// `cookies()` returns a Promise, so those pages fail with a 500 (the breakage the migration fixes).
import { startAuthStandIn, type ServedRequest, type StandInUser } from './auth-stand-in.ts';
import { build, commitAll, copyExample, runCli, type SupabaseEnv } from './example-run.ts';
import { startNext, type NextServer } from './next-server.ts';
import { forgedCookie, genuineCookies, type CookieHeader } from './session-cookies.ts';

export const ALICE: StandInUser = { id: '1c1d4d6e-8e8b-4c47-9a4e-1f3f7a0c2a11', email: 'alice@acme.test' };
export const VICTIM: StandInUser = { id: '7b0e2f4a-5d3c-4e21-8f6a-9c8b7a6d5e43', email: 'victim@acme.test' };

/** One request to the running app and what came back. */
export interface Probe {
  request: string;
  status: number;
  location: string | null;
  /** The body's text, without tags. */
  text: string;
  setCookies: string[];
}

export interface ForgedCookieProof {
  before: { forgedProfile: Probe; forgedDashboard: Probe; serverOutput: string };
  after: {
    forgedProfile: Probe;
    forgedDashboard: Probe;
    genuineProfile: Probe;
    genuineDashboard: Probe;
    /** A genuine session whose access token is about to expire: the middleware refreshes it. */
    expiringProfile: Probe;
  };
  /** The requests the stand-in answered, in order (both runs). */
  authRequests: ServedRequest[];
}

async function probe(server: NextServer, path: string, cookie: CookieHeader, label: string): Promise<Probe> {
  const response = await fetch(`${server.url}${path}`, { headers: { cookie }, redirect: 'manual', signal: AbortSignal.timeout(60_000) });
  const html = await response.text();
  const location = response.headers.get('location');
  return {
    request: `GET ${path} with ${label}`,
    status: response.status,
    location: location === null ? null : new URL(location, server.url).pathname,
    text: html
      .replace(/<script[\s\S]*?<\/script>|<!-- -->/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    setCookies: response.headers.getSetCookie(),
  };
}

async function buildAndStart(dir: string, env: SupabaseEnv, stage: string): Promise<NextServer> {
  const built = await build(dir, env);
  if (!built.ok) throw new Error(`next build ${stage} the migration failed:\n${built.output.slice(-4000)}`);
  return startNext(dir, { ...env });
}

/** Builds, serves and probes the example before and after `migrate`. `log` hears each step. */
export async function proveForgedCookie(log: (line: string) => void = () => {}): Promise<ForgedCookieProof> {
  const standIn = await startAuthStandIn();
  const workspace = copyExample();
  const servers: NextServer[] = [];
  try {
    const env = { NEXT_PUBLIC_SUPABASE_URL: standIn.url, NEXT_PUBLIC_SUPABASE_ANON_KEY: standIn.anonKey };
    log(`Supabase Auth stand-in on ${standIn.url}; the example copied to ${workspace.dir}`);

    log('next build, then next start, of the example as written (auth-helpers, getSession())');
    const before = await buildAndStart(workspace.dir, env, 'before');
    servers.push(before);
    // The attacker learns the cookie's name from a session of their own; any session shows it.
    const { name } = await genuineCookies(standIn, standIn.issueSession(ALICE));
    const forged = forgedCookie(name, standIn, VICTIM);
    const forgedLabel = `a forged cookie (user ${VICTIM.email}, token not signed by Auth)`;
    const forgedProfileBefore = await probe(before, '/profile', forged, forgedLabel);
    const forgedDashboardBefore = await probe(before, '/dashboard', forged, forgedLabel);
    await before.stop();

    log('supabase-auth migrate');
    // next build rewrote next-env.d.ts and tsconfig.json: commit them, as a user would, for a clean tree.
    commitAll(workspace.dir, 'next build');
    const migrate = runCli(['migrate', '.', '--json'], workspace.dir);
    if (migrate.status !== 0 && migrate.status !== 1) throw new Error(`migrate failed (${migrate.status}): ${migrate.stderr}`);

    log('next build, then next start, of the migrated example');
    const after = await buildAndStart(workspace.dir, env, 'after');
    servers.push(after);
    const genuine = (await genuineCookies(standIn, standIn.issueSession(ALICE))).header;
    const genuineLabel = `${ALICE.email}'s genuine session`;
    return {
      before: { forgedProfile: forgedProfileBefore, forgedDashboard: forgedDashboardBefore, serverOutput: before.output() },
      after: {
        forgedProfile: await probe(after, '/profile', forged, forgedLabel),
        forgedDashboard: await probe(after, '/dashboard', forged, forgedLabel),
        genuineProfile: await probe(after, '/profile', genuine, genuineLabel),
        genuineDashboard: await probe(after, '/dashboard', genuine, genuineLabel),
        // Issued just before the request: 30 s is inside the clients' 90 s refresh margin, far from expiry.
        expiringProfile: await probe(after, '/profile', (await genuineCookies(standIn, standIn.issueSession(ALICE, 30))).header, `${ALICE.email}'s session, expiring in 30 s`),
      },
      authRequests: standIn.requests,
    };
  } finally {
    for (const server of servers) await server.stop();
    await standIn.close();
    workspace.dispose();
  }
}

/** The page was rendered for `user`. */
export const letIn = (probe: Probe, user: StandInUser) => probe.status === 200 && probe.text.includes(user.email);
/** The request was sent to the sign-in page. */
export const refused = (probe: Probe) => probe.status >= 300 && probe.status < 400 && probe.location === '/login';
