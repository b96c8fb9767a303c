// `settings['supabase-auth']`, validated once per settings object: a wrong value is a configuration
// mistake the user must see, named by its key, not a TypeError deep inside a rule or a plugin that
// silently turns itself off. The CLI validates the same object the same way.
import { resolve } from 'node:path';
import semver from 'semver';
import { isDirectory } from './graph/fs-view.ts';
import type { ClientSettings } from './graph/known-values.ts';

/** `settings['supabase-auth']` in an ESLint config; the CLI accepts the same object. */
export interface PluginSettings extends ClientSettings {
  /** The Next app root, relative to ESLint's cwd (monorepos, unusual layouts). */
  rootDir?: string;
  /** The Next version to assume instead of the installed one. */
  nextVersion?: string;
  /** Whether `cacheComponents` is on, instead of reading next.config. */
  cacheComponents?: boolean;
  /** The `@supabase/supabase-js` version to assume instead of the installed one. */
  supabaseJsVersion?: string;
}

export class SettingsError extends Error {
  constructor(key: string, problem: string) {
    super(`eslint-plugin-supabase-auth: settings['supabase-auth']${key ? `.${key}` : ''} ${problem}`);
    this.name = 'SettingsError';
  }
}

const KEYS = ['rootDir', 'serverClientModules', 'browserClientModules', 'nextVersion', 'cacheComponents', 'supabaseJsVersion'] as const;

const describe = (value: unknown) => (Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value === 'string' ? JSON.stringify(value) : `${typeof value} ${JSON.stringify(value)}`);

/** A list of module specifiers; a single string is a list of one. */
function moduleList(key: string, value: unknown): readonly string[] | undefined {
  if (value === undefined) return undefined;
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.some((entry) => typeof entry !== 'string' || entry === '')) {
    throw new SettingsError(key, `must be a module specifier or an array of them (such as '@/lib/supabase/server' or 'lib/supabase/server.ts'), got ${describe(value)}`);
  }
  return list as string[];
}

function check(raw: unknown, cwd: string): PluginSettings {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new SettingsError('', `must be an object, got ${describe(raw)}`);
  const input = raw as Record<string, unknown>;
  const unknown = Object.keys(input).filter((key) => !(KEYS as readonly string[]).includes(key));
  if (unknown.length > 0) throw new SettingsError(unknown[0]!, `is not a setting of this plugin; the settings are ${KEYS.join(', ')}`);
  const settings: PluginSettings = {};
  if (input.rootDir !== undefined) {
    if (typeof input.rootDir !== 'string' || input.rootDir === '') throw new SettingsError('rootDir', `must be a folder path relative to ESLint's working directory, got ${describe(input.rootDir)}`);
    const absolute = resolve(cwd, input.rootDir);
    if (!isDirectory(absolute)) throw new SettingsError('rootDir', `is ${JSON.stringify(input.rootDir)}, which is not a folder (resolved against ${cwd} to ${absolute})`);
    settings.rootDir = input.rootDir;
  }
  const server = moduleList('serverClientModules', input.serverClientModules);
  if (server) settings.serverClientModules = server;
  const browser = moduleList('browserClientModules', input.browserClientModules);
  if (browser) settings.browserClientModules = browser;
  for (const key of ['nextVersion', 'supabaseJsVersion'] as const) {
    const value = input[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || semver.coerce(value) === null) throw new SettingsError(key, `must be a version such as '15.5.0' or '16', got ${describe(value)}`);
    settings[key] = value;
  }
  if (input.cacheComponents !== undefined) {
    if (typeof input.cacheComponents !== 'boolean') throw new SettingsError('cacheComponents', `must be true or false, got ${describe(input.cacheComponents)}`);
    settings.cacheComponents = input.cacheComponents;
  }
  return settings;
}

const validated = new WeakMap<object, Map<string, PluginSettings>>();

/** The settings, validated (once per settings object and working directory); throws {@link SettingsError}. */
export function validateSettings(raw: unknown, cwd: string): PluginSettings {
  if (raw === null || typeof raw !== 'object') return check(raw, cwd);
  let byCwd = validated.get(raw);
  if (!byCwd) validated.set(raw, (byCwd = new Map()));
  let settings = byCwd.get(cwd);
  if (!settings) byCwd.set(cwd, (settings = check(raw, cwd)));
  return settings;
}
