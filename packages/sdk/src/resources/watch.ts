import { isAbortError, isNetworkError, type LeerbudgetError, type ValidationError } from '../errors.js';

/** What a watcher receives: the cached value at once, then the fresh one, or an error with the last good data. */
export type WatchState<T> =
  | { status: 'cached'; data: T; stale: true; updatedAt: string }
  | { status: 'fresh'; data: T; stale: false; updatedAt: string }
  | {
      status: 'error';
      error: LeerbudgetError | ValidationError;
      /** The last good data, if any. */
      data?: T;
      stale: true;
      updatedAt?: string;
      /** `true` when the API could not be reached (show "offline" rather than "something went wrong"). */
      offline: boolean;
    };

/** Called with every new state of a watched resource. */
export type WatchListener<T> = (state: WatchState<T>) => void;

/** Options of every `watch()`: stop watching by aborting the signal. */
export interface WatchOptions {
  signal: AbortSignal;
}

/** A value with the time it was fetched. */
export interface Dated<T> {
  data: T;
  updatedAt: string;
}

/** How a watcher reads a resource: from the cache (may be missing) and from the API. */
export interface WatchSource<T> {
  /**
   * The cached value. A source that needs time to prepare it may first pass a usable but partial
   * value to `onPartial` (at most once, before resolving); the watcher shows it as `cached` too.
   */
  readCached(signal: AbortSignal, onPartial?: (partial: Dated<T>) => void): Promise<Dated<T> | undefined>;
  fetchFresh(signal: AbortSignal): Promise<Dated<T>>;
}

/**
 * Runs one stale-while-revalidate round: the cached value (if any, preceded by a partial one when the
 * source offers it), then the fresh value or the error. A revalidation after a write skips the cache: the
 * listener already shows that value, and showing it again as `cached` would only flash "stale".
 */
async function runWatchRound<T>(
  source: WatchSource<T>,
  listener: WatchListener<T>,
  signal: AbortSignal,
  fromCache = true,
): Promise<void> {
  const emit = (state: WatchState<T>) => {
    if (!signal.aborted) listener(state);
  };
  const emitCached = ({ data, updatedAt }: Dated<T>) => emit({ status: 'cached', data, stale: true, updatedAt });
  // A failing cache read is not worth a state of its own: the fresh fetch reports the real problem.
  const cached = fromCache ? await source.readCached(signal, emitCached).catch(() => undefined) : undefined;
  if (cached) emitCached(cached);
  try {
    const fresh = await source.fetchFresh(signal);
    emit({ status: 'fresh', data: fresh.data, stale: false, updatedAt: fresh.updatedAt });
  } catch (error) {
    if (signal.aborted || isAbortError(error)) return;
    emit({
      status: 'error',
      error: error as LeerbudgetError,
      stale: true,
      offline: isNetworkError(error),
      ...(cached ? { data: cached.data, updatedAt: cached.updatedAt } : {}),
    });
  }
}

/**
 * Keeps a watch going until `signal` aborts: one round now, and a new one every time `onRestart`
 * fires: from the cache when the token provider changed (the data belongs to someone else), straight
 * from the API (`fromCache: false`) when a write changed it.
 */
export function watchResource<T>(
  source: WatchSource<T>,
  listener: WatchListener<T>,
  signal: AbortSignal,
  onRestart: (restart: (fromCache?: boolean) => void) => () => void,
): void {
  if (signal.aborted) return;
  let round = new AbortController();
  const start = (fromCache = true) => {
    round.abort();
    round = new AbortController();
    void runWatchRound(source, listener, AbortSignal.any([signal, round.signal]), fromCache);
  };
  const stopListening = onRestart(start);
  signal.addEventListener(
    'abort',
    () => {
      round.abort();
      stopListening();
    },
    { once: true },
  );
  start();
}
