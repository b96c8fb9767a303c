// The role of every module the way Next's bundler decides it: a module with no role of its own is server
// code when only server code reaches it through imports (server entry files, 'use server' and server-only
// modules, route handlers, middleware/proxy, Pages data functions), and possibly client code as soon as one
// 'use client' module (or a Pages Router page's component) reaches it.
//
// The answer needs the modules that import a module, and theirs, up to modules with a role of their own.
// They are found lazily, per epoch: a module can only import `lib/auth/get-session.ts` if its text holds a
// quoted string ending in `get-session` (or `auth`, or dots, for `lib/auth/index.ts`). Each file's quoted
// strings are filed by that last segment once per epoch (one regex pass over its text); a role query then
// scans (scan-imports.ts) and resolves only the files filed under the module's name, up the importer chain.
import { basename, dirname, join, relative } from 'node:path';
import { fileKind, moduleRole, type FileKind, type ModuleRole } from '../next.ts';
import { SOURCE_EXTENSIONS, toPosix } from '../source-file.ts';
import { currentEpoch } from './epoch.ts';
import { listDir } from './fs-view.ts';
import type { ModuleStore } from './module-store.ts';
import { dataFunctionOnlySources } from './pages-data-functions.ts';
import type { Resolver } from './resolver.ts';

/** An import that exists at run time; `server`: used only by a Pages data function, so not bundled for the browser. */
interface Edge {
  from: string;
  side: 'both' | 'server';
}

/** What a module is by itself. */
interface OwnFacts {
  role: ModuleRole | undefined;
  /** Bundled for the browser by its own nature: a 'use client' module, a Pages Router page, `_app`. */
  clientRoot: boolean;
  /** A Pages Router page's component or `_app`: its imports used only by data functions stay on the server. */
  pagesComponent: boolean;
}

export interface AppLayout {
  srcDir: boolean;
  pageExtensions: readonly string[];
}

/** Folders that never hold the app's own modules. */
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'build', 'out', 'coverage']);

/** The key a specifier is filed under: its last segment without extension or `/index`; dots-only → `.`. */
function specifierKey(specifier: string): string {
  if (/^(?:\.\.?\/?)+$/.test(specifier)) return '.';
  const path = specifier.replace(/\.[cm]?[jt]sx?$/, '').replace(/\/index$/, '');
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('@'), path.lastIndexOf('~')) + 1);
}

/** The keys under which an import of `file` is filed: its name, or for an index file its folder's name and `.`. */
function keysOf(file: string): string[] {
  const stem = basename(file).replace(/\.[^.]+$/, '');
  return stem === 'index' ? [basename(dirname(file)), '.'] : [stem];
}

/** Quoted strings that could be module specifiers (no spaces, not too long). */
const QUOTED = /['"`]([^'"`\s]{1,300})['"`]/g;

export class ImportIndex {
  readonly #root: string;
  readonly #store: ModuleStore;
  readonly #resolver: Resolver;
  readonly #layout: () => AppLayout;
  #epoch = -1;
  #files: string[] = [];
  readonly #importers = new Map<string, Edge[]>();
  /** Specifier key → module → its importers and the specifiers they import it by (see #resolveKey). */
  readonly #byTarget = new Map<string, Map<string, Map<string, string[]>>>();
  readonly #importsByKey = new Map<string, Map<string, string[]>>();
  /** Specifier key → the files whose text holds a quoted string with that key (built once per epoch). */
  #byKey: Map<string, string[]> | undefined;
  readonly #roles = new Map<string, ModuleRole>();
  readonly #own = new Map<string, OwnFacts>();

  constructor(root: string, store: ModuleStore, resolver: Resolver, layout: () => AppLayout) {
    this.#root = root;
    this.#store = store;
    this.#resolver = resolver;
    this.#layout = layout;
  }

  /** Every source file of the app. */
  files(): readonly string[] {
    this.#fresh();
    return this.#files;
  }

  /** The modules that import `file` at run time. */
  importersOf(file: string): readonly string[] {
    return this.#edgesInto(file).map((e) => e.from);
  }

  /** The role of a module of this app: its own, else the one its importers give it. */
  roleOf(file: string): ModuleRole {
    this.#fresh();
    const own = this.#ownFacts(file);
    if (own.role) return own.role;
    let role = this.#roles.get(file);
    if (!role) {
      role = this.#derivedRole(file);
      this.#roles.set(file, role);
    }
    return role;
  }

  /**
   * Whether browser code reaches the module: it is a client root itself ('use client', a Pages Router page
   * or `_app`), or a client root imports it (not only for a Pages data function). A module nothing imports
   * is not reached: 'shared' alone cannot tell the two apart.
   */
  reachedByClient(file: string): boolean {
    this.#fresh();
    const own = this.#ownFacts(file);
    return own.clientRoot || (own.role === undefined && this.#clientPath(file));
  }

  #clientPath(file: string): boolean {
    const visited = new Set([file]);
    const queue = [file];
    while (queue.length > 0) {
      for (const { from, side } of this.#edgesInto(queue.pop()!)) {
        const own = this.#ownFacts(from);
        if (own.clientRoot && side === 'both') return true;
        if (own.role === undefined && !visited.has(from)) {
          visited.add(from);
          queue.push(from);
        }
      }
    }
    return false;
  }

  /** Walks up the importers until modules with a role of their own: any browser path makes it 'shared'. */
  #derivedRole(file: string): ModuleRole {
    const visited = new Set([file]);
    const queue = [file];
    let server = false;
    while (queue.length > 0) {
      for (const { from, side } of this.#edgesInto(queue.pop()!)) {
        const own = this.#ownFacts(from);
        if (own.clientRoot && side === 'both') return 'shared';
        // A server module (or a Pages data function) is where the server path starts: no need to go further.
        if (own.role === 'server' || own.clientRoot) server = true;
        else if (!visited.has(from)) {
          visited.add(from);
          queue.push(from);
        }
      }
    }
    return server ? 'server' : 'shared';
  }

  #fresh(): void {
    if (this.#epoch === currentEpoch()) return;
    this.#epoch = currentEpoch();
    this.#files = [...this.#walk(this.#root)];
    this.#importers.clear();
    this.#byTarget.clear();
    this.#importsByKey.clear();
    this.#byKey = undefined;
    this.#roles.clear();
    this.#own.clear();
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

  #ownFacts(file: string): OwnFacts {
    let own = this.#own.get(file);
    if (!own) {
      const scan = this.#store.scan(file);
      const relPath = toPosix(relative(this.#root, file));
      const kind: FileKind = fileKind(relPath, this.#layout());
      const role = moduleRole(kind, { directives: scan?.directives ?? [], importSources: scan?.imports.filter((i) => !i.typeOnly).map((i) => i.specifier) ?? [] });
      const pagesComponent = kind.type === 'pages-page' || /^(src\/)?pages\/_(app|error)\.[^/]+$/.test(relPath);
      own = { role: role === 'shared' ? undefined : role, clientRoot: role === 'client' || (pagesComponent && role !== 'server'), pagesComponent };
      this.#own.set(file, own);
    }
    return own;
  }

  /** The run-time imports of `file` by other modules, found through the files whose text names it. */
  #edgesInto(file: string): Edge[] {
    this.#fresh();
    let edges = this.#importers.get(file);
    if (edges) return edges;
    edges = [];
    const keys = keysOf(file);
    for (const key of keys) this.#resolveKey(key);
    // Several keys (an index file's folder name and `.`) can name the same import: each importer once.
    const byImporter = new Map<string, Set<string>>();
    for (const key of keys) {
      for (const [from, specifiers] of this.#byTarget.get(key)?.get(file) ?? []) {
        const all = byImporter.get(from) ?? new Set();
        for (const specifier of specifiers) all.add(specifier);
        byImporter.set(from, all);
      }
    }
    for (const [from, specifiers] of byImporter) {
      const serverOnly = this.#ownFacts(from).pagesComponent ? this.#pagesServerOnlySources(from) : undefined;
      edges.push({ from, side: [...specifiers].every((s) => serverOnly?.has(s)) ? 'server' : 'both' });
    }
    this.#importers.set(file, edges);
    return edges;
  }

  /**
   * Resolves, once per epoch, every run-time import filed under `key` (in every file whose text holds it),
   * and files each under the module it resolves to. Many modules share a name (`entity.ts` in each feature
   * folder, `index.ts` everywhere): resolving a key for all of them at once keeps this linear in the imports,
   * where asking each module's candidates in turn was quadratic in how many modules share the name.
   */
  #resolveKey(key: string): void {
    if (this.#byTarget.has(key)) return;
    const targets = new Map<string, Map<string, string[]>>();
    for (const candidate of this.#filesByKey().get(key) ?? []) {
      for (const specifier of this.#importKeys(candidate).get(key) ?? []) {
        const target = this.#resolver.resolve(candidate, specifier);
        if (target === undefined || target === candidate) continue;
        let importers = targets.get(target);
        if (!importers) targets.set(target, (importers = new Map()));
        const specifiers = importers.get(candidate);
        if (specifiers) specifiers.push(specifier);
        else importers.set(candidate, [specifier]);
      }
    }
    this.#byTarget.set(key, targets);
  }

  /** A file's run-time import specifiers by their key (computed once per file and epoch). */
  #importKeys(file: string): Map<string, string[]> {
    let byKey = this.#importsByKey.get(file);
    if (byKey) return byKey;
    byKey = new Map();
    for (const i of this.#store.scan(file)?.imports ?? []) {
      if (i.typeOnly) continue;
      const key = specifierKey(i.specifier);
      const list = byKey.get(key);
      if (list) list.push(i.specifier);
      else byKey.set(key, [i.specifier]);
    }
    this.#importsByKey.set(file, byKey);
    return byKey;
  }

  /** Files by the keys of the quoted strings in their text: one regex pass over each text per epoch. */
  #filesByKey(): Map<string, string[]> {
    if (this.#byKey) return this.#byKey;
    const byKey = new Map<string, string[]>();
    for (const file of this.#files) {
      const text = this.#store.textOf(file);
      if (text === undefined) continue;
      const keys = new Set<string>();
      for (const match of text.matchAll(QUOTED)) keys.add(specifierKey(match[1]!));
      for (const key of keys) {
        const list = byKey.get(key);
        if (list) list.push(file);
        else byKey.set(key, [file]);
      }
    }
    this.#byKey = byKey;
    return byKey;
  }

  #pagesServerOnlySources(file: string): Set<string> {
    const program = this.#store.programOf(file);
    return program ? dataFunctionOnlySources(program) : new Set();
  }
}
