// Facts about the user's Next.js app that no single file shows: where the app root is, which Next
// version is installed, what next.config enables, which middleware/proxy entry files exist. Read through
// the project graph's file-system view, so they are checked once per epoch (graph/epoch.ts) and recomputed
// only when one of the files they come from changed; never throws: when something cannot be read, the
// answer is "unknown" and callers stay quiet.
import { dirname, join, relative, resolve } from 'node:path';
import { AST_NODE_TYPES, simpleTraverse, type TSESTree } from '@typescript-eslint/typescript-estree';
import semver from 'semver';
import { currentEpoch } from './graph/epoch.ts';
import { isDirectory, isFile, readFileText, versionOf } from './graph/fs-view.ts';
import { parseModule } from './graph/parse.ts';
import type { ModuleContext } from './graph/evaluate.ts';
import { graphFor, standaloneContext, type ProjectGraph } from './graph/project-graph.ts';
import { authRoutes, type AuthRoute } from './graph/routes.ts';
import { leadingDirectives, summarize } from './graph/summary.ts';
import { DEFAULT_PAGE_EXTENSIONS, fileKind, moduleRole, type FileKind, type ModuleRole } from './next.ts';
import { declaredRange, resolveDependency } from './dependencies.ts';
import type { PluginSettings } from './settings.ts';
import { SUPABASE_JS_PACKAGE } from './supabase.ts';
import { toPosix } from './source-file.ts';

export type { PluginSettings } from './settings.ts';

export interface ProjectFacts {
  /** Absolute app root, or `undefined` when the file is not in a Next app we can see. */
  root: string | undefined;
  /** The app lives in `src/app` / `src/pages`, so entry files live in `src/`. */
  srcDir: boolean;
  pageExtensions: readonly string[];
  nextVersion: string | undefined;
  nextMajor: number | undefined;
  /** `undefined`: next.config sets it to something we cannot evaluate. */
  cacheComponents: boolean | undefined;
  /** Absolute paths of `middleware.*` / `proxy.*` entry files of this app. */
  middlewareFiles: readonly string[];
  proxyFiles: readonly string[];
}

export const NEXT_CONFIG_FILES = ['next.config.ts', 'next.config.mts', 'next.config.js', 'next.config.mjs', 'next.config.cjs'];

/** A memo whose entries are recomputed when their epoch is over and their inputs' versions changed. */
class FactsMemo<V> {
  readonly #entries = new Map<string, { epoch: number; fingerprint: string; value: V }>();

  get(key: string, inputs: () => readonly string[], compute: () => V): V {
    const hit = this.#entries.get(key);
    if (hit?.epoch === currentEpoch()) return hit.value;
    const fingerprint = inputs().map((path) => `${path}=${versionOf(path) ?? '-'}`).join('\n');
    if (hit && hit.fingerprint === fingerprint) {
      hit.epoch = currentEpoch();
      return hit.value;
    }
    const value = compute();
    this.#entries.set(key, { epoch: currentEpoch(), fingerprint, value });
    return value;
  }
}

const rootMemo = new Map<string, { epoch: number; root: string | undefined }>();

const APP_FOLDERS = ['app', 'pages', 'src/app', 'src/pages'];

/**
 * A monorepo's workspace root that lists `next` only to hoist it: it has workspaces, and neither a
 * next.config nor app/ or pages/ of its own. It is not an app, and files of its shared packages belong
 * to none.
 */
function isWorkspaceContainer(dir: string, pkg: Record<string, unknown>): boolean {
  if (APP_FOLDERS.some((f) => isDirectory(join(dir, f)))) return false;
  return 'workspaces' in pkg || isFile(join(dir, 'pnpm-workspace.yaml'));
}

/**
 * Nearest directory upwards with a `next.config.*`, or a `package.json` that depends on `next` (not a
 * workspace root that only hoists it).
 */
export function findAppRoot(startDir: string): string | undefined {
  const hit = rootMemo.get(startDir);
  if (hit?.epoch === currentEpoch()) return hit.root;
  let root: string | undefined;
  if (NEXT_CONFIG_FILES.some((f) => isFile(join(startDir, f)))) root = startDir;
  else {
    const pkg = readJson(join(startDir, 'package.json'));
    const parent = dirname(startDir);
    if (pkg && dependsOnNext(pkg)) root = isWorkspaceContainer(startDir, pkg) ? undefined : startDir;
    else root = parent === startDir ? undefined : findAppRoot(parent);
  }
  rootMemo.set(startDir, { epoch: currentEpoch(), root });
  return root;
}

function readJson(path: string): Record<string, unknown> | undefined {
  const text = readFileText(path);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const dependsOnNext = (pkg: Record<string, unknown>) => declaredRange(pkg, 'next') !== undefined;

interface NextConfigFacts {
  cacheComponents: boolean | undefined;
  pageExtensions: readonly string[];
}

/** Reads `cacheComponents` and `pageExtensions` wherever they sit (wrapped configs, function exports). */
export function readNextConfig(program: TSESTree.Program | undefined): NextConfigFacts {
  if (!program) return { cacheComponents: undefined, pageExtensions: DEFAULT_PAGE_EXTENSIONS };
  let cacheComponents: boolean | undefined = false;
  let pageExtensions: readonly string[] = DEFAULT_PAGE_EXTENSIONS;
  simpleTraverse(program, {
    enter(node) {
      if (node.type !== AST_NODE_TYPES.Property || node.computed) return;
      const key = node.key.type === AST_NODE_TYPES.Identifier ? node.key.name : node.key.type === AST_NODE_TYPES.Literal ? node.key.value : undefined;
      if (key === 'cacheComponents') {
        cacheComponents = node.value.type === AST_NODE_TYPES.Literal && typeof node.value.value === 'boolean' ? node.value.value : undefined;
      } else if (key === 'pageExtensions' && node.value.type === AST_NODE_TYPES.ArrayExpression) {
        const values = node.value.elements.map((e) => (e?.type === AST_NODE_TYPES.Literal && typeof e.value === 'string' ? e.value : undefined));
        if (values.every((v) => v !== undefined)) pageExtensions = values as string[];
      }
    },
  });
  return { cacheComponents, pageExtensions };
}

function entryFiles(entryDir: string, name: 'middleware' | 'proxy', pageExtensions: readonly string[]): string[] {
  return pageExtensions.map((ext) => join(entryDir, `${name}.${ext}`)).filter((f) => isFile(f));
}

const factsMemo = new FactsMemo<ProjectFacts>();
const versionMemo = new FactsMemo<string | undefined>();

/**
 * The `@supabase/supabase-js` version the app at `root` runs (settings first), checked once per epoch;
 * undefined without settings for a file outside any app on disk.
 */
export function supabaseJsVersionOf(root: string | undefined, settings: PluginSettings = {}): string | undefined {
  if (settings.supabaseJsVersion !== undefined) return semver.coerce(settings.supabaseJsVersion)?.version;
  if (root === undefined) return undefined;
  return versionMemo.get(root, () => factInputs(root, SUPABASE_JS_PACKAGE), () => resolveDependency(root, SUPABASE_JS_PACKAGE).version);
}

/** The files whose versions decide the facts: the folders entry files and app/ appear in, config, packages. */
function factInputs(root: string, packageName = 'next'): string[] {
  const inputs = [root, join(root, 'src'), join(root, 'package.json'), ...NEXT_CONFIG_FILES.map((f) => join(root, f))];
  for (let dir = root; ; dir = dirname(dir)) {
    inputs.push(join(dir, 'node_modules', packageName, 'package.json'));
    if (dirname(dir) === dir) break;
  }
  return inputs;
}

/** Facts about the app at `root` (absolute). */
export function getProjectFacts(root: string, settings: PluginSettings = {}): ProjectFacts {
  return factsMemo.get(`${root}\0${settings.nextVersion}\0${settings.cacheComponents}`, () => factInputs(root), () => {
    const configFile = NEXT_CONFIG_FILES.map((f) => join(root, f)).find((f) => isFile(f));
    const configText = configFile && readFileText(configFile);
    const config = configFile ? readNextConfig(configText === undefined ? undefined : parseModule(configFile, configText)) : { cacheComponents: false, pageExtensions: DEFAULT_PAGE_EXTENSIONS };
    // Next prefers app/ and pages/ at the root and only then looks in src/.
    const rootHasRoutes = isDirectory(join(root, 'app')) || isDirectory(join(root, 'pages'));
    const srcDir = !rootHasRoutes && (isDirectory(join(root, 'src', 'app')) || isDirectory(join(root, 'src', 'pages')));
    const entryDir = srcDir ? join(root, 'src') : root;
    const nextVersion = settings.nextVersion ?? resolveDependency(root, 'next').version;
    return {
      root,
      srcDir,
      pageExtensions: config.pageExtensions,
      nextVersion,
      nextMajor: nextVersion ? semver.coerce(nextVersion)?.major : undefined,
      cacheComponents: settings.cacheComponents ?? config.cacheComponents,
      middlewareFiles: entryFiles(entryDir, 'middleware', config.pageExtensions),
      proxyFiles: entryFiles(entryDir, 'proxy', config.pageExtensions),
    };
  });
}

/** Facts for a file that is not on disk (a RuleTester case, stdin): only what its path and settings say. */
function virtualFacts(relPath: string, settings: PluginSettings): ProjectFacts {
  const nextVersion = settings.nextVersion;
  return {
    root: undefined,
    srcDir: /^src\/(app|pages)\//.test(relPath) || /^src\/(middleware|proxy)\.[^/]+$/.test(relPath),
    pageExtensions: DEFAULT_PAGE_EXTENSIONS,
    nextVersion,
    nextMajor: nextVersion ? semver.coerce(nextVersion)?.major : undefined,
    cacheComponents: settings.cacheComponents ?? false,
    middlewareFiles: [],
    proxyFiles: [],
  };
}

export interface FileContext {
  /** Absolute path of the file. */
  file: string;
  /** Path relative to the app root (or to cwd when there is none), with `/` separators. */
  relPath: string;
  facts: ProjectFacts;
  kind: FileKind;
}

/**
 * Where a file sits in its app. `onDisk` is false for code that is not a real file (RuleTester cases,
 * stdin, editor buffers of unsaved files): then no other file is read.
 */
export function getFileContext(filename: string, cwd: string, onDisk: boolean, settings: PluginSettings = {}): FileContext {
  const file = resolve(cwd, filename);
  const root = settings.rootDir !== undefined ? resolve(cwd, settings.rootDir) : onDisk ? findAppRoot(dirname(file)) : undefined;
  const relPath = toPosix(relative(root ?? cwd, file));
  const facts = root !== undefined ? getProjectFacts(root, settings) : virtualFacts(relPath, settings);
  return { file, relPath, facts, kind: fileKind(relPath, facts) };
}

/** Directives and imported module names of a module, the inputs of {@link moduleRole}. */
export function moduleFacts(program: TSESTree.Program): { directives: string[]; importSources: string[] } {
  const directives = leadingDirectives(program);
  // A type-only import is erased: `import type { NextRequest } from 'next/server'` says nothing of the side.
  const importSources = program.body.flatMap((s) => (s.type === AST_NODE_TYPES.ImportDeclaration && s.importKind !== 'type' ? [s.source.value] : []));
  return { directives, importSources };
}

export function roleOfProgram(program: TSESTree.Program, kind: FileKind): ModuleRole {
  return moduleRole(kind, moduleFacts(program));
}

/** The project graph of the app these facts describe; undefined when there is no app on disk. */
export function projectGraph(facts: ProjectFacts, settings: PluginSettings = {}): ProjectGraph | undefined {
  const root = facts.root;
  if (root === undefined) return undefined;
  return graphFor(root, settings, () => getProjectFacts(root, settings));
}

/** The evaluator's view of `program` (a file's current text, possibly not yet written) in its app. */
export function programContext(file: string, program: TSESTree.Program, facts: ProjectFacts, settings: PluginSettings = {}): ModuleContext {
  const graph = projectGraph(facts, settings);
  return graph ? graph.programContext(file, program) : standaloneContext(file, summarize(program), settings);
}

/**
 * App Router pages, layouts and route handlers of this app that create a cookie-bound server client or
 * call an auth method on one (directly or through the app's helpers): the routes whose sessions the
 * middleware must refresh. `include` limits the analysis to the routes whose URL it accepts.
 */
export function listAuthRoutes(facts: ProjectFacts, settings: PluginSettings = {}, include?: (routePath: string) => boolean): readonly AuthRoute[] {
  const graph = projectGraph(facts, settings);
  return graph ? authRoutes(graph, facts, include) : [];
}

/** The source file `specifier` names from `fromFile` in the app at `root` (tsconfig paths included), if any. */
export function resolveModule(specifier: string, fromFile: string, root: string): string | undefined {
  return projectGraph(getProjectFacts(root))?.resolver.resolve(fromFile, specifier);
}
