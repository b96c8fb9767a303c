// core/keys.ts: which env names and literals hold a service-role or secret key (facts §2.1, §2.2).
import { describe, expect, it } from 'vitest';
import { isCookieBound, isPublicSecretEnvName, isSecretEnvName, isSecretKeyLiteral, SECRET_KEY_TEXT } from '../../core/keys.ts';

describe('isSecretEnvName', () => {
  it.each([
    'SUPABASE_SERVICE_ROLE_KEY',
    'SUPABASE_SERVICE_KEY',
    'SUPABASE_SECRET_KEY',
    'SERVICE_ROLE',
    'SUPABASE_SERVICEROLE_KEY',
    'SUPERBASE_SERVICE_ROLE_KEY', // a typo in the vendor name does not make it public
    'NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY',
    'STRIPE_SECRET_KEY',
    'CRON_SECRET',
  ])('%s holds a secret', (name) => {
    expect(isSecretEnvName(name)).toBe(true);
  });

  it.each([
    'NEXT_PUBLIC_SUPABASE_URL',
    'NEXT_PUBLIC_SUPABASE_ANON_KEY',
    'NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY',
    'SUPABASE_PUBLISHABLE_DEFAULT_KEY',
    'SUPABASE_ANONKEY',
    'DATABASE_URL',
    'serviceRoleKey', // a variable name, not an env name
    'supabaseSecret',
  ])('%s does not', (name) => {
    expect(isSecretEnvName(name)).toBe(false);
  });
});

describe('isPublicSecretEnvName', () => {
  it('needs both the NEXT_PUBLIC_ prefix and a secret name', () => {
    expect(isPublicSecretEnvName('NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY')).toBe(true);
    expect(isPublicSecretEnvName('NEXT_PUBLIC_STRIPE_SECRET_KEY')).toBe(true);
    expect(isPublicSecretEnvName('SUPABASE_SERVICE_ROLE_KEY')).toBe(false);
    expect(isPublicSecretEnvName('NEXT_PUBLIC_SUPABASE_ANON_KEY')).toBe(false);
    expect(isPublicSecretEnvName('NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY')).toBe(false);
  });
});

describe('isSecretKeyLiteral', () => {
  it('accepts an sb_secret_ key with a body', () => {
    expect(isSecretKeyLiteral('sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz')).toBe(true);
  });

  it('rejects the bare prefix, a short stub, publishable keys and text around a key', () => {
    expect(isSecretKeyLiteral('sb_secret_')).toBe(false);
    expect(isSecretKeyLiteral('sb_secret_xxx')).toBe(false);
    expect(isSecretKeyLiteral('sb_publishable_4c1M0n8aXyQ2bT7kLw9RzA_d3FgH1jK')).toBe(false);
    expect(isSecretKeyLiteral('key: sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz')).toBe(false);
  });
});

describe('SECRET_KEY_TEXT', () => {
  it('lets through every text a secret check can match, and not unrelated code', () => {
    for (const name of ['SUPABASE_SERVICE_ROLE_KEY', 'SUPABASE_SERVICE_KEY', 'SUPABASE_SECRET_KEY', 'SUPABASE_SERVICEROLE_KEY']) {
      expect(SECRET_KEY_TEXT.test(`process.env.${name}`)).toBe(true);
    }
    expect(SECRET_KEY_TEXT.test("'sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz'")).toBe(true);
    expect(SECRET_KEY_TEXT.test('process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY')).toBe(false);
  });
});

describe('isCookieBound', () => {
  it('is true for server and browser clients, false for supabase-js clients', () => {
    expect(isCookieBound('server')).toBe(true);
    expect(isCookieBound('browser')).toBe(true);
    expect(isCookieBound('standalone')).toBe(false);
    expect(isCookieBound(undefined)).toBe(false);
  });
});
