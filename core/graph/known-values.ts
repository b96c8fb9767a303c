// Values known without reading the module: the packages we know by name, the modules the user names in
// settings, and the naming convention of Supabase's guides for wrappers that cannot be read.
import { relative } from 'node:path';
import { I18N_MIDDLEWARES } from '../next.ts';
import { isSupabasePackage, packageFactoryKind, type ClientKind } from '../supabase.ts';
import { toPosix } from '../source-file.ts';
import { knownClientUser, knownFactory, NEW_RESPONSE, returning, type Value } from './values.ts';

export interface ClientSettings {
  /** Module specifiers or root-relative paths whose exports are server client factories. */
  serverClientModules?: readonly string[];
  /** Module specifiers or root-relative paths whose exports are browser client factories. */
  browserClientModules?: readonly string[];
}

/**
 * An export of a package we know: the Supabase factories, `cookies` from `next/headers`, `NextResponse`
 * from `next/server`, and the i18n middlewares whose responses are new.
 */
export function packageValue(source: string, imported: string): Value | undefined {
  if (source === 'next/headers' && imported === 'cookies') return { type: 'cookies-function' };
  if (source === 'next/server' && imported === 'NextResponse') return { type: 'response-class' };
  const i18n = I18N_MIDDLEWARES.find((m) => m.source === source && m.imported === imported);
  if (i18n) return returning(i18n.returns === 'response' ? NEW_RESPONSE : returning(NEW_RESPONSE));
  if (!isSupabasePackage(source)) return undefined;
  const kind = packageFactoryKind(source, imported);
  return kind ? knownFactory(kind) : undefined;
}

/** `import * as ssr from '@supabase/ssr'`, `require('@supabase/ssr')`: a namespace of known exports. */
export function packageNamespace(source: string): Value | undefined {
  if (source !== 'next/headers' && !isSupabasePackage(source)) return undefined;
  return { type: 'module', exportValue: (name) => packageValue(source, name) };
}

const stripExt = (s: string) => s.replace(/\.[cm]?[jt]sx?$/, '');

/**
 * The naming convention of Supabase's guides (`utils/supabase/server`, `lib/supabase/client`,
 * `utils/supabase/middleware`), for a module that cannot be read.
 */
export function conventionalValue(source: string): Value | undefined {
  const match = /(?:^|[/@])supabase[/-](server|server-client|server-props|api|client|browser|browser-client|admin|middleware|proxy)$/.exec(stripExt(source));
  switch (match?.[1]) {
    case 'server': case 'server-client': case 'server-props': case 'api':
      return knownFactory('server');
    case 'client': case 'browser': case 'browser-client':
      return knownFactory('browser');
    case 'admin':
      return knownFactory('standalone');
    case 'middleware': case 'proxy':
      return knownClientUser('server');
    default:
      return undefined;
  }
}

/**
 * The factory kind settings give `source` (imported from a module resolved to `resolved`), matched by
 * specifier or by root-relative path.
 */
export function settingsKind(source: string, resolved: string | undefined, root: string | undefined, settings: ClientSettings): ClientKind | undefined {
  const rel = resolved !== undefined && root !== undefined ? stripExt(toPosix(relative(root, resolved))) : undefined;
  const matches = (entries: readonly string[] | undefined) => entries?.some((entry) => entry === source || (rel !== undefined && rel === stripExt(entry.replace(/^\.\//, '')))) ?? false;
  if (matches(settings.serverClientModules)) return 'server';
  if (matches(settings.browserClientModules)) return 'browser';
  return undefined;
}
