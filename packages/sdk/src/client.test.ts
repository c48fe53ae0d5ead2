import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Budget } from '@leerbudget/contract';
import { createMemoryCache } from './cache/memory-cache.js';
import { createClient } from './client.js';
import { HttpError, ValidationError } from './errors.js';
import type { WatchState } from './resources/watch.js';
import { API, budget, course, fakeApi, me, personalRoutes } from './testing/fake-api.fixtures.js';
import type { ValidationIssue } from './validation.js';

const tokenOf = (user: string) => () => `token-${user}`;

function watchUntilFresh<T>(watch: (listener: (state: WatchState<T>) => void, o: { signal: AbortSignal }) => void) {
  const controller = new AbortController();
  const states: WatchState<T>[] = [];
  const done = new Promise<WatchState<T>[]>((resolve) => {
    watch(
      (state) => {
        states.push(state);
        if (state.status !== 'cached') {
          controller.abort();
          resolve(states);
        }
      },
      { signal: controller.signal },
    );
  });
  return done;
}

test('three concurrent budget.get() calls make one budget request (and one /me)', async () => {
  const api = fakeApi(personalRoutes());
  const client = createClient({ baseUrl: API, fetch: api.fetch, cache: 'memory', getToken: tokenOf('anna') });
  const results = await Promise.all([client.budget.get(), client.budget.get(), client.budget.get()]);
  assert.deepEqual(
    results.map((b) => b.userId),
    ['anna', 'anna', 'anna'],
  );
  assert.equal(api.count('/v1/me/budget'), 1);
  assert.equal(api.count('/v1/me'), 1);
});

test('a budget missing a required field rejects with a ValidationError naming the field', async () => {
  const broken = budget('anna') as unknown as { pots: Array<Record<string, unknown>> };
  delete broken.pots[0]!.available;
  const api = fakeApi(personalRoutes({ anna: broken as unknown as Budget }));
  const client = createClient({ baseUrl: API, fetch: api.fetch, cache: 'memory', getToken: tokenOf('anna') });
  const error = await client.budget.get().catch((e: unknown) => e);
  assert.ok(error instanceof ValidationError);
  assert.equal(error.field, 'pots.0.available');
  assert.match(error.message, /pots\.0\.available/);
});

test('without a token personal calls reject with 401 and make no request', async () => {
  const api = fakeApi(personalRoutes());
  const client = createClient({ baseUrl: API, fetch: api.fetch, cache: 'memory' });
  const error = await client.budget.get().catch((e: unknown) => e);
  assert.ok(error instanceof HttpError && error.status === 401);
  assert.equal(api.log.length, 0);
});

test("credentials: 'include' without a token: personal reads go out with the browser's cookies and no Authorization", async () => {
  const sent: Array<{ credentials: RequestCredentials; authorization: string | null }> = [];
  const api = fakeApi({
    '/v1/me': () => ({ body: me('anna') }),
    '/v1/me/budget': () => ({ body: budget('anna') }),
  });
  const cookieFetch: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    sent.push({ credentials: request.credentials, authorization: request.headers.get('authorization') });
    return api.fetch(request);
  };
  const client = createClient({ baseUrl: API, fetch: cookieFetch, cache: 'memory', credentials: 'include' });
  const result = await client.budget.get();
  assert.equal(result.userId, 'anna');
  assert.deepEqual(sent, [
    { credentials: 'include', authorization: null },
    { credentials: 'include', authorization: null },
  ]);
});

test('401: the token is refreshed once and the request retried once', async () => {
  const api = fakeApi(personalRoutes());
  api.queue('/v1/me', { status: 401, body: { title: 'Unauthorized', status: 401 } });
  const asked: boolean[] = [];
  const client = createClient({
    baseUrl: API,
    fetch: api.fetch,
    cache: 'memory',
    getToken: ({ refresh }) => {
      asked.push(refresh);
      return refresh ? 'token-anna' : 'token-expired';
    },
  });
  assert.equal((await client.me()).id, 'anna');
  assert.deepEqual(asked, [false, true]);
  assert.deepEqual(
    api.log.map((entry) => entry.authorization),
    ['Bearer token-expired', 'Bearer token-anna'],
  );
});

test('a second 401 after the refresh is not retried again', async () => {
  const api = fakeApi(personalRoutes());
  const unauthorized = { status: 401, body: { title: 'Unauthorized', status: 401 } };
  api.queue('/v1/me', unauthorized, unauthorized, unauthorized);
  const client = createClient({ baseUrl: API, fetch: api.fetch, cache: 'memory', getToken: tokenOf('anna') });
  const error = await client.me().catch((e: unknown) => e);
  assert.ok(error instanceof HttpError && error.status === 401);
  assert.equal(api.count('/v1/me'), 2);
});

test('watch: a second client on the same cache gets the cached budget at once (stale), then the fresh one', async () => {
  const cache = createMemoryCache();
  const api = fakeApi(personalRoutes());
  const first = createClient({ baseUrl: API, fetch: api.fetch, cache, getToken: tokenOf('anna') });
  await first.budget.get();
  const second = createClient({ baseUrl: API, fetch: api.fetch, cache, getToken: tokenOf('anna') });
  const states = await watchUntilFresh(second.budget.watch);
  assert.deepEqual(
    states.map((s) => [s.status, s.stale]),
    [
      ['cached', true],
      ['fresh', false],
    ],
  );
  assert.equal(states[0]!.status === 'cached' && states[0]!.data.userId, 'anna');
});

test("user A then user B: A's entries are wiped before B sees anything, and B never gets A's data", async () => {
  const cache = createMemoryCache();
  const api = fakeApi(personalRoutes());
  const client = createClient({ baseUrl: API, fetch: api.fetch, cache, getToken: tokenOf('anna') });
  await client.budget.get();
  assert.ok((await cache.keys()).some((key) => key.includes(':user:anna:')));
  client.setTokenProvider(tokenOf('bram'));
  const states = await watchUntilFresh(client.budget.watch);
  assert.deepEqual(
    states.map((s) => s.status),
    ['fresh'],
  );
  assert.equal(states[0]!.status === 'fresh' && states[0]!.data.userId, 'bram');
  const keys = await cache.keys();
  assert.ok(!keys.some((key) => key.includes(':user:anna:')), keys.join());
  assert.ok(!keys.some((key) => key.includes('token-')));
});

test('a user switch while the cache is slow never hands B the budget of A, nor makes B into A', async () => {
  const memory = createMemoryCache();
  let slow = false;
  // IndexedDB that answers slowly, as it can on a busy shared PC.
  const slowCache: typeof memory = {
    ...memory,
    get: async (key) => {
      if (slow) await new Promise((resolve) => setTimeout(resolve, 80));
      return memory.get(key);
    },
  };
  const api = fakeApi(personalRoutes({ anna: budget('anna', 11_111), bob: budget('bob', 22_222) }));
  await createClient({ baseUrl: API, fetch: api.fetch, cache: slowCache, getToken: () => 'token-anna' }).budget.get();

  slow = true;
  const client = createClient({ baseUrl: API, fetch: api.fetch, cache: slowCache, getToken: () => 'token-anna' });
  const annaIdentified = client.me().catch((error: Error) => error.name);
  await new Promise((resolve) => setTimeout(resolve, 20)); // anna's /v1/me has answered; her adoption waits on the cache
  client.setTokenProvider(() => 'token-bob');
  assert.equal(await annaIdentified, 'AbortError');

  const seen: Array<[string, number | undefined]> = [];
  const controller = new AbortController();
  await new Promise<void>((resolve) => {
    client.budget.watch(
      (state) => {
        seen.push([state.status, state.data?.pots[0]?.available]);
        if (state.status !== 'cached') resolve();
      },
      { signal: controller.signal },
    );
  });
  controller.abort();
  assert.deepEqual(
    seen.filter(([, available]) => available === 11_111),
    [],
    "bob was shown anna's budget",
  );
  assert.deepEqual(seen.at(-1), ['fresh', 22_222]);
  assert.equal((await client.me()).id, 'bob');
  const currentUserKey = (await memory.keys()).find((key) => key.endsWith(':current-user'))!;
  assert.equal((await memory.get<string>(currentUserKey))?.value, 'bob');
});

test('an id of "." or ".." is refused before any request, so it cannot move up the API path', async () => {
  const api = fakeApi(personalRoutes({ anna: budget('anna') }));
  const client = createClient({ baseUrl: API, fetch: api.fetch, cache: 'memory', getToken: () => 'token-anna' });
  for (const id of ['..', '.', '%2e%2E', '']) {
    await assert.rejects(client.courses.get(id), ValidationError, id);
    await assert.rejects(client.learningPaths.get(id), ValidationError, id);
  }
  assert.deepEqual(
    api.log.map((entry) => entry.path).filter((path) => path !== '/v1/me'),
    [],
  );
});

test('a running watch starts over for the new user when the token provider changes', async () => {
  const api = fakeApi(personalRoutes());
  const client = createClient({ baseUrl: API, fetch: api.fetch, cache: 'memory', getToken: tokenOf('anna') });
  const controller = new AbortController();
  const users: string[] = [];
  const bramSeen = new Promise<void>((resolve) => {
    client.budget.watch(
      (state) => {
        if (state.status === 'error') return;
        users.push(state.data.userId);
        if (state.data.userId === 'anna' && state.status === 'fresh') client.setTokenProvider(tokenOf('bram'));
        if (state.data.userId === 'bram') resolve();
      },
      { signal: controller.signal },
    );
  });
  await bramSeen;
  controller.abort();
  assert.deepEqual(users, ['anna', 'bram']);
});

test('a cached value that no longer matches the contract is dropped and refetched', async () => {
  const cache = createMemoryCache();
  const api = fakeApi(personalRoutes());
  const client = createClient({ baseUrl: API, fetch: api.fetch, cache, getToken: tokenOf('anna') });
  await client.me();
  const key = (await cache.keys())
    .find((k) => k.endsWith(':current-user'))!
    .replace('current-user', 'user:anna:budget');
  await cache.set(key, { value: { userId: 'anna', pots: 'broken' }, updatedAt: '2026-01-01T00:00:00Z' });
  const states = await watchUntilFresh(client.budget.watch);
  assert.deepEqual(
    states.map((s) => s.status),
    ['fresh'],
  );
});

test('watch reports an error with the last good data when the refresh fails', async () => {
  const cache = createMemoryCache();
  const api = fakeApi(personalRoutes());
  const client = createClient({
    baseUrl: API,
    fetch: api.fetch,
    cache,
    getToken: tokenOf('anna'),
    retry: { limit: 0 },
  });
  await client.budget.get();
  api.queue('/v1/me/budget', { status: 500, body: { title: 'Boom', status: 500 } });
  const states = await watchUntilFresh(client.budget.watch);
  const last = states.at(-1)!;
  assert.equal(last.status, 'error');
  assert.equal(last.status === 'error' && last.data?.userId, 'anna');
});

test('clear() wipes every personal entry', async () => {
  const cache = createMemoryCache();
  const api = fakeApi(personalRoutes());
  const client = createClient({ baseUrl: API, fetch: api.fetch, cache, getToken: tokenOf('anna') });
  await client.budget.get();
  await client.clear();
  assert.deepEqual(
    (await cache.keys()).filter((key) => key.includes(':user:') || key.endsWith('current-user')),
    [],
  );
});

test('courses.list keeps good courses, lists the bad one in issues and fires one issue event', async () => {
  const bad = { ...course('c2'), url: 'javascript:alert(1)' };
  const api = fakeApi({
    '/v1/courses': () => ({ body: { items: [course('c1'), bad, course('c3')], nextCursor: null } }),
  });
  const client = createClient({ baseUrl: API, fetch: api.fetch, cache: 'memory', getToken: tokenOf('anna') });
  const events: ValidationIssue[] = [];
  client.addEventListener('issue', (event) => events.push(event.detail));
  const first = await client.courses.list({ q: 'excel', limit: 10 });
  await client.courses.list({ q: 'excel', limit: 10 });
  assert.deepEqual(
    first.items.map((c) => c.id),
    ['c1', 'c3'],
  );
  assert.deepEqual(
    first.issues.map((i) => [i.id, i.field]),
    [['c2', 'url']],
  );
  assert.equal(events.length, 1, 'the same bad course is reported once');
  assert.ok(api.log[0]!.url.includes('q=excel') && api.log[0]!.url.includes('limit=10'));
  assert.equal(api.log[0]!.authorization, null, 'public reads carry no token');
});

test('course ids are encoded into the path so they cannot leave the API', async () => {
  const api = fakeApi({});
  const client = createClient({ baseUrl: `${API}/base/`, fetch: api.fetch, cache: 'memory', retry: { limit: 0 } });
  await client.courses.get('../../x?y=//evil.example').catch(() => undefined);
  const url = new URL(api.log[0]!.url);
  assert.equal(url.origin, API);
  assert.ok(url.pathname.startsWith('/base/v1/courses/'));
});

test('/v1/me failing: asked once per attempt for every resource, again after refresh()', async () => {
  const api = fakeApi(personalRoutes());
  const unavailable = { status: 503, body: { title: 'Busy', status: 503 } };
  api.queue('/v1/me', unavailable, unavailable, unavailable);
  const client = createClient({
    baseUrl: API,
    fetch: api.fetch,
    cache: 'memory',
    getToken: tokenOf('anna'),
    retry: { limit: 2, maxRetryAfterMs: 1 },
  });
  const results = await Promise.allSettled([client.budget.get(), client.learningPaths.list(), client.budget.get()]);
  assert.deepEqual(
    results.map((result) => result.status),
    ['rejected', 'rejected', 'rejected'],
  );
  assert.equal(await client.me().catch((error: HttpError) => error.status), 503);
  assert.equal(api.count('/v1/me'), 3, 'one call and its two retries, shared');
  assert.equal(api.count('/v1/me/budget'), 0);
  assert.equal(client.failed, true);
  client.refresh();
  assert.equal((await client.budget.get()).userId, 'anna');
  assert.equal(api.count('/v1/me'), 4);
  assert.equal(client.failed, false);
});

test('a persistent 401 on /v1/me: one token refresh and one retry for the whole page', async () => {
  const api = fakeApi({
    ...personalRoutes(),
    '/v1/me': () => ({ status: 401, body: { title: 'Unauthorized', status: 401 } }),
  });
  const asked: boolean[] = [];
  const client = createClient({
    baseUrl: API,
    fetch: api.fetch,
    cache: 'memory',
    getToken: ({ refresh }) => {
      asked.push(refresh);
      return 'token-anna';
    },
  });
  await Promise.allSettled([client.budget.get(), client.learningPaths.list(), client.me()]);
  assert.equal(api.count('/v1/me'), 2);
  assert.deepEqual(asked, [false, true]);
});

test('with userId the cached budget is read before /v1/me answers; without it, only after', async () => {
  const cache = createMemoryCache();
  const api = fakeApi(personalRoutes());
  await createClient({ baseUrl: API, fetch: api.fetch, cache, getToken: tokenOf('anna') }).budget.get();
  const offline = fakeApi({ '/v1/me': () => ({ hang: true }) });
  const states = (client: ReturnType<typeof createClient>) => {
    const seen: string[] = [];
    client.budget.watch((state) => seen.push(`${state.status}:${state.data?.userId ?? '-'}`), {
      signal: AbortSignal.timeout(200),
    });
    return new Promise<string[]>((resolve) => setTimeout(() => resolve(seen), 100));
  };
  const named = createClient({ baseUrl: API, fetch: offline.fetch, cache, getToken: tokenOf('anna'), userId: 'anna' });
  assert.deepEqual(await states(named), ['cached:anna']);
  const unnamed = createClient({ baseUrl: API, fetch: offline.fetch, cache, getToken: tokenOf('anna') });
  assert.deepEqual(await states(unnamed), []);
  const other = createClient({ baseUrl: API, fetch: offline.fetch, cache, getToken: tokenOf('bob'), userId: 'bob' });
  assert.deepEqual(await states(other), [], 'another user never sees the cache of anna');
});

test('no token yet is not remembered: once getToken has one, the next call asks /v1/me', async () => {
  const api = fakeApi(personalRoutes());
  let token: string | null = null;
  const client = createClient({ baseUrl: API, fetch: api.fetch, cache: 'memory', getToken: () => token });
  assert.equal(await client.budget.get().catch((error: HttpError) => error.status), 401);
  assert.equal(api.log.length, 0);
  token = 'token-anna';
  assert.equal((await client.budget.get()).userId, 'anna');
});

test('fundingSchemes.list reads the public schemes without a token, once for concurrent calls, and drops a bad one', async () => {
  const scheme = (id: string, coveragePercent: number) => ({
    id,
    name: `Fonds ${id}`,
    kind: 'sector-fund',
    funder: { name: 'Fonds' },
    currency: 'EUR',
    coveragePercent,
    maxPerCourse: 40000,
    validFrom: null,
    validUntil: null,
  });
  const api = fakeApi({
    '/v1/funding-schemes': () => ({
      body: { generatedAt: '2026-11-23T10:00:00Z', items: [scheme('a', 50), scheme('b', 250), scheme('c', 100)] },
    }),
  });
  const client = createClient({ baseUrl: API, fetch: api.fetch, cache: 'memory', getToken: tokenOf('anna') });
  const events: ValidationIssue[] = [];
  client.addEventListener('issue', (event) => events.push(event.detail));
  const [first, second] = await Promise.all([client.fundingSchemes.list(), client.fundingSchemes.list()]);
  assert.deepEqual(
    first.map((item) => [item.id, item.eligibleFundingTags, item.requiresRecognisedCredential]),
    [
      ['a', [], false],
      ['c', [], false],
    ],
  );
  assert.deepEqual(second, first);
  assert.equal(api.count('/v1/funding-schemes'), 1);
  assert.equal(api.log[0]!.authorization, null, 'public reads carry no token');
  assert.deepEqual(
    events.map((issue) => [issue.id, issue.field]),
    [['b', 'coveragePercent']],
  );
});
