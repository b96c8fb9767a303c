// The App Router routes of an app and what each does with Supabase on the server: creates a cookie-bound
// server client (directly or through the app's helpers), and which auth methods it calls. The middleware
// matcher rule and its transform check coverage against this list.
import { dirname, join, relative } from 'node:path';
import { appRoutePattern, fileKind, type AppRouterFile } from '../next.ts';
import { toPosix } from '../source-file.ts';
import type { ClientKind } from '../supabase.ts';
import { currentEpoch } from './epoch.ts';
import { evaluate, type ModuleContext } from './evaluate.ts';
import { listDir } from './fs-view.ts';
import type { AppLayout } from './import-index.ts';
import { moduleScope } from './module-scope.ts';
import type { ProjectGraph } from './project-graph.ts';
import { factoryKind, type AuthCall } from './values.ts';

/** App Router files that render or handle a request (the others wrap them or handle errors). */
const ROUTE_FILES: readonly AppRouterFile[] = ['page', 'layout', 'route', 'template', 'default'];

export interface AuthRoute {
  file: string;
  /** A concrete URL path the route serves (dynamic segments filled with a sample value), for matching. */
  routePath: string;
  /** The route as written (`/[username]`), for messages. */
  routePattern: string;
  /** Creates a cookie-bound server client, so it reads (and may refresh) the session. */
  createsServerClient: boolean;
  /** Auth methods it calls on server clients, directly or through helpers. */
  authCalls: readonly AuthCall[];
}

const useMemo = new WeakMap<ProjectGraph, Map<string, { epoch: number; use: ModuleUse | undefined }>>();

/** What a route file does with Supabase; memoised per epoch. Files that cannot matter are not parsed. */
function routeUse(graph: ProjectGraph, file: string): ModuleUse | undefined {
  let byFile = useMemo.get(graph);
  if (!byFile) useMemo.set(graph, (byFile = new Map()));
  const hit = byFile.get(file);
  if (hit?.epoch === currentEpoch()) return hit.use;
  const summary = graph.modules.isRelevant(file) ? graph.modules.summaryOf(file) : undefined;
  const use = summary ? moduleUse(graph.contextOf(file, summary)) : undefined;
  byFile.set(file, { epoch: currentEpoch(), use });
  return use;
}

export interface ModuleUse {
  /** Kinds of client its functions create, directly or through helpers. */
  creates: ReadonlySet<ClientKind>;
  /** Auth methods its functions call, directly or through helpers. */
  authCalls: readonly AuthCall[];
}

/** What a module's top-level functions (declared or re-exported) do with Supabase, taken together. */
export function moduleUse(module: ModuleContext): ModuleUse {
  const scope = moduleScope(module);
  const creates = new Set<ClientKind>();
  const authCalls: AuthCall[] = [];
  const reexported = [...module.summary.exports.values()].flatMap((e) => ('source' in e && e.imported !== '*' ? [module.importValue({ source: e.source, imported: e.imported, typeOnly: false })] : []));
  for (const value of [...[...module.summary.declarations.values()].map((node) => evaluate(node, scope)), ...reexported]) {
    if (value?.type !== 'function') continue;
    const facts = value.facts();
    const kind = facts.creates ?? factoryKind(value);
    if (kind) creates.add(kind);
    for (const call of facts.authCalls) if (!authCalls.some((c) => c.method === call.method && c.kind === call.kind)) authCalls.push(call);
  }
  return { creates, authCalls };
}

/** Route files of the App Router (`app/` or `src/app/`), walked directly: no import index needed. */
function* routeFiles(graph: ProjectGraph, layout: AppLayout): Generator<{ file: string; routePath: string; routePattern: string }> {
  const appDir = join(graph.root, layout.srcDir ? 'src' : '', 'app');
  const walk = function* (dir: string): Generator<{ file: string; routePath: string; routePattern: string }> {
    for (const [name, kind] of listDir(dir) ?? []) {
      const path = join(dir, name);
      if (kind === 'dir') {
        if (name !== 'node_modules' && !name.startsWith('_') && !name.startsWith('.')) yield* walk(path);
        continue;
      }
      const route = fileKind(toPosix(relative(graph.root, path)), layout);
      if (route.type === 'app' && ROUTE_FILES.includes(route.file)) {
        const folders = toPosix(relative(appDir, dirname(path))).split('/').filter((f) => f !== '');
        yield { file: path, routePath: route.routePath, routePattern: appRoutePattern(folders) };
      }
    }
  };
  yield* walk(appDir);
}

/**
 * Pages, layouts and route handlers of the app that do server-side Supabase auth. `include` narrows the
 * routes to analyse by their URL (a matcher check needs only the routes the matcher misses), so the
 * others are never read.
 */
export function authRoutes(graph: ProjectGraph, layout: AppLayout, include: (routePath: string) => boolean = () => true): readonly AuthRoute[] {
  const routes: AuthRoute[] = [];
  for (const { file, routePath, routePattern } of routeFiles(graph, layout)) {
    // Route files have a role of their own: server code, unless they say 'use client'.
    if (!include(routePath) || graph.modules.scan(file)?.directives.includes('use client')) continue;
    const use = routeUse(graph, file);
    if (!use) continue;
    const authCalls = use.authCalls.filter((c) => c.kind === 'server');
    if (use.creates.has('server') || authCalls.length > 0) routes.push({ file, routePath, routePattern, createsServerClient: use.creates.has('server'), authCalls });
  }
  return routes.sort((a, b) => a.file.localeCompare(b.file));
}
