// The role of every module the way Next's bundler decides it: a module with no role of its own is server
// code when only server code reaches it through imports (server entry files, 'use server' and server-only
// modules, route handlers, middleware/proxy, Pages data functions), and possibly client code as soon as one
// 'use client' module (or a Pages Router page's component) reaches it.
//
// The answer needs the modules that import a module, and theirs, up to modules with a role of their own.
// They are found lazily, per epoch: a module can only import `lib/auth/get-session.ts` if its text names
// `get-session` (or `auth` for an `index` file), so only the files whose text holds that name are scanned
// for their imports (scan-imports.ts) and resolved. A role query reads the app's file texts once per epoch
// and scans only the importer chain, not the whole app.
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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a specifier importing `file` must end with: its name (with or without an extension), or for an
 * index file its folder's name (optionally `/index`); `'.'`, `'..'`, `'../..'` name a folder's index too.
 */
function specifierPattern(file: string): RegExp {
  const stem = basename(file).replace(/\.[^.]+$/, '');
  const name = stem === 'index' ? `${escapeRegExp(basename(dirname(file)))}(?:/index)?` : escapeRegExp(stem);
  const dots = stem === 'index' ? '|(?:\\.\\.?/?)+' : '';
  return new RegExp(`^(?:(?:.*[/@~])?${name}(?:\\.[cm]?[jt]sx?)?${dots})$`);
}

/** The same, as a quoted string anywhere in a file's text: the cheap test of whether a file can import it. */
const quoted = (pattern: RegExp) => new RegExp(`['"\`]${pattern.source.slice(1, -1).replace(/\.\*/g, "[^'\"`\\n]*")}['"\`]`);

export class ImportIndex {
  readonly #root: string;
  readonly #store: ModuleStore;
  readonly #resolver: Resolver;
  readonly #layout: () => AppLayout;
  #epoch = -1;
  #files: string[] = [];
  readonly #importers = new Map<string, Edge[]>();
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
    const pattern = specifierPattern(file);
    const inText = quoted(pattern);
    for (const candidate of this.#files) {
      const text = candidate === file ? undefined : this.#store.textOf(candidate);
      if (text === undefined || !inText.test(text)) continue;
      const scan = this.#store.scan(candidate);
      const specifiers = scan?.imports.filter((i) => !i.typeOnly && pattern.test(i.specifier) && this.#resolver.resolve(candidate, i.specifier) === file).map((i) => i.specifier) ?? [];
      if (specifiers.length === 0) continue;
      const serverOnly = this.#ownFacts(candidate).pagesComponent ? this.#pagesServerOnlySources(candidate) : undefined;
      edges.push({ from: candidate, side: specifiers.every((s) => serverOnly?.has(s)) ? 'server' : 'both' });
    }
    this.#importers.set(file, edges);
    return edges;
  }

  #pagesServerOnlySources(file: string): Set<string> {
    const program = this.#store.programOf(file);
    return program ? dataFunctionOnlySources(program) : new Set();
  }
}
