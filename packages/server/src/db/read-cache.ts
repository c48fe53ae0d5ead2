import type { WriteCountedDatabase } from './write-counter.js';

/** Entries kept at most; past it the cache starts over, which only costs the next reads a query each. */
const MAX_ENTRIES = 10_000;

/**
 * Remembers reads until the next write to the database. Only sound when this process is the database's
 * only writer, as with the embedded PGlite; a shared PostgreSQL can be written by other instances.
 */
export class ReadCache {
  readonly #db: WriteCountedDatabase;
  readonly #entries = new Map<string, { writes: number; value: unknown }>();

  constructor(db: WriteCountedDatabase) {
    this.#db = db;
  }

  async read<T>(key: string, load: () => Promise<T>): Promise<T> {
    const writes = this.#db.writes;
    const hit = this.#entries.get(key);
    if (hit !== undefined && hit.writes === writes && this.#db.writesInFlight === 0) return hit.value as T;
    const value = await load();
    // A write that began or ended during the load may not be in `value`: such a value is used once, not kept.
    if (this.#db.writes === writes && this.#db.writesInFlight === 0) {
      if (this.#entries.size >= MAX_ENTRIES) this.#entries.clear();
      this.#entries.set(key, { writes, value });
    }
    return value;
  }
}
