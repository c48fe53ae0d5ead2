import { CatalogueEnvelope, CourseSummary } from '@leerbudget/contract';
import type { Cache } from '../cache/cache.js';
import type { CacheKeys } from '../cache/cache-keys.js';
import type { CatalogueIndex } from '../catalogue/index.js';
import { bodyOf, type Transport } from '../transport/transport.js';
import { parseItems, parseResource, type ValidationIssue } from '../validation.js';
import { CatalogueStore } from './catalogue-store.js';
import { applyCatalogueDelta } from './catalogue-delta.js';
import type { InFlightRequests } from './in-flight.js';
import type { IssueReporter } from './issue-reporter.js';
import type { Dated, WatchSource } from './watch.js';

/**
 * The synced catalogue: its courses, an index over them, and what was left out.
 *
 * `client.catalogue.watch()` shows, in order: one `cached` when the catalogue is stored or already in
 * this page's memory (none when nothing is stored), then one `fresh` or `error`.
 */
export interface CatalogueState {
  courses: CourseSummary[];
  index: CatalogueIndex;
  /**
   * Same as `index.textReady`: always `true` in the states `sync()` and `watch()` give, since the
   * cache holds the built index (an index that answers without text comes only from
   * `CatalogueIndex.buildAsync` with `onColumnsReady`).
   */
  textReady: boolean;
  /** The snapshot version; sent back as `?since=` on the next sync. */
  version: string;
  /** Courses that did not match the contract and are not in `courses`. */
  issues: ValidationIssue[];
}

/** Loaded on first sync, so pages that show only the budget do not ship the search engine. */
async function buildIndex(courses: CourseSummary[], signal: AbortSignal): Promise<CatalogueIndex> {
  const { CatalogueIndex } = await import('../catalogue/catalogue-index.js');
  return CatalogueIndex.buildAsync(courses, { signal });
}

/** Which catalogue: the whole one, or one provider's (a vendor's site). */
export interface CatalogueScope {
  /** A provider id: only its courses (`GET /v1/catalogue?provider=`), synced and cached apart from the rest. */
  provider?: string;
}

interface Synced extends Dated<CatalogueState> {
  etag: string | undefined;
}

/** Keeps the catalogue in sync: snapshot once, then 304s and `?since=` deltas, stored with its built index. */
export class CatalogueSync implements WatchSource<CatalogueState> {
  readonly #transport: Transport;
  readonly #store: CatalogueStore;
  readonly #key: string;
  readonly #inFlight: InFlightRequests;
  readonly #issues: IssueReporter;
  readonly #provider: string | undefined;
  #current: Synced | undefined;

  constructor(
    transport: Transport,
    cache: Cache,
    keys: CacheKeys,
    inFlight: InFlightRequests,
    issues: IssueReporter,
    provider?: string,
  ) {
    this.#transport = transport;
    this.#provider = provider;
    // Not under `catalogue:`, where the whole catalogue's store keeps (and clears) its parts.
    this.#key = keys.publicResource(
      provider === undefined ? 'catalogue' : `provider-catalogue:${encodeURIComponent(provider)}`,
    );
    this.#store = new CatalogueStore(cache, this.#key);
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
   * The catalogue this page already holds, or the one in the cache: read back as it was stored (its
   * courses were checked when they arrived), with its built index, in slices. Runs once however many ask.
   */
  async readCached(signal?: AbortSignal): Promise<Dated<CatalogueState> | undefined> {
    if (this.#current) return this.#current;
    return this.#inFlight.run(`${this.#key}:restore`, (shared) => this.#restore(shared), signal);
  }

  async #restore(signal: AbortSignal): Promise<Synced | undefined> {
    const stored = await this.#store.read(signal);
    if (!stored) return undefined;
    const { courses, snapshot, version, issues, updatedAt, etag } = stored;
    const { CatalogueIndex } = await import('../catalogue/catalogue-index.js');
    const index = await CatalogueIndex.fromSnapshotAsync(courses, snapshot, { signal });
    // Restores never overlap, and a sync waits for this one, so nothing newer can be here yet.
    return (this.#current ??= { data: { courses, index, textReady: true, version, issues }, updatedAt, etag });
  }

  async #sync(signal: AbortSignal): Promise<Synced> {
    const base = (await this.readCached(signal)) as Synced | undefined;
    const searchParams: Record<string, string> = {};
    if (this.#provider !== undefined) searchParams['provider'] = this.#provider;
    if (base) searchParams['since'] = base.data.version;
    const response = await this.#transport.get({
      path: 'v1/catalogue',
      resource: 'Catalogue',
      signal,
      ...(Object.keys(searchParams).length > 0 ? { searchParams } : {}),
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
    await this.#save(synced);
    return this.#keep(synced);
  }

  #keep(synced: Synced): Synced {
    this.#current = synced;
    return synced;
  }

  async #save(synced: Synced): Promise<void> {
    const { courses, index, version, issues } = synced.data;
    const stored = {
      courses,
      snapshot: index.snapshot(),
      version,
      issues,
      updatedAt: synced.updatedAt,
      etag: synced.etag,
    };
    await this.#store.write(stored).catch(() => undefined);
  }
}
