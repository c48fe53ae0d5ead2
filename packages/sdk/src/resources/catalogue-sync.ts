import * as z from 'zod/mini';
import { CatalogueEnvelope, CourseSummary } from '@leerbudget/contract';
import type { Cache, CacheEntry } from '../cache/cache.js';
import type { CacheKeys } from '../cache/cache-keys.js';
import type { CatalogueIndex } from '../catalogue/index.js';
import type { Transport } from '../transport/transport.js';
import { parseItems, parseResource, type ValidationIssue } from '../validation.js';
import { applyCatalogueDelta } from './catalogue-delta.js';
import type { InFlightRequests } from './in-flight.js';
import type { IssueReporter } from './issue-reporter.js';
import type { Dated, WatchSource } from './watch.js';

/** The synced catalogue: its courses, an index over them, and what was left out. */
export interface CatalogueState {
  courses: CourseSummary[];
  index: CatalogueIndex;
  /** The snapshot version; sent back as `?since=` on the next sync. */
  version: string;
  /** Courses that did not match the contract and are not in `courses`. */
  issues: ValidationIssue[];
}

/** Loaded on first sync, so pages that show only the budget do not ship the search engine. */
async function buildIndex(courses: CourseSummary[], signal?: AbortSignal): Promise<CatalogueIndex> {
  const { CatalogueIndex } = await import('../catalogue/catalogue-index.js');
  return CatalogueIndex.buildAsync(courses, signal ? { signal } : {});
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

  /** The catalogue this page already holds, or the one in the cache (courses validated again). */
  async readCached(signal?: AbortSignal): Promise<Dated<CatalogueState> | undefined> {
    if (this.#current) return this.#current;
    const entry = await this.#cache.get<string>(this.#key).catch(() => undefined);
    if (!entry) return undefined;
    const restored = await this.#restore(entry, signal);
    if (!restored) await this.#cache.delete(this.#key).catch(() => undefined);
    return restored;
  }

  async #restore(entry: CacheEntry<string>, signal?: AbortSignal): Promise<Synced | undefined> {
    try {
      const stored = parseResource('Catalogue', StoredCatalogue, JSON.parse(entry.value));
      const parsed = parseItems('Course', CourseSummary, stored.courses);
      const issues = [...(stored.issues as ValidationIssue[]), ...parsed.issues];
      const index = await buildIndex(parsed.items, signal);
      return {
        data: { courses: parsed.items, index, version: stored.version, issues },
        updatedAt: entry.updatedAt,
        etag: entry.etag,
      };
    } catch {
      return undefined;
    }
  }

  async #sync(signal: AbortSignal): Promise<Synced> {
    const base = await this.readCached(signal) as Synced | undefined;
    const response = await this.#transport.get({
      path: 'v1/catalogue',
      resource: 'Catalogue',
      signal,
      ...(base ? { searchParams: { since: base.data.version } } : {}),
      ...(base?.etag ? { etag: base.etag } : {}),
    });
    const updatedAt = new Date().toISOString();
    if (response.notModified && base) return this.#keep({ ...base, updatedAt });
    const envelope = parseResource('Catalogue', CatalogueEnvelope, response.notModified ? undefined : response.body);
    const parsed = parseItems('Course', CourseSummary, envelope.courses);
    this.#issues.report(parsed.issues);
    const isDelta = envelope.kind === 'delta' && base !== undefined;
    const courses = isDelta
      ? applyCatalogueDelta(base.data.courses, parsed.items, envelope.deleted)
      : parsed.items;
    const touched = new Set([...parsed.items.map((course) => course.id), ...envelope.deleted]);
    const issues = isDelta
      ? [...base.data.issues.filter((issue) => issue.id === undefined || !touched.has(issue.id)), ...parsed.issues]
      : parsed.issues;
    const index = await buildIndex(courses, signal);
    const synced: Synced = { data: { courses, index, version: envelope.version, issues }, updatedAt, etag: response.etag };
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
