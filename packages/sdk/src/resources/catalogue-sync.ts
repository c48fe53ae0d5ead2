import * as z from 'zod/mini';
import { CatalogueEnvelope, CourseSummary } from '@leerbudget/contract';
import type { Cache, CacheEntry } from '../cache/cache.js';
import type { CacheKeys } from '../cache/cache-keys.js';
import type { CatalogueIndex } from '../catalogue/index.js';
import { bodyOf, type Transport } from '../transport/transport.js';
import { parseItems, parseResource, type ValidationIssue } from '../validation.js';
import { applyCatalogueDelta } from './catalogue-delta.js';
import type { InFlightRequests } from './in-flight.js';
import type { IssueReporter } from './issue-reporter.js';
import type { Dated, WatchSource } from './watch.js';

/**
 * The synced catalogue: its courses, an index over them, and what was left out.
 *
 * `client.catalogue.watch()` shows, in order: when the catalogue is stored but not yet in this page's
 * memory, `cached` with `textReady: false`, then `cached` with `textReady: true`; when it is already in
 * memory, one `cached`; when nothing is stored, no `cached` at all. Then one `fresh` or `error`.
 */
export interface CatalogueState {
  courses: CourseSummary[];
  index: CatalogueIndex;
  /**
   * Same as `index.textReady`. `false` only in the first `cached` state `watch()` shows while the stored
   * catalogue's text index is still being built: facets, ranges, sorting and budget filters work, a text
   * search answers `textPending: true` (show "Zoeken wordt voorbereid…"). A second `cached` state with
   * `textReady: true` follows. `sync()` and `fresh` states are always text-ready.
   */
  textReady: boolean;
  /** The snapshot version; sent back as `?since=` on the next sync. */
  version: string;
  /** Courses that did not match the contract and are not in `courses`. */
  issues: ValidationIssue[];
}

/** Loaded on first sync, so pages that show only the budget do not ship the search engine. */
async function buildIndex(
  courses: CourseSummary[],
  signal: AbortSignal,
  onColumnsReady?: (index: CatalogueIndex) => void,
): Promise<CatalogueIndex> {
  const { CatalogueIndex } = await import('../catalogue/catalogue-index.js');
  return CatalogueIndex.buildAsync(courses, onColumnsReady ? { signal, onColumnsReady } : { signal });
}

/** The one serialized value the cache holds: a JSON string reads back far faster than a row per course. */
const StoredCatalogue = z.object({
  version: z.string(),
  courses: z.array(z.unknown()),
  issues: z._default(z.array(z.unknown()), []),
});

interface Synced extends Dated<CatalogueState> {
  etag: string | undefined;
}

/** Keeps the catalogue in sync: snapshot once, then 304s and `?since=` deltas, stored as one value. */
export class CatalogueSync implements WatchSource<CatalogueState> {
  readonly #transport: Transport;
  readonly #cache: Cache;
  readonly #key: string;
  readonly #inFlight: InFlightRequests;
  readonly #issues: IssueReporter;
  #current: Synced | undefined;
  /** While the stored catalogue is being restored: settles with its text-less state (or nothing) first. */
  #restoringColumns: Promise<Synced | undefined> | undefined;

  constructor(transport: Transport, cache: Cache, keys: CacheKeys, inFlight: InFlightRequests, issues: IssueReporter) {
    this.#transport = transport;
    this.#cache = cache;
    this.#key = keys.publicResource('catalogue');
    this.#inFlight = inFlight;
    this.#issues = issues;
  }

  /** Brings the catalogue up to date and returns it. */
  async sync(signal?: AbortSignal): Promise<CatalogueState> {
    return (await this.fetchFresh(signal)).data;
  }

  fetchFresh(signal?: AbortSignal): Promise<Dated<CatalogueState>> {
    return this.#inFlight.run(this.#key, (shared) => this.#sync(shared), signal);
  }

  /**
   * The catalogue this page already holds, or the one in the cache (courses validated again). Restoring
   * from the cache runs once however many callers ask. `onColumnsReady` gets the restored catalogue as
   * soon as its index answers without text (`textReady: false`), before this resolves with the complete one.
   */
  async readCached(
    signal?: AbortSignal,
    onColumnsReady?: (state: Dated<CatalogueState>) => void,
  ): Promise<Dated<CatalogueState> | undefined> {
    if (this.#current) return this.#current;
    const restored = this.#inFlight.run(`${this.#key}:restore`, (shared) => this.#restoreOnce(shared), signal);
    const columns = this.#restoringColumns;
    if (onColumnsReady && columns) {
      // The text-less state settles a turn before the complete one: show it only while that still holds.
      const early = await Promise.race([columns, restored]);
      if (early && !early.data.textReady) onColumnsReady(early);
    }
    return restored;
  }

  /** Restores the stored catalogue, exposing its text-less state in `#restoringColumns` while it runs. */
  #restoreOnce(signal: AbortSignal): Promise<Synced | undefined> {
    let columnsReady: (state: Synced | undefined) => void = () => undefined;
    const columns = new Promise<Synced | undefined>((resolve) => (columnsReady = resolve));
    this.#restoringColumns = columns;
    const restored = this.#restore(signal, columnsReady);
    void restored
      .then(columnsReady, () => columnsReady(undefined))
      .finally(() => {
        if (this.#restoringColumns === columns) this.#restoringColumns = undefined;
      });
    return restored;
  }

  async #restore(signal: AbortSignal, onColumnsReady: (state: Synced) => void): Promise<Synced | undefined> {
    const stored = await this.#readStored();
    if (!stored) return undefined;
    const { entry, state } = stored;
    const dated = (index: CatalogueIndex): Synced => ({
      data: { ...state, index, textReady: index.textReady },
      updatedAt: entry.updatedAt,
      etag: entry.etag,
    });
    const index = await buildIndex(state.courses, signal, (early) => onColumnsReady(dated(early)));
    // Restores never overlap, and a sync waits for this one, so nothing newer can be here yet.
    return (this.#current ??= dated(index));
  }

  /** The stored catalogue, validated again; an entry that no longer parses is dropped. */
  async #readStored(): Promise<
    { entry: CacheEntry<string>; state: Omit<CatalogueState, 'index' | 'textReady'> } | undefined
  > {
    const entry = await this.#cache.get<string>(this.#key).catch(() => undefined);
    if (!entry) return undefined;
    try {
      const stored = parseResource('Catalogue', StoredCatalogue, JSON.parse(entry.value));
      const parsed = parseItems('Course', CourseSummary, stored.courses);
      const issues = [...(stored.issues as ValidationIssue[]), ...parsed.issues];
      return { entry, state: { courses: parsed.items, version: stored.version, issues } };
    } catch {
      await this.#cache.delete(this.#key).catch(() => undefined);
      return undefined;
    }
  }

  async #sync(signal: AbortSignal): Promise<Synced> {
    const base = (await this.readCached(signal)) as Synced | undefined;
    const response = await this.#transport.get({
      path: 'v1/catalogue',
      resource: 'Catalogue',
      signal,
      ...(base ? { searchParams: { since: base.data.version } } : {}),
      ...(base?.etag ? { etag: base.etag } : {}),
    });
    const updatedAt = new Date().toISOString();
    if (response.notModified && base) return this.#keep({ ...base, updatedAt });
    const envelope = parseResource('Catalogue', CatalogueEnvelope, bodyOf(response));
    const parsed = parseItems('Course', CourseSummary, envelope.courses);
    this.#issues.report(parsed.issues);
    const isDelta = envelope.kind === 'delta' && base !== undefined;
    const courses = isDelta ? applyCatalogueDelta(base.data.courses, parsed.items, envelope.deleted) : parsed.items;
    const touched = new Set([...parsed.items.map((course) => course.id), ...envelope.deleted]);
    const issues = isDelta
      ? [...base.data.issues.filter((issue) => issue.id === undefined || !touched.has(issue.id)), ...parsed.issues]
      : parsed.issues;
    const index = await buildIndex(courses, signal);
    const synced: Synced = {
      data: { courses, index, textReady: true, version: envelope.version, issues },
      updatedAt,
      etag: response.etag,
    };
    await this.#store(synced);
    return this.#keep(synced);
  }

  #keep(synced: Synced): Synced {
    this.#current = synced;
    return synced;
  }

  async #store(synced: Synced): Promise<void> {
    const { courses, version, issues } = synced.data;
    const entry: CacheEntry<string> = {
      value: JSON.stringify({ version, courses, issues }),
      updatedAt: synced.updatedAt,
      ...(synced.etag ? { etag: synced.etag } : {}),
    };
    await this.#cache.set(this.#key, entry).catch(() => undefined);
  }
}
