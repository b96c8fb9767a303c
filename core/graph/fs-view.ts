// The project graph's view of the file system: one stat per path and one listing per directory per
// epoch (see epoch.ts), versions made of mtime and size. Existence checks go through the parent
// directory's listing, so probing `./server` against eight extensions costs one readdir, not eight
// failed stats. Never throws: what cannot be read does not exist.
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { currentEpoch } from './epoch.ts';

export type EntryKind = 'file' | 'dir' | 'other';

interface StatEntry {
  epoch: number;
  /** `mtimeMs:size`, or undefined when the path does not exist. */
  version: string | undefined;
  kind: EntryKind | undefined;
}

interface Listing {
  epoch: number;
  version: string | undefined;
  entries: ReadonlyMap<string, EntryKind> | undefined;
}

const stats = new Map<string, StatEntry>();
const listings = new Map<string, Listing>();

const kindOf = (s: Stats): EntryKind => (s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other');

function statEntry(path: string): StatEntry {
  const epoch = currentEpoch();
  const hit = stats.get(path);
  if (hit?.epoch === epoch) return hit;
  let entry: StatEntry;
  try {
    const s = statSync(path);
    entry = { epoch, version: `${s.mtimeMs}:${s.size}`, kind: kindOf(s) };
  } catch {
    entry = { epoch, version: undefined, kind: undefined };
  }
  stats.set(path, entry);
  return entry;
}

/** `mtimeMs:size` of a path, checked once per epoch; undefined when it does not exist. */
export const versionOf = (path: string): string | undefined => statEntry(path).version;

/** The names in a directory and what each is, re-read only when the directory's mtime changed. */
export function listDir(dir: string): ReadonlyMap<string, EntryKind> | undefined {
  const epoch = currentEpoch();
  const hit = listings.get(dir);
  if (hit?.epoch === epoch) return hit.entries;
  const version = versionOf(dir);
  if (hit && hit.version === version) {
    hit.epoch = epoch;
    return hit.entries;
  }
  let entries: Map<string, EntryKind> | undefined;
  if (version !== undefined && statEntry(dir).kind === 'dir') {
    try {
      entries = new Map();
      for (const dirent of readdirSync(dir, { withFileTypes: true })) {
        // A symlink is what it points to; follow it once (statSync follows links).
        const kind: EntryKind = dirent.isSymbolicLink() ? (statEntry(join(dir, dirent.name)).kind ?? 'other') : dirent.isFile() ? 'file' : dirent.isDirectory() ? 'dir' : 'other';
        entries.set(dirent.name, kind);
      }
    } catch {
      entries = undefined;
    }
  }
  listings.set(dir, { epoch, version, entries });
  return entries;
}

/** What `path` is, from its parent's listing. */
export function entryKind(path: string): EntryKind | undefined {
  const parent = dirname(path);
  if (parent === path) return 'dir';
  return listDir(parent)?.get(basename(path));
}

export const isFile = (path: string): boolean => entryKind(path) === 'file';
export const isDirectory = (path: string): boolean => entryKind(path) === 'dir';

/** The text of a regular file, or undefined (missing, a directory, a FIFO, unreadable). */
export function readFileText(path: string): string | undefined {
  if (statEntry(path).kind !== 'file') return undefined;
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Forgets everything: for tests that rewrite files within one epoch. */
export function clearFsView(): void {
  stats.clear();
  listings.clear();
}
