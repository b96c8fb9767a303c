// Settings are validated once, with a message naming the bad key, instead of a TypeError deep inside a
// rule (rootDir: 42) or a plugin that silently turns itself off (a rootDir that does not exist).
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { SettingsError, validateSettings } from '../../core/settings.ts';
import plugin from '../../index.ts';

const cwd = realpathSync(mkdtempSync(join(tmpdir(), 'supabase-auth-settings-')));

describe('validateSettings', () => {
  it('accepts no settings, and every setting with a valid value', () => {
    expect(validateSettings(undefined, cwd)).toEqual({});
    expect(validateSettings({}, cwd)).toEqual({});
    expect(
      validateSettings({ rootDir: '.', serverClientModules: ['@/lib/supabase/server'], browserClientModules: [], nextVersion: '15.5.0', cacheComponents: false }, cwd),
    ).toEqual({ rootDir: '.', serverClientModules: ['@/lib/supabase/server'], browserClientModules: [], nextVersion: '15.5.0', cacheComponents: false });
  });

  it('accepts a single string where a list is expected', () => {
    expect(validateSettings({ serverClientModules: '@/lib/supabase/server' }, cwd)).toEqual({ serverClientModules: ['@/lib/supabase/server'] });
    expect(validateSettings({ browserClientModules: 'lib/db/browser.ts' }, cwd)).toEqual({ browserClientModules: ['lib/db/browser.ts'] });
  });

  it.each([
    [42, "settings['supabase-auth'] must be an object, got number 42"],
    [{ rootDir: 42 }, ".rootDir must be a folder path relative to ESLint's working directory, got number 42"],
    [{ rootDir: 'apps/missing' }, `.rootDir is "apps/missing", which is not a folder (resolved against ${cwd} to ${join(cwd, 'apps/missing')})`],
    [{ serverClientModules: [42] }, ".serverClientModules must be a module specifier or an array of them (such as '@/lib/supabase/server' or 'lib/supabase/server.ts'), got an array"],
    [{ browserClientModules: { a: 1 } }, '.browserClientModules must be a module specifier or an array of them'],
    [{ nextVersion: 'latest' }, ".nextVersion must be a version such as '15.5.0' or '16', got \"latest\""],
    [{ cacheComponents: 'yes' }, '.cacheComponents must be true or false, got "yes"'],
    [{ serverClientModule: ['@/x'] }, '.serverClientModule is not a setting of this plugin; the settings are rootDir, serverClientModules, browserClientModules, nextVersion, cacheComponents, supabaseJsVersion'],
  ])('rejects %j, naming the key', (raw, message) => {
    expect(() => validateSettings(raw, cwd)).toThrow(SettingsError);
    expect(() => validateSettings(raw, cwd)).toThrow(message);
  });

  it('validates a settings object once per working directory', () => {
    const raw = { serverClientModules: '@/x' };
    expect(validateSettings(raw, cwd)).toBe(validateSettings(raw, cwd));
  });

  it('reaches the user as one clear ESLint error, not a TypeError from inside a rule', async () => {
    const eslint = new ESLint({
      cwd,
      overrideConfigFile: true,
      overrideConfig: [...plugin.configs.recommended, { settings: { 'supabase-auth': { rootDir: 42 } } }],
    });
    await expect(eslint.lintText("import { createServerClient } from '@supabase/ssr'\ncreateServerClient('u', 'k')\n", { filePath: join(cwd, 'a.ts') })).rejects.toThrow(
      "eslint-plugin-supabase-auth: settings['supabase-auth'].rootDir must be a folder path",
    );
  });
});
