// How much work the project graph did: tests assert on these counts (each module summarised at most once,
// each resolution computed at most once), never on time. Counting is a few map increments, so it is
// always on.

export interface WorkCounts {
  /** Module summaries computed, by absolute file. */
  summaries: Map<string, number>;
  /** Other files parsed (not linted by ESLint itself) to summarise them. */
  parses: number;
  /** Files whose imports were scanned for the reverse import index, by absolute file. */
  scans: Map<string, number>;
  /** `(directory, specifier)` resolutions computed, keyed `dir\0specifier`. */
  resolutions: Map<string, number>;
}

const counts: WorkCounts = { summaries: new Map(), parses: 0, scans: new Map(), resolutions: new Map() };

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

export const countSummary = (file: string): void => void bump(counts.summaries, file);
export const countParse = (): void => void counts.parses++;
export const countScan = (file: string): void => void bump(counts.scans, file);
export const countResolution = (key: string): void => void bump(counts.resolutions, key);

/** A snapshot of the counts since the last reset. */
export function readWorkCounts(): WorkCounts {
  return { summaries: new Map(counts.summaries), parses: counts.parses, scans: new Map(counts.scans), resolutions: new Map(counts.resolutions) };
}

export function resetWorkCounts(): void {
  counts.summaries.clear();
  counts.parses = 0;
  counts.scans.clear();
  counts.resolutions.clear();
}
