import { AbortError } from '../errors.js';

interface SharedCall {
  key: string;
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
}

/**
 * Shares one request per key among every caller that asks while it runs (three widgets asking for
 * the budget at once make one request). A caller that aborts stops waiting; the request itself is
 * aborted only when no caller waits any more.
 */
export class InFlightRequests {
  readonly #calls = new Map<string, SharedCall>();

  run<T>(key: string, start: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(new AbortError('The call was aborted before it started'));
    const call = this.#calls.get(key) ?? this.#start(key, start);
    call.waiting += 1;
    return this.#wait(call, signal) as Promise<T>;
  }

  #start<T>(key: string, start: (signal: AbortSignal) => Promise<T>): SharedCall {
    const controller = new AbortController();
    const call: SharedCall = { key, promise: Promise.resolve(), controller, waiting: 0 };
    call.promise = start(controller.signal).finally(() => {
      if (this.#calls.get(key) === call) this.#calls.delete(key);
    });
    // Nobody may be waiting when it fails (all aborted); keep that from becoming an unhandled rejection.
    call.promise.catch(() => undefined);
    this.#calls.set(key, call);
    return call;
  }

  /** Nobody waits any more: abort it, and let the next caller start afresh rather than join an aborted call. */
  #abandon(call: SharedCall): void {
    if (this.#calls.get(call.key) === call) this.#calls.delete(call.key);
    call.controller.abort();
  }

  #wait(call: SharedCall, signal?: AbortSignal): Promise<unknown> {
    if (!signal) return call.promise;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        call.waiting -= 1;
        if (call.waiting === 0) this.#abandon(call);
        reject(new AbortError('The call was aborted'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      call.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }
}
