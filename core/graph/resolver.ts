// Resolving the app's own import specifiers to source files, the way Next's bundler does for what apps
// write: relative paths, tsconfig/jsconfig `paths` and `baseUrl` (`@/utils/supabase/server`, `src/` via
// `@/*`), index files, the source extensions, and `./x.js` naming `./x.ts`. Packages are not followed.
//
// Each `(directory, specifier)` pair is resolved once; in a later epoch the answer is reused as long as
// the directories it looked into list the same names (a new `server.ts` next to `server.js` is seen).
import { dirname, join, resolve } from 'node:path';
import { createPathsMatcher, getTsconfig } from 'get-tsconfig';
import { SOURCE_EXTENSIONS } from '../source-file.ts';
import { currentEpoch } from './epoch.ts';
import { listDir, versionOf } from './fs-view.ts';
import { countResolution } from './work-counters.ts';

type PathsMatcher = (specifier: string) => string[];

interface Resolution {
  file: string | undefined;
  epoch: number;
  /** The listings the answer was read from, to re-validate it in a later epoch. */
  listings: [dir: string, entries: ReturnType<typeof listDir>][];
  /** The `paths` matcher a bare specifier went through (a changed tsconfig invalidates the answer). */
  matcher: PathsMatcher | undefined;
}

const TS_FOR_JS: Readonly<Record<string, readonly string[]>> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };

export class Resolver {
  readonly #root: string;
  readonly #memo = new Map<string, Resolution>();
  #paths: { epoch: number; version: string | undefined; matcher: PathsMatcher | undefined } | undefined;

  constructor(root: string) {
    this.#root = root;
  }

  /** The source file `specifier` names when imported from `fromFile`, or undefined (a package, missing). */
  resolve(fromFile: string, specifier: string): string | undefined {
    const dir = dirname(fromFile);
    const key = `${dir}\0${specifier}`;
    const hit = this.#memo.get(key);
    if (hit && (hit.epoch === currentEpoch() || this.#stillValid(hit, specifier))) return hit.file;
    countResolution(key);
    const listings: Resolution['listings'] = [];
    const matcher = isBare(specifier) ? this.#pathsMatcher() : undefined;
    const bases = isBare(specifier) ? (matcher?.(specifier) ?? []) : [specifier.startsWith('/') ? specifier : resolve(dir, specifier)];
    let file: string | undefined;
    for (const base of bases) if ((file = probe(base, listings)) !== undefined) break;
    this.#memo.set(key, { file, epoch: currentEpoch(), listings, matcher });
    return file;
  }

  #stillValid(resolution: Resolution, specifier: string): boolean {
    if (isBare(specifier) && this.#pathsMatcher() !== resolution.matcher) return false;
    if (!resolution.listings.every(([dir, entries]) => listDir(dir) === entries)) return false;
    resolution.epoch = currentEpoch();
    return true;
  }

  /** The root's tsconfig.json (else jsconfig.json) `paths`/`baseUrl`, re-read when the file changes. */
  #pathsMatcher(): PathsMatcher | undefined {
    const epoch = currentEpoch();
    if (this.#paths?.epoch === epoch) return this.#paths.matcher;
    const configFile = ['tsconfig.json', 'jsconfig.json'].map((name) => join(this.#root, name)).find((f) => versionOf(f) !== undefined);
    const version = configFile && versionOf(configFile);
    if (this.#paths && this.#paths.version === version) {
      this.#paths.epoch = epoch;
      return this.#paths.matcher;
    }
    let matcher: PathsMatcher | undefined;
    if (configFile) {
      try {
        const config = getTsconfig(this.#root, configFile.endsWith('jsconfig.json') ? 'jsconfig.json' : 'tsconfig.json');
        matcher = (config && createPathsMatcher(config)) ?? undefined;
      } catch {
        matcher = undefined; // a tsconfig that does not parse: only relative imports resolve
      }
    }
    this.#paths = { epoch, version, matcher };
    return matcher;
  }
}

/** Not relative, not absolute: a package, or an alias only `paths`/`baseUrl` can map. */
const isBare = (specifier: string) => !specifier.startsWith('.') && !specifier.startsWith('/');

const isSource = (name: string) => SOURCE_EXTENSIONS.some((ext) => name.endsWith(ext));

/** The first source file among `base`, `base.<ext>`, `base/index.<ext>`, recording the listings read. */
function probe(base: string, listings: Resolution['listings']): string | undefined {
  const look = (dir: string) => {
    const entries = listDir(dir);
    listings.push([dir, entries]);
    return entries;
  };
  const dir = dirname(base);
  const name = base.slice(dir.length + 1);
  const entries = look(dir);
  if (!entries) return undefined;
  if (entries.get(name) === 'file' && isSource(name)) return base;
  const jsExt = Object.keys(TS_FOR_JS).find((ext) => name.endsWith(ext));
  if (jsExt) {
    const stem = name.slice(0, -jsExt.length);
    const swapped = TS_FOR_JS[jsExt]!.map((ext) => stem + ext).find((n) => entries.get(n) === 'file');
    if (swapped) return join(dir, swapped);
  }
  const withExt = SOURCE_EXTENSIONS.map((ext) => name + ext).find((n) => entries.get(n) === 'file');
  if (withExt) return join(dir, withExt);
  if (entries.get(name) === 'dir') {
    const inner = look(base);
    const index = SOURCE_EXTENSIONS.map((ext) => `index${ext}`).find((n) => inner?.get(n) === 'file');
    if (index) return join(base, index);
  }
  return undefined;
}
