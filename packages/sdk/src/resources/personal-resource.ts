import type { Cache } from '../cache/cache.js';
import type { CacheKeys } from '../cache/cache-keys.js';
import { AbortError } from '../errors.js';
import { bodyOf } from '../transport/transport.js';
import { InFlightRequests } from './in-flight.js';
import type { Session } from './session.js';
import type { Dated, WatchSource } from './watch.js';

/** What the client shares between its resources. */
export interface ResourceContext {
  session: Session;
  /** Cache for personal data (memory only with `cache: 'none'`). */
  personalCache: Cache;
  keys: CacheKeys;
  inFlight: InFlightRequests;
}

/** One personal resource that is cached per user, e.g. the budget. */
export interface PersonalResourceSpec<T> {
  /** Name in cache keys, e.g. `budget`. */
  name: string;
  /** Name in messages, e.g. `Budget`. */
  resource: string;
  path: string;
  /** Query parameters of the path (already part of `name`, so each query has its own cache entry). */
  searchParams?: Record<string, string | undefined>;
  /** Validates a response body or a cached value; throws a ValidationError when it does not fit. */
  parse(body: unknown): T;
}

/** `get()` plus the watch source of a personal resource. */
export interface PersonalResource<T> extends WatchSource<T> {
  get(signal?: AbortSignal): Promise<T>;
}

/**
 * A personal resource: fetched with the token after the user is known, shared while in flight,
 * cached under the user's id, and never written once another user has signed in.
 */
export function personalResource<T>(context: ResourceContext, spec: PersonalResourceSpec<T>): PersonalResource<T> {
  const { session, personalCache, keys, inFlight } = context;

  async function fetchFresh(signal?: AbortSignal): Promise<Dated<T>> {
    const generation = session.generation;
    const me = await session.identify(signal);
    const key = keys.personal(me.id, spec.name);
    return inFlight.run(
      key,
      async (shared) => {
        const response = await session.authorizedGet({
          path: spec.path,
          resource: spec.resource,
          signal: shared,
          ...(spec.searchParams ? { searchParams: spec.searchParams } : {}),
        });
        const data = spec.parse(bodyOf(response));
        if (generation !== session.generation) throw new AbortError(`${spec.resource}: the signed-in user changed`);
        const updatedAt = new Date().toISOString();
        await personalCache.set(key, { value: data, updatedAt }).catch(() => undefined);
        return { data, updatedAt };
      },
      signal,
    );
  }

  async function readCached(signal: AbortSignal): Promise<Dated<T> | undefined> {
    // A user known without a request (the host named them, or /v1/me answered earlier) is read at once,
    // so the last data shows before the API answers, or while it cannot be reached.
    const userId = session.knownUserId ?? (await session.identify(signal)).id;
    const key = keys.personal(userId, spec.name);
    const entry = await personalCache.get<unknown>(key);
    if (!entry) return undefined;
    try {
      return { data: spec.parse(entry.value), updatedAt: entry.updatedAt };
    } catch {
      // Written by an older client or damaged: drop it; the fresh fetch replaces it.
      await personalCache.delete(key).catch(() => undefined);
      return undefined;
    }
  }

  return {
    get: async (signal) => (await fetchFresh(signal)).data,
    fetchFresh,
    readCached,
  };
}
