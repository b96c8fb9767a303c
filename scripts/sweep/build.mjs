// `next build` offline: loopback Supabase, dummy values for the app's example variables, Google Fonts mocked.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { resolveFrom } from './app.mjs';
import { run, tail } from './process.mjs';

/** `next build` talks to this Supabase: loopback, so nothing leaves the machine, and the values are fake. */
const BUILD_ENV = {
  NEXT_PUBLIC_SUPABASE_URL: 'http://127.0.0.1:54321',
  NEXT_PUBLIC_SUPABASE_ANON_KEY: 'sweep-dummy-anon-key',
  NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY: 'sweep-dummy-anon-key',
  SUPABASE_URL: 'http://127.0.0.1:54321',
  SUPABASE_ANON_KEY: 'sweep-dummy-anon-key',
  SUPABASE_SERVICE_ROLE_KEY: 'sweep-dummy-service-key',
  NEXT_PUBLIC_SITE_URL: 'http://127.0.0.1:3000',
  // The usual companion of Supabase in these apps, constructed at import time by route handlers.
  STRIPE_SECRET_KEY: 'sk_test_sweep_dummy',
  NEXT_TELEMETRY_DISABLED: '1',
  // Plain text in the recorded build logs.
  NO_COLOR: '1',
  FORCE_COLOR: '0',
};

/**
 * `next/font/google` downloads its CSS and fonts at build time, which fails offline. Next's own tests answer
 * those requests from the module named by NEXT_FONT_GOOGLE_MOCKED_RESPONSES (a map from URL to CSS; font
 * files are then read from disk or made of the URL's bytes): this one answers any URL with one plain
 * `@font-face` per requested family, so an app's build does not fail for want of a network.
 */
function googleFontsMock() {
  const file = join(mkdtempSync(join(tmpdir(), 'sweep-fonts-')), 'google-fonts-mock.cjs');
  // URLSearchParams decodes `Roboto+Mono` to `Roboto Mono`.
  writeFileSync(file, `module.exports = new Proxy({}, {
  get: (_, url) => new URL(String(url)).searchParams.getAll('family').map((spec) => spec.split(':')[0]).map((family) =>
    "@font-face { font-family: '" + family + "'; font-style: normal; font-weight: 400; font-display: swap; " +
    "src: url(https://fonts.gstatic.com/s/sweep/" + encodeURIComponent(family) + ".woff2) format('woff2'); }").join(' '),
});
`);
  return file;
}

let fontsMock;

const ENV_EXAMPLE = /^\.env(\.[\w.]+)?\.(example|sample|template)$/;

/**
 * Every variable the app's `.env*.example` files name, with a dummy value (URLs on a closed loopback port),
 * so modules that construct a client at import time (`new Stripe(process.env.STRIPE_SECRET_KEY)`) load
 * during the build. The app's real `.env` files are not copied (see scratchCopy).
 */
function exampleEnv(...dirs) {
  const env = {};
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((n) => ENV_EXAMPLE.test(n))) {
      for (const match of readFileSync(join(dir, name), 'utf8').matchAll(/^\s*(?:export\s+)?([A-Z_][A-Z0-9_]*)\s*=/gm)) {
        env[match[1]] = /URL|URI|HOST/.test(match[1]) ? 'http://127.0.0.1:9' : 'sweep-dummy-value';
      }
    }
  }
  return env;
}

async function nextBuild(root, dir, timeoutMs) {
  const next = resolveFrom(root, 'next/dist/bin/next');
  if (!next) return { ok: false, reason: 'next is not installed' };
  fontsMock ??= googleFontsMock();
  const env = { ...exampleEnv(dir, root), ...BUILD_ENV, NEXT_FONT_GOOGLE_MOCKED_RESPONSES: fontsMock, NODE_OPTIONS: '--max-old-space-size=8192' };
  const result = await run(process.execPath, [next, 'build'], { cwd: root, timeoutMs, env });
  return { ok: result.code === 0, ms: Math.round(result.ms), timedOut: result.timedOut, ...(result.code === 0 ? {} : { log: tail(result.stdout + result.stderr, 25) }) };
}

/**
 * `next build` per root, one after the other (two builds at once exhaust a small machine). After the
 * migration only the roots that built before are built: a build broken before says nothing about it.
 */
export async function buildAll(roots, dir, timeoutMs, wanted) {
  const results = {};
  for (const root of roots) {
    const name = relative(dir, root) || '.';
    results[name] = wanted(name) ? await nextBuild(root, dir, timeoutMs) : { skipped: 'did not build before' };
  }
  return results;
}
