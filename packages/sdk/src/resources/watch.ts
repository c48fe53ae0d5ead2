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
  /** The cached value, if any. */
  readCached(signal: AbortSignal): Promise<Dated<T> | undefined>;
  fetchFresh(signal: AbortSignal): Promise<Dated<T>>;
}

/** What a round starts from, and what it leaves for the next one. */
interface RoundMemory<T> {
  /** The last good data shown, kept beside an error. */
  last: Dated<T> | undefined;
  /** The round ended in an error (an outage the page may recover from). */
  failed: boolean;
}

/**
 * Runs one round: with `readCache`, the cached value first; then the fresh value, or the error with
 * the last good data.
 */
async function runWatchRound<T>(
  source: WatchSource<T>,
  listener: WatchListener<T>,
  signal: AbortSignal,
  memory: RoundMemory<T>,
  readCache: boolean,
): Promise<void> {
  const emit = (state: WatchState<T>) => {
    if (!signal.aborted) listener(state);
  };
  if (readCache) {
    // A failing cache read is not worth a state of its own: the fresh fetch reports the real problem.
    const cached = await source.readCached(signal).catch(() => undefined);
    if (cached && !signal.aborted) {
      memory.last = cached;
      emit({ status: 'cached', data: cached.data, stale: true, updatedAt: cached.updatedAt });
    }
  }
  try {
    const fresh = await source.fetchFresh(signal);
    if (signal.aborted) return;
    memory.last = fresh;
    memory.failed = false;
    emit({ status: 'fresh', data: fresh.data, stale: false, updatedAt: fresh.updatedAt });
  } catch (error) {
    if (signal.aborted || isAbortError(error)) return;
    memory.failed = true;
    const { last } = memory;
    emit({
      status: 'error',
      error: error as LeerbudgetError,
      stale: true,
      offline: isNetworkError(error),
      ...(last ? { data: last.data, updatedAt: last.updatedAt } : {}),
    });
  }
}

interface ActiveWatch {
  /** A round is on its way (a revalidation would only duplicate it). */
  readonly running: boolean;
  readonly failed: boolean;
  revalidate(): void;
}

/**
 * Every watch of one client. Each runs one round at start and a new one every time `onRestart` fires
 * (the token provider changed, so the data belongs to someone else) or its `revalidate` fires (a write
 * changed the data); {@link Watches.revalidate} asks
 * every idle watch for fresh data once, so widgets leave an error by themselves after an outage.
 */
export class Watches {
  readonly #active = new Set<ActiveWatch>();

  /** `true` when some watch's last round ended in an error. */
  get failed(): boolean {
    return [...this.#active].some((watch) => watch.failed);
  }

  /** One fresh fetch for every watch that is not fetching already (watches of one resource share it). */
  revalidate(): void {
    for (const watch of this.#active) if (!watch.running) watch.revalidate();
  }

  /** Keeps a watch going until `signal` aborts. */
  watch<T>(
    source: WatchSource<T>,
    listener: WatchListener<T>,
    signal: AbortSignal,
    onRestart: (restart: () => void, revalidate: () => void) => () => void,
  ): void {
    if (signal.aborted) return;
    let round = new AbortController();
    let running = 0;
    let memory: RoundMemory<T> = { last: undefined, failed: false };
    const run = (readCache: boolean) => {
      round.abort();
      round = new AbortController();
      running += 1;
      void runWatchRound(source, listener, AbortSignal.any([signal, round.signal]), memory, readCache).finally(() => {
        running -= 1;
      });
    };
    const active: ActiveWatch = {
      get running() {
        return running > 0;
      },
      get failed() {
        return memory.failed;
      },
      revalidate: () => run(false),
    };
    // Another user: nothing of the previous one's data may be kept, not even beside an error. A write
    // changed the data: fetch it again at once, even when a round is on its way (it may predate the write),
    // and skip the cache, which would only flash "stale" for the value already shown.
    const stopListening = onRestart(
      () => {
        memory = { last: undefined, failed: false };
        run(true);
      },
      () => run(false),
    );
    this.#active.add(active);
    signal.addEventListener(
      'abort',
      () => {
        round.abort();
        stopListening();
        this.#active.delete(active);
      },
      { once: true },
    );
    run(true);
  }
}
