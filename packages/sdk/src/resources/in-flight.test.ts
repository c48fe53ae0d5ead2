import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAbortError } from '../errors.js';
import { InFlightRequests } from './in-flight.js';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

test('callers asking for the same key while it runs share one start', async () => {
  const inFlight = new InFlightRequests();
  let starts = 0;
  const gate = deferred<string>();
  const start = () => {
    starts += 1;
    return gate.promise;
  };
  const calls = [inFlight.run('k', start), inFlight.run('k', start), inFlight.run('k', start)];
  gate.resolve('value');
  assert.deepEqual(await Promise.all(calls), ['value', 'value', 'value']);
  assert.equal(starts, 1);
  await inFlight.run('k', async () => 'again');
  assert.equal(starts, 1, 'a settled call is not reused');
});

test('one caller aborting leaves the others waiting; the last one aborting aborts the request', async () => {
  const inFlight = new InFlightRequests();
  let sharedSignal: AbortSignal | undefined;
  const gate = deferred<string>();
  const start = (signal: AbortSignal) => {
    sharedSignal = signal;
    return gate.promise;
  };
  const first = new AbortController();
  const second = new AbortController();
  const a = inFlight.run('k', start, first.signal);
  const b = inFlight.run('k', start, second.signal);
  first.abort();
  assert.ok(isAbortError(await a.catch((e: unknown) => e)));
  assert.equal(sharedSignal?.aborted, false);
  second.abort();
  assert.ok(isAbortError(await b.catch((e: unknown) => e)));
  assert.equal(sharedSignal?.aborted, true);
  gate.resolve('late');
  assert.equal(await inFlight.run('k', async () => 'fresh'), 'fresh', 'an abandoned call is not joined');
});
