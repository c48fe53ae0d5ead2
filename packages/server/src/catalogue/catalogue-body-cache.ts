import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Store } from '../store.js';

const gzipAsync = promisify(gzip);

/** A catalogue response body in both encodings; gzip is made on first demand. */
export interface CatalogueBody {
  version: string;
  json: string;
  gzipped(): Promise<Uint8Array<ArrayBuffer>>;
}

/** Bodies kept: the full snapshot plus a few recent deltas and provider snapshots of the current versions. */
const MAX_ENTRIES = 8;

/**
 * Builds catalogue snapshot and delta bodies once per catalogue version: serialising and
 * compressing 100k courses takes seconds, and every client of one version gets the same bytes.
 * Stateless across instances: the key is the version read from the database.
 */
export class CatalogueBodyCache {
  readonly #store: Store;
  readonly #now: () => Date;
  readonly #entries = new Map<string, Promise<CatalogueBody>>();

  constructor(store: Store, now: () => Date) {
    this.#store = store;
    this.#now = now;
  }

  /** The body for the current `version`, `since` and `provider` (its own version then), built when not cached yet. */
  get(version: string, since: string | undefined, provider?: string): Promise<CatalogueBody> {
    const key = JSON.stringify([version, since ?? '', provider ?? null]);
    let entry = this.#entries.get(key);
    if (entry === undefined) {
      entry = this.#build(since, provider);
      entry.catch(() => this.#entries.delete(key));
      this.#entries.set(key, entry);
      this.#evictOldest();
    }
    return entry;
  }

  async #build(since: string | undefined, provider: string | undefined): Promise<CatalogueBody> {
    const changes = await this.#store.catalogueChanges(since, provider);
    // Course texts come straight from the database: a bad record is served as it is, for clients to reject.
    const json =
      `{"kind":${since === undefined ? '"snapshot"' : '"delta"'},"generatedAt":${JSON.stringify(this.#now().toISOString())},` +
      `"version":${JSON.stringify(changes.version)},"courses":[${changes.courses.join(',')}],"deleted":${JSON.stringify(changes.deleted)}}`;
    let compressed: Promise<Uint8Array<ArrayBuffer>> | undefined;
    const compress = async () => {
      const buffer = await gzipAsync(json);
      return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
    };
    return { version: changes.version, json, gzipped: () => (compressed ??= compress()) };
  }

  #evictOldest(): void {
    while (this.#entries.size > MAX_ENTRIES) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) return;
      this.#entries.delete(oldest);
    }
  }
}
