import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HttpError, NetworkError, ValidationError, isAbortError, isTimeoutError } from '../errors.js';
import { API, fakeApi, type Answer } from '../testing/fake-api.fixtures.js';
import { authorizeOnlyApiOrigin } from './auth-header.js';
import { createTransport, type TransportOptions } from './transport.js';

const TOKEN = 'secret-token-123';

function transportFor(answers: Answer[], options: Partial<TransportOptions> = {}) {
  const api = fakeApi({ '/v1/thing': () => ({ body: { ok: true } }) });
  api.queue('/v1/thing', ...answers);
  const transport = createTransport({
    baseUrl: API,
    fetch: api.fetch,
    timeoutMs: 5_000,
    retry: { limit: 2, maxRetryAfterMs: 50 },
    ...options,
  });
  return {
    api,
    transport,
    get: (signal?: AbortSignal) =>
      transport.get({ path: 'v1/thing', resource: 'Thing', token: TOKEN, ...(signal ? { signal } : {}) }),
  };
}

test('503 then 200: retried, resolves with the body', async () => {
  const { api, get } = transportFor([{ status: 503 }]);
  const response = await get();
  assert.deepEqual(response, { notModified: false, body: { ok: true }, etag: undefined });
  assert.equal(api.count('/v1/thing'), 2);
});

test('429 with a long Retry-After: waits no longer than the cap, then retries', async () => {
  const { api, get } = transportFor([{ status: 429, headers: { 'retry-after': '3600' } }]);
  assert.equal((await get()).notModified, false);
  assert.equal(api.count('/v1/thing'), 2);
});

test('404 and 403 are not retried and become HttpError with the problem details', async () => {
  const problem = { type: 'about:blank', title: 'Forbidden', status: 403 };
  const { api, get } = transportFor([
    { status: 403, body: problem, headers: { 'content-type': 'application/problem+json' } },
  ]);
  const error = await get().catch((e: unknown) => e);
  assert.ok(error instanceof HttpError);
  assert.equal(error.status, 403);
  assert.deepEqual(error.problem, problem);
  assert.equal(api.count('/v1/thing'), 1);
});

test('retries give up after the limit with the last status', async () => {
  const { api, get } = transportFor([
    { status: 500 },
    { status: 502 },
    { status: 503, headers: { 'retry-after': '7' } },
  ]);
  const error = await get().catch((e: unknown) => e);
  assert.ok(error instanceof HttpError);
  assert.equal(error.status, 503);
  assert.equal(error.retryAfterMs, 7_000);
  assert.equal(api.count('/v1/thing'), 3);
});

test('an answer that never comes ends in a TimeoutError (total deadline)', async () => {
  const { get } = transportFor([{ hang: true }], { timeoutMs: 100 });
  const error = await get().catch((e: unknown) => e);
  assert.ok(isTimeoutError(error));
  assert.match(String((error as Error).message), /Thing: no answer within 100 ms/);
});

test('the caller aborting gives an AbortError', async () => {
  const { get } = transportFor([{ hang: true }]);
  const controller = new AbortController();
  const pending = get(controller.signal);
  controller.abort();
  assert.ok(isAbortError(await pending.catch((e: unknown) => e)));
});

test('a 200 with an HTML body is a ValidationError, not a crash', async () => {
  const { get } = transportFor([{ text: '<!doctype html><h1>Login</h1>', headers: { 'content-type': 'text/html' } }]);
  const error = await get().catch((e: unknown) => e);
  assert.ok(error instanceof ValidationError);
  assert.match(error.message, /not JSON \(text\/html\)/);
});

test('a failing fetch is a NetworkError that keeps the cause', async () => {
  const transport = createTransport({
    baseUrl: API,
    fetch: async () => {
      throw new TypeError('Failed to fetch');
    },
    timeoutMs: 5_000,
    retry: { limit: 0, maxRetryAfterMs: 0 },
  });
  const error = await transport.get({ path: 'v1/thing', resource: 'Thing', token: TOKEN }).catch((e: unknown) => e);
  assert.ok(error instanceof NetworkError);
  assert.ok(error.cause instanceof TypeError);
});

test('the token goes to the API origin as a bearer token and never into an error', async () => {
  const { api, get } = transportFor([{ status: 500 }, { status: 500 }, { status: 500 }]);
  const error = await get().catch((e: unknown) => e);
  assert.equal(api.log[0]!.authorization, `Bearer ${TOKEN}`);
  assert.ok(!JSON.stringify(error).includes(TOKEN));
  assert.ok(!String((error as Error).message).includes(TOKEN) && !String((error as Error).stack).includes(TOKEN));
});

test('304 answers resolve as notModified and keep the etag', async () => {
  const { api, transport } = transportFor([{ status: 304, headers: { etag: '"v7"' } }]);
  const response = await transport.get({ path: 'v1/thing', resource: 'Thing', etag: '"v7"' });
  assert.deepEqual(response, { notModified: true, etag: '"v7"' });
  assert.equal(api.log[0]!.ifNoneMatch, '"v7"');
  assert.equal(api.log[0]!.authorization, null);
});

test('Authorization is stripped from requests to any other origin', () => {
  const hook = authorizeOnlyApiOrigin('http://api.test');
  const options = { context: { token: TOKEN } } as never;
  const elsewhere = new Request('https://evil.example/v1/courses/x', { headers: { authorization: 'Bearer leaked' } });
  hook(elsewhere, options, { retryCount: 0 });
  assert.equal(elsewhere.headers.get('authorization'), null);
  const home = new Request('http://api.test/v1/me');
  hook(home, options, { retryCount: 0 });
  assert.equal(home.headers.get('authorization'), `Bearer ${TOKEN}`);
});
