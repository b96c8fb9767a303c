/**
 * A map whose entries expire a fixed time after they were computed. Editors keep one ESLint process
 * alive for hours, so facts read from other files (next.config, a wrapper module, whether proxy.ts
 * exists) must be re-read now and then; a CLI run still reads each of them only once per few seconds.
 */
export class ExpiringCache<K, V> {
  readonly #entries = new Map<K, { value: V; expires: number }>();
  readonly #ttlMs: number;

  constructor(ttlMs: number) {
    this.#ttlMs = ttlMs;
  }

  get(key: K, compute: () => V): V {
    const now = Date.now();
    const hit = this.#entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    const value = compute();
    if (this.#entries.size >= PURGE_THRESHOLD) this.#purge(now);
    this.#entries.set(key, { value, expires: now + this.#ttlMs });
    return value;
  }

  /** Drops expired entries, so an editor session that opens thousands of files does not keep them all. */
  #purge(now: number): void {
    for (const [key, entry] of this.#entries) if (entry.expires <= now) this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }
}

const PURGE_THRESHOLD = 500;

/** How long facts read from the file system stay fresh. */
export const FACTS_TTL_MS = 5_000;
