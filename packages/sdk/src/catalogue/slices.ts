/** At most this long between two yields: well under the 50 ms that makes a task long. */
export const SLICE_MS = 8;

interface YieldingScheduler {
  yield(): Promise<void>;
}

/**
 * Gives the event loop a turn: `scheduler.yield()` where the browser has it (the rest of the work
 * keeps its place in the queue), else a `MessageChannel` message, which browsers do not clamp to
 * 4 ms as they clamp a nested `setTimeout(0)`.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(undefined);
  });
}

/**
 * Runs `steps` in slices of about {@link SLICE_MS}: steps run back to back until the slice is used
 * up, then the event loop gets a turn. Stops with the signal's reason when aborted.
 * `onYield` is told each time, so a test can see the work was cut into slices.
 */
export async function runInSlices<T>(
  steps: Iterator<void, T>,
  signal: AbortSignal | undefined,
  onYield?: () => void,
): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    signal?.throwIfAborted();
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < SLICE_MS) continue;
    onYield?.();
    await yieldToMain();
    sliceStart = performance.now();
  }
}

/** Runs `steps` to the end at once: for synchronous builds. */
export function runToEnd<T>(steps: Iterator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
