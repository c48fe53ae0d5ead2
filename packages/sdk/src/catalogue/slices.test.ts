import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runInSlices, SLICE_MS, yieldToMain } from './slices.js';

/** Steps that each keep the thread busy for `ms`, recording whether a task queued before them ran yet. */
function* busySteps(count: number, ms: number, seen: () => boolean, log: boolean[]): Generator<void, string> {
  for (let step = 0; step < count; step++) {
    const until = performance.now() + ms;
    while (performance.now() < until);
    log.push(seen());
    yield;
  }
  return 'done';
}

test('runInSlices gives the event loop a turn once a slice is used up, and returns the result', async () => {
  let timerRan = false;
  setTimeout(() => (timerRan = true), 0);
  const log: boolean[] = [];
  let yields = 0;
  const steps = 5 * Math.ceil(SLICE_MS / 2);
  const result = await runInSlices(
    busySteps(steps, 2, () => timerRan, log),
    undefined,
    () => yields++,
  );
  assert.equal(result, 'done');
  assert.ok(yields >= 4, `${yields} turns for ${steps * 2} ms of work in ${SLICE_MS} ms slices`);
  assert.equal(log[0], false, 'the first slice runs before other tasks');
  assert.equal(log.at(-1), true, 'a task queued before the work ran during it');
});

test('runInSlices stops with the reason when aborted between slices', async () => {
  const controller = new AbortController();
  const running = runInSlices(
    busySteps(100, 2, () => false, []),
    controller.signal,
    () => controller.abort(new Error('user left')),
  );
  await assert.rejects(running, /user left/);
});

test('yieldToMain lets a queued task run before it resolves', async () => {
  let ran = false;
  setTimeout(() => (ran = true), 0);
  // setTimeout(0) in Node waits at least 1 ms: yield until it has run.
  for (let turn = 0; turn < 1000 && !ran; turn++) await yieldToMain();
  assert.equal(ran, true);
});
