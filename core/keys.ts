// What this project knows about Supabase API keys and the env variables that hold them, in one place
// (facts §2.1, §2.2, §4.16). Pure functions over names and strings: the rules feed them from ESTree.
import type { ClientKind } from './supabase.ts';

/**
 * New-style secret keys (`sb_secret_…`): server use only, they bypass RLS. (Their publishable twins,
 * `sb_publishable_…`, are meant for the browser, like the legacy anon key, and never match.)
 */
const SECRET_KEY_PREFIX = 'sb_secret_';

/** Next inlines every `process.env.NEXT_PUBLIC_*` read into the bundles that contain it, the browser's included. */
const PUBLIC_ENV_PREFIX = 'NEXT_PUBLIC_';

/** How env variables are written: `SUPABASE_SERVICE_ROLE_KEY`, not `serviceRoleKey`. */
const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;

/**
 * Parts of an env name that say it holds a key that bypasses RLS (the legacy `service_role` JWT, a new
 * `sb_secret_` key) or another secret: `SUPABASE_SERVICE_ROLE_KEY`, `SUPABASE_SERVICE_KEY`,
 * `SUPABASE_SECRET_KEY`, `SB_SECRET`.
 */
const SECRET_NAME_PART = /SERVICE_?ROLE|SERVICE_KEY|SECRET/;

/** Names of keys meant for the browser: the legacy anon key and the new publishable key. */
const PUBLIC_KEY_NAME_PART = /ANON_?KEY|PUBLISHABLE/;

/** Whether an env variable name says it holds a service-role or secret key. */
export function isSecretEnvName(name: string): boolean {
  return ENV_NAME.test(name) && SECRET_NAME_PART.test(name) && !PUBLIC_KEY_NAME_PART.test(name);
}

/** Whether an env variable name is both public (inlined into the browser bundle) and secret. */
export function isPublicSecretEnvName(name: string): boolean {
  return name.startsWith(PUBLIC_ENV_PREFIX) && isSecretEnvName(name);
}

const SECRET_KEY_LITERAL = new RegExp(`^${SECRET_KEY_PREFIX}[A-Za-z0-9_-]{16,}$`);

/**
 * Whether a string is a new-style secret key: the prefix and a key body (real ones are about 30
 * characters), so code that merely tests the prefix (`key.startsWith('sb_secret_')`) is not one.
 */
export const isSecretKeyLiteral = (value: string): boolean => SECRET_KEY_LITERAL.test(value);

/**
 * A cheap test on a file's text: could it mention a secret key at all? Rules run it before anything
 * else and skip files where it fails (the exact checks above then decide).
 */
export const SECRET_KEY_TEXT = /SERVICE_?ROLE|SERVICE_KEY|SECRET|sb_secret_/;

/**
 * The options property through which every auth-helpers creator takes its key
 * (`createRouteHandlerClient({ cookies }, { supabaseUrl, supabaseKey })`, `createClientComponentClient({ supabaseKey })`).
 */
export const AUTH_HELPERS_KEY_OPTION = 'supabaseKey';
/** The same creators' URL option; unset, they read `NEXT_PUBLIC_SUPABASE_URL` (`ENV_URL` in ./supabase.ts). */
export const AUTH_HELPERS_URL_OPTION = 'supabaseUrl';

/**
 * Clients bound to the signed-in user's cookie session: every request they send carries the user's JWT,
 * so RLS applies to them whatever key they were created with (facts §2.1).
 */
export const isCookieBound = (kind: ClientKind | undefined): boolean => kind === 'server' || kind === 'browser';

/** `@supabase/ssr` factories (also exported by auth-helpers 0.14/0.15) that take the key as their second argument. */
export const SSR_KEY_ARGUMENT_INDEX = 1;

/**
 * The supabase-js options a client that acts with a service or secret key needs on the server: nothing
 * stored, nothing refreshed, nothing read from the URL (facts §2.1 "Right").
 */
export const ADMIN_CLIENT_AUTH_OPTIONS = '{ persistSession: false, autoRefreshToken: false, detectSessionInUrl: false }';
