import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadOnce } from './load-once.js';

test('concurrent and later callers share one load', async () => {
  let loads = 0;
  const load = loadOnce(async () => {
    loads += 1;
    return { id: loads };
  });
  const [first, second] = await Promise.all([load(), load()]);
  const third = await load();
  assert.equal(loads, 1);
  assert.equal(first, second);
  assert.equal(first, third);
});

test('a failed load is tried again on the next call', async () => {
  let attempts = 0;
  const load = loadOnce(async () => {
    attempts += 1;
    if (attempts === 1) throw new Error('chunk did not download');
    return 'loaded';
  });
  await assert.rejects(load(), /chunk did not download/);
  assert.equal(await load(), 'loaded');
  assert.equal(attempts, 2);
});
