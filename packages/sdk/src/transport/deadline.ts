/**
 * One time limit for a whole call, retries and their back-off included (ky's own `timeout` is per attempt).
 */
export interface Deadline {
  /** Aborts when the caller aborts or the time is up. */
  readonly signal: AbortSignal;
  /** `true` once the time ran out (as opposed to the caller aborting). */
  readonly expired: () => boolean;
  /** Stops the timer; call when the call settled. */
  readonly stop: () => void;
}

export function startDeadline(timeoutMs: number, callerSignal?: AbortSignal): Deadline {
  const timer = new AbortController();
  const handle = setTimeout(() => timer.abort(), timeoutMs);
  const signal = callerSignal ? AbortSignal.any([callerSignal, timer.signal]) : timer.signal;
  return {
    signal,
    expired: () => timer.signal.aborted && !callerSignal?.aborted,
    stop: () => clearTimeout(handle),
  };
}
