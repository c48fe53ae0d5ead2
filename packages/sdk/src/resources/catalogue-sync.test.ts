import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CourseSummary } from '@leerbudget/contract';
import { createMemoryCache } from '../cache/memory-cache.js';
import { createClient } from '../client.js';
import { API, course, fakeApi } from '../testing/fake-api.fixtures.js';
import type { ValidationIssue } from '../validation.js';
import type { Cache } from '../cache/cache.js';
import { CatalogueIndex, type IndexSnapshot } from '../catalogue/index.js';
import type { CatalogueState } from './catalogue-sync.js';
import { CATALOGUE_LAYOUT } from './catalogue-store.js';
import type { WatchState } from './watch.js';
import { applyCatalogueDelta } from './catalogue-delta.js';

/** A catalogue API: the version counts changes; `?since=` gets a delta, a matching ETag a 304. */
function catalogueApi(initial: unknown[]) {
  let version = 1;
  let courses = new Map(initial.map((c) => [(c as CourseSummary).id, { course: c, version }]));
  const deleted = new Map<string, number>();
  const etag = () => `"cat-${version}"`;
  const api = fakeApi({
    '/v1/catalogue': (request, url) => {
      if (request.headers.get('if-none-match') === etag()) return { status: 304, headers: { etag: etag() } };
      const since = url.searchParams.get('since');
      const base = { generatedAt: '2026-03-01T00:00:00Z', version: String(version) };
      if (since === null) {
        return {
          body: { ...base, kind: 'snapshot', courses: [...courses.values()].map((e) => e.course) },
          headers: { etag: etag() },
        };
      }
      const changed = [...courses.values()].filter((e) => e.version > Number(since)).map((e) => e.course);
      const gone = [...deleted].filter(([, v]) => v > Number(since)).map(([id]) => id);
      return { body: { ...base, kind: 'delta', courses: changed, deleted: gone }, headers: { etag: etag() } };
    },
  });
  return {
    api,
    upsert(c: CourseSummary) {
      version += 1;
      courses.set(c.id, { course: c, version });
    },
    remove(id: string) {
      version += 1;
      courses = new Map([...courses].filter(([key]) => key !== id));
      deleted.set(id, version);
    },
  };
}

test('sync: snapshot first, then one 304, then a delta with an updated and a deleted course', async () => {
  const server = catalogueApi([course('c1'), course('c2'), course('c3')]);
  const cache = createMemoryCache();
  const client = createClient({ baseUrl: API, fetch: server.api.fetch, cache });
  const first = await client.catalogue.sync();
  assert.deepEqual(
    first.courses.map((c) => c.id),
    ['c1', 'c2', 'c3'],
  );
  assert.equal(first.index.size, 3);

  await client.catalogue.sync();
  assert.equal(server.api.log[1]!.ifNoneMatch, '"cat-1"');

  server.upsert(course('c2', { title: 'Excel voor gevorderden' }));
  server.remove('c3');
  const third = await client.catalogue.sync();
  assert.deepEqual(
    third.courses.map((c) => [c.id, c.title]),
    [
      ['c1', 'Cursus c1'],
      ['c2', 'Excel voor gevorderden'],
    ],
  );
  assert.ok(server.api.log[2]!.url.endsWith('since=1'));
  assert.equal(third.index.search({ text: 'excel' }).total, 1);

  const stored = await cache.get<{ layout: number; courseCount: number }>(catalogueKey(await cache.keys()));
  assert.equal(stored?.value.layout, CATALOGUE_LAYOUT, 'stored in the layout the index reads back');
  assert.equal(stored?.value.courseCount, 2);
  assert.equal((await cache.keys()).filter((key) => key.includes('public:catalogue:')).length, 2, 'index + one part');
});

function catalogueKey(keys: string[]): string {
  return keys.find((key) => key.endsWith('public:catalogue'))!;
}

test('a new client starts from the stored catalogue (stale), even offline', async () => {
  const server = catalogueApi([course('c1')]);
  const cache = createMemoryCache();
  await createClient({ baseUrl: API, fetch: server.api.fetch, cache }).catalogue.sync();
  const offline = async () => {
    throw new TypeError('Failed to fetch');
  };
  const client = createClient({ baseUrl: API, fetch: offline, cache, retry: { limit: 0 } });
  const controller = new AbortController();
  const states = await new Promise<string[]>((resolve) => {
    const seen: string[] = [];
    client.catalogue.watch(
      (state) => {
        seen.push(
          `${state.status}:${state.data?.courses.length}:${state.status === 'error' && state.offline}:${state.data?.textReady}`,
        );
        if (state.status !== 'cached') resolve(seen);
      },
      { signal: controller.signal },
    );
  });
  controller.abort();
  assert.deepEqual(states, ['cached:1:false:true', 'error:1:true:true']);
});

/** Every state a watch shows until the first one that is not `cached`. */
function watchUntilSettled(client: ReturnType<typeof createClient>): Promise<Array<WatchState<CatalogueState>>> {
  const controller = new AbortController();
  return new Promise((resolve) => {
    const seen: Array<WatchState<CatalogueState>> = [];
    client.catalogue.watch(
      (state) => {
        seen.push(state);
        if (state.status === 'cached') return;
        controller.abort();
        resolve(seen);
      },
      { signal: controller.signal },
    );
  });
}

test('a warm cache restores the stored index at once (one text-ready cached state), and a 304 keeps it', async () => {
  const courses = Array.from({ length: 50 }, (_, i) =>
    course(`c${i}`, { title: i % 2 ? 'Excel basis' : 'Leiderschap' }),
  );
  const server = catalogueApi(courses);
  const cache = createMemoryCache();
  await createClient({ baseUrl: API, fetch: server.api.fetch, cache }).catalogue.sync();
  const client = createClient({ baseUrl: API, fetch: server.api.fetch, cache });

  const [cached, fresh] = await watchUntilSettled(client);
  assert.deepEqual([cached?.status, fresh?.status], ['cached', 'fresh']);
  assert.equal(cached!.data!.textReady, true);
  assert.equal(cached!.data!.index.search({ text: 'excel' }).total, 25);
  assert.deepEqual(
    cached!.data!.index.search({ text: 'excel', limit: 50 }),
    CatalogueIndex.build(courses as CourseSummary[]).search({ text: 'excel', limit: 50 }),
  );
  assert.equal(fresh!.data!.index, cached!.data!.index, 'a 304 keeps the restored index');
  assert.equal(server.api.log.at(-1)!.ifNoneMatch, '"cat-1"');
});

/** Syncs once into `cache`, lets `spoil` change what was stored, then syncs with a new client. */
async function syncAfterSpoiling(spoil: (cache: Cache, keys: string[]) => Promise<void>) {
  const server = catalogueApi([course('c1'), course('c2')]);
  const cache = createMemoryCache();
  await createClient({ baseUrl: API, fetch: server.api.fetch, cache }).catalogue.sync();
  await spoil(cache, await cache.keys());
  const synced = await createClient({ baseUrl: API, fetch: server.api.fetch, cache }).catalogue.sync();
  return { server, cache, synced };
}

for (const [what, spoil] of [
  [
    'a part that was overwritten (checksum)',
    async (cache: Cache, keys: string[]) => {
      const index = keys.find((key) => key.endsWith(':index'))!;
      const entry = (await cache.get<IndexSnapshot>(index))!;
      entry.value.price[0] = 1;
      await cache.set(index, entry);
    },
  ],
  [
    'a part that is missing',
    async (cache: Cache, keys: string[]) => cache.delete(keys.find((key) => key.endsWith(':0'))!),
  ],
  [
    'an entry of the old layout (one JSON string)',
    async (cache: Cache, keys: string[]) => {
      await cache.clear();
      await cache.set(catalogueKey(keys), {
        value: JSON.stringify({ version: '1', courses: [course('old')], issues: [] }),
        updatedAt: '2026-01-01T00:00:00Z',
        etag: '"cat-1"',
      });
    },
  ],
] as const) {
  test(`${what} is dropped and the catalogue is fetched in full again`, async () => {
    const { server, cache, synced } = await syncAfterSpoiling(spoil);
    const last = server.api.log.at(-1)!;
    assert.equal(last.ifNoneMatch, null, 'no ETag: a full sync');
    assert.ok(!last.url.includes('since='), 'no ?since=: a full sync');
    assert.deepEqual(
      synced.courses.map((c) => c.id),
      ['c1', 'c2'],
    );
    const stored = await cache.get<{ layout: number }>(catalogueKey(await cache.keys()));
    assert.equal(stored?.value.layout, CATALOGUE_LAYOUT, 'stored again in the current layout');
  });
}

test('sync() on a warm cache is text-ready, and watches after it get one cached state', async () => {
  const server = catalogueApi([course('c1'), course('c2')]);
  const cache = createMemoryCache();
  await createClient({ baseUrl: API, fetch: server.api.fetch, cache }).catalogue.sync();
  const client = createClient({ baseUrl: API, fetch: server.api.fetch, cache });
  const synced = await client.catalogue.sync();
  assert.equal(synced.textReady, true);
  const states = await watchUntilSettled(client);
  assert.deepEqual(
    states.map((state) => [state.status, state.data?.textReady]),
    [
      ['cached', true],
      ['fresh', true],
    ],
  );
});

test('one invalid course among 1,000: 999 indexed, one reported', async () => {
  const courses: unknown[] = Array.from({ length: 1000 }, (_, i) => course(`c${i}`));
  courses[500] = { ...course('c500'), title: '' };
  const server = catalogueApi(courses);
  const client = createClient({ baseUrl: API, fetch: server.api.fetch, cache: 'memory' });
  const events: ValidationIssue[] = [];
  client.addEventListener('issue', (event) => events.push(event.detail));
  const state = await client.catalogue.sync();
  assert.equal(state.index.size, 999);
  assert.deepEqual(
    state.issues.map((issue) => [issue.id, issue.field]),
    [['c500', 'title']],
  );
  assert.equal(events.length, 1);
});

test('a provider catalogue asks ?provider= (with since), and is cached apart from the whole one', async () => {
  const server = catalogueApi([course('c1'), course('c2')]);
  const cache = createMemoryCache();
  const client = createClient({ baseUrl: API, fetch: server.api.fetch, cache });
  await client.catalogue.sync();
  const vendor = await client.catalogue.sync({ provider: 'acme & co' });
  assert.equal(vendor.courses.length, 2);
  assert.equal(new URL(server.api.log[1]!.url).searchParams.get('provider'), 'acme & co');
  await client.catalogue.sync({ provider: 'acme & co' });
  const again = new URL(server.api.log[2]!.url).searchParams;
  assert.deepEqual([again.get('provider'), again.get('since')], ['acme & co', '1']);
  await client.catalogue.sync();
  assert.equal(new URL(server.api.log[3]!.url).searchParams.get('provider'), null);
  const keys = await cache.keys();
  const providerKey = keys.find((key) => key.endsWith('public:provider-catalogue:acme%20%26%20co'));
  assert.ok(providerKey, `a key of its own: ${keys.join(', ')}`);
  assert.ok(catalogueKey(keys), 'the whole catalogue keeps its entry');
  assert.equal(keys.filter((key) => key.startsWith(`${providerKey}:`)).length > 0, true, 'with its parts');
});

test('applyCatalogueDelta keeps order, replaces in place, appends new, removes deleted', () => {
  const result = applyCatalogueDelta(
    [course('a'), course('b'), course('c')],
    [course('b', { title: 'B2' }), course('d')],
    ['a'],
  );
  assert.deepEqual(
    result.map((c) => [c.id, c.title]),
    [
      ['b', 'B2'],
      ['c', 'Cursus c'],
      ['d', 'Cursus d'],
    ],
  );
});
