// ProjectInfo: what the transforms need to know about the app being migrated, computed once per app root
// from the shared project model (core/project.ts) plus the app's own conventions: TypeScript or not, the
// `@/` alias, where the Supabase factories live (or will be created), the env var names. Read-only: this
// module never writes anything.
import { dirname, join, resolve } from 'node:path';
import { createPathsMatcher, getTsconfig } from 'get-tsconfig';
import { detectCapabilities } from '../../core/capabilities.ts';
import { currentEpoch } from '../../core/graph/epoch.ts';
import { findAppRoot, getProjectFacts, projectGraph } from '../../core/project.ts';
import { isDirectory, isFile, parseSource, readText, SOURCE_EXTENSIONS } from '../../core/source-file.ts';
import { ENV_ANON_KEY, ENV_URL } from '../../core/supabase.ts';
import type { FactoryLocation, FactoryRole, ProjectInfo } from './types.ts';

/** File names (without extension) a factory of each role has in Supabase's guides, in order of preference. */
export const FACTORY_FILE_NAMES: Readonly<Record<FactoryRole, readonly string[]>> = {
  server: ['server'],
  browser: ['client'],
  // Older docs: utils/supabase/middleware.ts; Next 16's with-supabase example: lib/supabase/proxy.ts.
  middleware: ['middleware', 'proxy'],
  serverProps: ['server-props'],
  api: ['api'],
};

/** The function each factory exports in the canonical templates (core/templates.ts). */
export const FACTORY_EXPORT_NAMES: Readonly<Record<FactoryRole, string>> = {
  server: 'createClient',
  browser: 'createClient',
  middleware: 'updateSession',
  serverProps: 'createClient',
  api: 'createClient',
};

const FACTORY_ROLES = Object.keys(FACTORY_FILE_NAMES) as FactoryRole[];

/** Folders (relative to the app's base dir, `root` or `root/src`) that hold the factories in Supabase's guides. */
const FACTORY_DIRS = ['utils/supabase', 'lib/supabase'];

/** Env files whose variable names tell which Supabase key name the app uses. */
const ENV_FILES = ['.env.local', '.env.example', '.env', '.env.development', '.env.development.local', '.env.sample'];
const PUBLISHABLE_KEY = 'NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY';

/** Per app root (and `upgradable`), for one epoch of the project graph (a run, until files are written). */
const infoCache = new Map<string, { epoch: number; info: ProjectInfo }>();

/**
 * ProjectInfo for the app that contains `fileOrDir` (any file or folder inside it). Outside any Next app
 * (no `next.config.*`, no package.json depending on `next`) the folder itself is taken as the root.
 */
export function projectInfoFor(fileOrDir: string): ProjectInfo {
  const absolute = resolve(fileOrDir);
  const dir = isDirectory(absolute) ? absolute : dirname(absolute);
  return buildProjectInfo(findAppRoot(dir) ?? dir);
}

/**
 * ProjectInfo for the app at `root` (absolute). `upgradable`: the run may raise `@supabase/ssr` and
 * `@supabase/supabase-js` in package.json (`migrate --update-package-json`), so their newest APIs count.
 */
export function buildProjectInfo(root: string, options: { upgradable?: boolean } = {}): ProjectInfo {
  const upgradable = options.upgradable ?? false;
  const key = `${root}\0${upgradable}`;
  const hit = infoCache.get(key);
  if (hit?.epoch === currentEpoch()) return hit.info;
  const info = computeProjectInfo(root, upgradable);
  infoCache.set(key, { epoch: currentEpoch(), info });
  return info;
}

function computeProjectInfo(root: string, upgradable: boolean): ProjectInfo {
  const facts = getProjectFacts(root);
  const base = facts.srcDir ? join(root, 'src') : root;
  const typescript = isFile(join(root, 'tsconfig.json'));
  return {
    root,
    srcDir: facts.srcDir,
    typescript,
    importAlias: detectImportAlias(root, base),
    nextMajor: facts.nextMajor,
    cacheComponents: facts.cacheComponents,
    usesAppRouter: isDirectory(join(base, 'app')),
    usesPagesRouter: isDirectory(join(base, 'pages')),
    factories: detectFactories(root, base, typescript),
    env: detectEnv(root),
    pageExtensions: facts.pageExtensions,
    capabilities: detectCapabilities(root, { upgradable }),
  };
}

/**
 * The alias prefix that maps to the base dir: `@/` when tsconfig/jsconfig `paths` has `"@/*"` pointing at
 * `./*` (app at the root) or `./src/*` (app in `src/`). An alias pointing elsewhere (e.g. `@/*` → `./*` in
 * a `src/` app) is not used: specifiers are computed from the base dir, and a relative path is always right.
 */
function detectImportAlias(root: string, base: string): string | undefined {
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    if (!isFile(join(root, name))) continue;
    let matcher: ((specifier: string) => string[]) | null = null;
    try {
      const config = getTsconfig(root, name);
      matcher = config ? createPathsMatcher(config) : null;
    } catch {
      matcher = null;
    }
    if (!matcher) return undefined;
    for (const prefix of ['@/', '~/']) {
      const probe = `${prefix}__supabase_auth_probe__`;
      if (matcher(probe).some((target) => resolve(target) === join(base, '__supabase_auth_probe__'))) return prefix;
    }
    return undefined;
  }
  return undefined;
}

/** An existing file `<dir>/<name>.<any source extension>`. */
function existingSource(dir: string, name: string): string | undefined {
  return SOURCE_EXTENSIONS.map((ext) => join(dir, `${name}${ext}`)).find((file) => isFile(file));
}

/**
 * Where each factory lives: an existing file under `utils/supabase/` or `lib/supabase/` (in the base dir
 * or at the root), else a new file in the folder that already holds the other factories, else in `lib/`
 * when the app has a `lib/` folder, else in `utils/`.
 */
function detectFactories(root: string, base: string, typescript: boolean): Record<FactoryRole, FactoryLocation> {
  const bases = base === root ? [root] : [base, root];
  const found: Partial<Record<FactoryRole, string>> = {};
  for (const role of FACTORY_ROLES) {
    outer: for (const b of bases) {
      for (const dir of FACTORY_DIRS) {
        for (const name of FACTORY_FILE_NAMES[role]) {
          const file = existingSource(join(b, dir), name);
          if (file) {
            found[role] = file;
            break outer;
          }
        }
      }
    }
  }
  const anchor = found.server ?? found.browser ?? found.middleware ?? found.serverProps ?? found.api;
  const home = anchor ? dirname(anchor) : join(base, isDirectory(join(base, 'lib')) ? 'lib/supabase' : 'utils/supabase');
  const ext = typescript ? '.ts' : '.js';
  const factories = {} as Record<FactoryRole, FactoryLocation>;
  for (const role of FACTORY_ROLES) {
    const file = found[role];
    factories[role] = file
      ? existingFactory(root, file, exportedFactoryName(file, FACTORY_EXPORT_NAMES[role]))
      : { file: join(home, `${FACTORY_FILE_NAMES[role][0]}${ext}`), exists: false, exportName: FACTORY_EXPORT_NAMES[role] };
  }
  return factories;
}

/** An existing factory, with its parameters when the project graph can read the function it exports. */
function existingFactory(root: string, file: string, exportName: string): FactoryLocation {
  const value = projectGraph(getProjectFacts(root))?.exportValue(file, exportName);
  if (value?.type !== 'function') return { file, exists: true, exportName };
  const { params, async } = value.facts();
  const shown = params.map((p) => `${p.keys ? `{ ${p.keys.join(', ')} }` : (p.name ?? '…')}${p.optional && p.name ? '?' : ''}`);
  return { file, exists: true, exportName, parameters: { signature: `${exportName}(${shown.join(', ')})`, required: params.filter((p) => !p.optional).length }, ...(async ? { async } : {}) };
}

/**
 * The function an existing factory file exports: the canonical name when it exports it, else its only
 * exported function (an app's own `createSupabaseServerClient`), else the canonical name.
 */
function exportedFactoryName(file: string, canonical: string): string {
  const text = readText(file);
  const program = text === undefined ? undefined : parseSource(text, file);
  if (!program) return canonical;
  const names: string[] = [];
  for (const statement of program.body) {
    if (statement.type !== 'ExportNamedDeclaration' || !statement.declaration) continue;
    const decl = statement.declaration;
    if (decl.type === 'FunctionDeclaration' && decl.id) names.push(decl.id.name);
    if (decl.type === 'VariableDeclaration') {
      for (const d of decl.declarations) {
        const init = d.init?.type === 'TSAsExpression' || d.init?.type === 'TSSatisfiesExpression' ? d.init.expression : d.init;
        if (d.id.type === 'Identifier' && (init?.type === 'ArrowFunctionExpression' || init?.type === 'FunctionExpression')) names.push(d.id.name);
      }
    }
  }
  if (names.includes(canonical)) return canonical;
  return names.length === 1 ? names[0]! : canonical;
}

/**
 * The env var names for the URL and the key: auth-helpers' defaults, unless the app's env files define the
 * publishable key name (current Supabase docs) and not the anon key name. We never rename env vars.
 */
function detectEnv(root: string): { url: string; key: string } {
  const defined = new Set<string>();
  for (const name of ENV_FILES) {
    const text = readText(join(root, name));
    if (text === undefined) continue;
    for (const match of text.matchAll(/^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/gm)) defined.add(match[1]!);
  }
  const key = defined.has(PUBLISHABLE_KEY) && !defined.has(ENV_ANON_KEY) ? PUBLISHABLE_KEY : ENV_ANON_KEY;
  return { url: ENV_URL, key };
}
