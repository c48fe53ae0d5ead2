import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTRACT_VERSION } from '@leerbudget/contract';
import type { Cache } from './cache.js';
import { cacheKeys } from './cache-keys.js';
import { createFallbackCache } from './fallback-cache.js';
import { approximateBytes, createIndexedDbCache } from './indexeddb-cache.js';
import { createMemoryCache } from './memory-cache.js';
import { withTimeLimit } from './time-limit.js';

const entry = (value: unknown) => ({ value, updatedAt: '2026-01-01T00:00:00.000Z' });

test('memory cache: set, get, keys, delete and clear by prefix', async () => {
  const cache = createMemoryCache();
  await cache.set('a:1', entry(1));
  await cache.set('a:2', entry(2));
  await cache.set('b:1', entry(3));
  assert.deepEqual(await cache.get('a:1'), entry(1));
  await cache.delete('a:1');
  assert.deepEqual(await cache.keys(), ['a:2', 'b:1']);
  await cache.clear('a:');
  assert.deepEqual(await cache.keys(), ['b:1']);
  await cache.clear();
  assert.deepEqual(await cache.keys(), []);
});

test('IndexedDB cache where IndexedDB is missing rejects instead of throwing or hanging', async () => {
  const cache = createIndexedDbCache();
  await assert.rejects(cache.get('x'));
  await assert.rejects(cache.set('x', entry(1)));
});

test('fallback cache serves from memory when the primary is missing', async () => {
  const cache = createFallbackCache(createIndexedDbCache(), createMemoryCache());
  await cache.set('k', entry('v'));
  assert.deepEqual(await cache.get('k'), entry('v'));
  await cache.clear();
  assert.equal(await cache.get('k'), undefined);
});

test('fallback cache: a primary that never answers is given up within its time limit', async () => {
  const never = new Promise<never>(() => undefined);
  const hanging: Cache = {
    get: () => withTimeLimit(never, 20, 'get'),
    set: () => withTimeLimit(never, 20, 'set'),
    delete: () => withTimeLimit(never, 20, 'delete'),
    keys: () => withTimeLimit(never, 20, 'keys'),
    clear: () => withTimeLimit(never, 20, 'clear'),
  };
  const cache = createFallbackCache(hanging, createMemoryCache());
  assert.equal(await cache.get('k'), undefined);
  await cache.set('k', entry(1));
  assert.deepEqual(await cache.get('k'), entry(1));
});

test('keys carry the contract version and the API base, personal ones the user id, never a token', () => {
  const keys = cacheKeys('http://localhost:8787');
  assert.equal(keys.personal('anna', 'budget'), `lb:${CONTRACT_VERSION}:http://localhost:8787:user:anna:budget`);
  assert.equal(keys.currentUser, `lb:${CONTRACT_VERSION}:http://localhost:8787:current-user`);
  assert.ok(keys.personal('anna', 'budget').startsWith(keys.personalPrefix));
  assert.ok(!keys.publicResource('catalogue').startsWith(keys.personalPrefix));
  assert.notEqual(cacheKeys('http://localhost:8787', '0.9.0').all, keys.all);
});

test('fallback cache: clear() rejects when the primary exists but could not remove', async () => {
  const failing: Cache = {
    ...createMemoryCache(),
    clear: () => Promise.reject(new Error('IndexedDB clear: the database is closing')),
    delete: () => Promise.reject(new Error('IndexedDB delete: the database is closing')),
  };
  const cache = createFallbackCache(failing, createMemoryCache());
  await assert.rejects(cache.clear('lb:'), /closing/);
  await assert.rejects(cache.delete('k'), /closing/);
});

test('fallback cache decides per operation: one failed write goes to memory, the next write still reaches the primary', async () => {
  const primary = createMemoryCache();
  const slowForBig: Cache = {
    ...primary,
    set: (key, value) =>
      key === 'big' ? Promise.reject(new Error('IndexedDB set did not answer')) : primary.set(key, value),
  };
  const memory = createMemoryCache();
  const cache = createFallbackCache(slowForBig, memory);
  await cache.set('big', entry('large'));
  await cache.set('small', entry('tiny'));
  assert.deepEqual(await primary.get('small'), entry('tiny'), 'the primary still takes writes');
  assert.equal(await primary.get('big'), undefined);
  assert.deepEqual(await cache.get('big'), entry('large'), 'what the primary could not take comes from memory');
  assert.deepEqual((await cache.keys()).sort(), ['big', 'small']);
  await cache.delete('big');
  assert.equal(await cache.get('big'), undefined);
});

test('approximateBytes, which the time limit of a write grows with, counts strings and typed arrays', () => {
  assert.equal(approximateBytes('abcd'), 8);
  assert.equal(approximateBytes(new Uint32Array(4)), 16);
  assert.equal(approximateBytes({ a: ['ab', new Uint8Array(3)], b: 1 }), 4 + 3 + 8);
});
