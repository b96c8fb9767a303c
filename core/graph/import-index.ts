// The app's import index, and the role of every module the way Next's bundler decides it: a module with
// no role of its own is server code when only server code reaches it through imports (server entry files,
// 'use server' and server-only modules, route handlers, middleware/proxy, Pages data functions), and
// possibly client code as soon as one 'use client' module (or a Pages Router page's component) reaches it.
//
// Built once per app root and epoch from a token scan of every source file (scan-imports.ts); in a later
// epoch only files whose version changed are scanned again, and roles are recomputed only if an edge or a
// role changed.
import { join, relative } from 'node:path';
import { fileKind, moduleRole, type FileKind, type ModuleRole } from '../next.ts';
import { SOURCE_EXTENSIONS, toPosix } from '../source-file.ts';
import { currentEpoch } from './epoch.ts';
import { listDir, versionOf } from './fs-view.ts';
import type { ModuleStore } from './module-store.ts';
import { dataFunctionOnlySources } from './pages-data-functions.ts';
import type { Resolver } from './resolver.ts';

/** An import that exists at run time; `server`: used only by a Pages data function, so not bundled for the browser. */
interface Edge {
  target: string;
  side: 'both' | 'server';
}

interface IndexedFile {
  version: string | undefined;
  ownRole: ModuleRole | undefined;
  /** Bundled for the browser by its own nature: a 'use client' module, a Pages Router page, `_app`. */
  clientRoot: boolean;
  edges: Edge[];
}

export interface AppLayout {
  srcDir: boolean;
  pageExtensions: readonly string[];
}

/** Folders that never hold the app's own modules. */
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'build', 'out', 'coverage']);

export class ImportIndex {
  readonly #root: string;
  readonly #store: ModuleStore;
  readonly #resolver: Resolver;
  readonly #layout: () => AppLayout;
  #files = new Map<string, IndexedFile>();
  #epoch = -1;
  #roles: { client: Set<string>; server: Set<string> } | undefined;
  #importers: Map<string, string[]> | undefined;

  constructor(root: string, store: ModuleStore, resolver: Resolver, layout: () => AppLayout) {
    this.#root = root;
    this.#store = store;
    this.#resolver = resolver;
    this.#layout = layout;
  }

  /** The role of a module of this app: its own, else the one its importers give it. */
  roleOf(file: string): ModuleRole {
    this.#ensure();
    const entry = this.#files.get(file);
    if (!entry) return 'shared';
    if (entry.ownRole) return entry.ownRole;
    const roles = this.#reachability();
    if (roles.client.has(file)) return 'shared';
    return roles.server.has(file) ? 'server' : 'shared';
  }

  /** The modules that import `file` at run time. */
  importersOf(file: string): readonly string[] {
    this.#ensure();
    if (!this.#importers) {
      this.#importers = new Map();
      for (const [from, entry] of this.#files) for (const { target } of entry.edges) this.#importers.set(target, [...(this.#importers.get(target) ?? []), from]);
    }
    return this.#importers.get(file) ?? [];
  }

  /** Every source file of the app. */
  files(): readonly string[] {
    this.#ensure();
    return [...this.#files.keys()];
  }

  #ensure(): void {
    if (this.#epoch === currentEpoch()) return;
    this.#epoch = currentEpoch();
    const next = new Map<string, IndexedFile>();
    let changed = false;
    for (const file of this.#walk(this.#root)) {
      const version = versionOf(file);
      const old = this.#files.get(file);
      if (old && old.version === version) next.set(file, old);
      else {
        changed = true;
        next.set(file, this.#index(file, version));
      }
    }
    if (changed || next.size !== this.#files.size) {
      this.#roles = undefined;
      this.#importers = undefined;
    }
    this.#files = next;
  }

  *#walk(dir: string): Generator<string> {
    for (const [name, kind] of listDir(dir) ?? []) {
      if (kind === 'dir') {
        if (!SKIPPED_DIRS.has(name) && !name.startsWith('.')) yield* this.#walk(join(dir, name));
      } else if (kind === 'file' && SOURCE_EXTENSIONS.some((ext) => name.endsWith(ext)) && !name.endsWith('.d.ts')) {
        yield join(dir, name);
      }
    }
  }

  #index(file: string, version: string | undefined): IndexedFile {
    const scan = this.#store.scan(file);
    const relPath = toPosix(relative(this.#root, file));
    const kind: FileKind = fileKind(relPath, this.#layout());
    const runtimeImports = scan?.imports.filter((i) => !i.typeOnly) ?? [];
    const role = moduleRole(kind, { directives: scan?.directives ?? [], importSources: runtimeImports.map((i) => i.specifier) });
    const pagesComponent = kind.type === 'pages-page' || /^(src\/)?pages\/_(app|error)\.[^/]+$/.test(relPath);
    const serverOnly = pagesComponent ? this.#pagesServerOnlySources(file) : new Set<string>();
    const edges: Edge[] = [];
    for (const { specifier } of runtimeImports) {
      const target = this.#resolver.resolve(file, specifier);
      if (target) edges.push({ target, side: serverOnly.has(specifier) ? 'server' : 'both' });
    }
    return { version, ownRole: role === 'shared' ? undefined : role, clientRoot: role === 'client' || (pagesComponent && role !== 'server'), edges };
  }

  #pagesServerOnlySources(file: string): Set<string> {
    const scan = this.#store.scan(file);
    if (!scan?.imports.some((i) => !i.typeOnly && (i.specifier.startsWith('.') || this.#resolver.resolve(file, i.specifier)))) return new Set();
    const program = this.#store.programOf(file);
    return program ? dataFunctionOnlySources(program) : new Set();
  }

  /** Which modules the browser can reach, and which only the server reaches; computed once per change. */
  #reachability(): { client: Set<string>; server: Set<string> } {
    if (this.#roles) return this.#roles;
    const client = new Set<string>();
    const server = new Set<string>();
    const clientQueue = [...this.#files].filter(([, e]) => e.clientRoot).map(([f]) => f);
    for (const f of clientQueue) client.add(f);
    while (clientQueue.length > 0) {
      const entry = this.#files.get(clientQueue.pop()!)!;
      for (const { target, side } of entry.edges) {
        const t = this.#files.get(target);
        // 'use server' modules reach the browser as references only; server-only modules would not build.
        if (side !== 'both' || !t || client.has(target) || t.ownRole === 'server') continue;
        client.add(target);
        clientQueue.push(target);
      }
    }
    const serverQueue = [...this.#files].filter(([, e]) => e.ownRole === 'server' || e.clientRoot).map(([f]) => f);
    while (serverQueue.length > 0) {
      const from = serverQueue.pop()!;
      const entry = this.#files.get(from)!;
      for (const { target, side } of entry.edges) {
        if (entry.clientRoot && side !== 'server') continue; // a client module's imports run in the browser
        const t = this.#files.get(target);
        if (!t || server.has(target) || t.ownRole === 'client') continue;
        server.add(target);
        serverQueue.push(target);
      }
    }
    this.#roles = { client, server };
    return this.#roles;
  }
}
