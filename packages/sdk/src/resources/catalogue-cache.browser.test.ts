import { expect } from '@open-wc/testing';
import { CONTRACT_VERSION } from '@leerbudget/contract';
import { largeCatalogueServer } from '@leerbudget/test-kit/servers';
import { emptyIndexedDb, readIndexedDb, writeIndexedDb } from '@leerbudget/test-kit/storage';
import { createClient, type CatalogueState, type WatchState } from '../index.js';
import { CATALOGUE_LAYOUT } from './catalogue-store.js';

/** 100,000 courses take seconds to serve on a busy machine: more than the default 10 s limit allows. */
const SLOW = 120_000;

interface StoredValue {
  value: Record<string, unknown>;
  updatedAt: string;
}

/** Requests a client made, with the headers that tell a full sync from a revalidation. */
function recordingFetch(log: Array<{ url: string; ifNoneMatch: string | null }>): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    log.push({ url: request.url, ifNoneMatch: request.headers.get('if-none-match') });
    return fetch(request);
  };
}

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

describe('the catalogue cache with 100,000 courses (issue 20)', () => {
  let apiBase: string;
  let manifestKey: string;
  const stored = (wanted: (key: string) => boolean = () => false) => readIndexedDb('leerbudget', 'cache', wanted);

  before(async function () {
    // Seeding 100,000 courses into the second reference server takes a while on a busy machine.
    this.timeout(180_000);
    ({ apiBase } = await largeCatalogueServer());
    manifestKey = `lb:${CONTRACT_VERSION}:${apiBase}:public:catalogue`;
  });

  beforeEach(async function () {
    this.currentTest?.timeout(180_000);
    await emptyIndexedDb('leerbudget');
  });

  after(() => emptyIndexedDb('leerbudget'));

  it('is in IndexedDB after the first visit, and the second visit reads it from there (a 304, no download)', async () => {
    const first = await createClient({ baseUrl: apiBase, timeoutMs: SLOW }).catalogue.sync();
    expect(first.courses.length).to.equal(100_000);

    const { keys, values } = await stored((key) => key === manifestKey);
    const manifest = values.get(manifestKey) as { value: { layout: number; courseCount: number; partCount: number } };
    expect(manifest.value.layout).to.equal(CATALOGUE_LAYOUT);
    expect(manifest.value.courseCount).to.equal(100_000);
    const parts = keys.filter((key) => key.startsWith(`${manifestKey}:`));
    expect(parts).to.have.length(manifest.value.partCount + 1, 'every part of the courses, and the index');

    const log: Array<{ url: string; ifNoneMatch: string | null }> = [];
    const second = createClient({ baseUrl: apiBase, timeoutMs: SLOW, fetch: recordingFetch(log) });
    const states = await watchUntilSettled(second);
    expect(states.map((state) => [state.status, state.data?.courses.length, state.data?.textReady])).to.deep.equal([
      ['cached', 100_000, true],
      ['fresh', 100_000, true],
    ]);
    expect(log).to.have.length(1);
    expect(log[0]!.ifNoneMatch, 'the stored ETag revalidates').to.be.a('string');
    expect(states[1]!.data!.index, 'a 304 keeps the restored index').to.equal(states[0]!.data!.index);
    const query = { text: first.courses[123]!.title, limit: 5, today: '2026-03-15' };
    expect(states[0]!.data!.index.search(query)).to.deep.equal(first.index.search(query));
  });

  it('an entry of another layout, or one whose index was overwritten, is dropped and fetched in full again', async () => {
    await createClient({ baseUrl: apiBase, timeoutMs: SLOW }).catalogue.sync();
    const spoilers: Array<(manifest: StoredValue, index: StoredValue, indexKey: string) => Promise<void>> = [
      (manifest) =>
        writeIndexedDb('leerbudget', 'cache', manifestKey, { ...manifest, value: { ...manifest.value, layout: 1 } }),
      (_, index, indexKey) => {
        const price = index.value['price'] as Float64Array;
        price[7] = price[7]! + 1;
        return writeIndexedDb('leerbudget', 'cache', indexKey, index);
      },
    ];
    for (const spoil of spoilers) {
      const { keys, values } = await stored((key) => key === manifestKey || key.endsWith(':index'));
      const indexKey = keys.find((key) => key.startsWith(`${manifestKey}:`) && key.endsWith(':index'))!;
      const manifest = values.get(manifestKey) as StoredValue;
      await spoil(manifest, values.get(indexKey) as StoredValue, indexKey);

      const log: Array<{ url: string; ifNoneMatch: string | null }> = [];
      const states = await watchUntilSettled(
        createClient({ baseUrl: apiBase, timeoutMs: SLOW, fetch: recordingFetch(log) }),
      );
      expect(
        states.map((state) => state.status),
        'nothing usable was cached',
      ).to.deep.equal(['fresh']);
      expect(log.map((entry) => [entry.ifNoneMatch, entry.url.includes('since=')])).to.deep.equal([[null, false]]);
      expect(states[0]!.data!.courses.length).to.equal(100_000);

      const after = await stored((key) => key === manifestKey);
      const rewritten = after.values.get(manifestKey) as StoredValue;
      expect(rewritten.value['layout']).to.equal(CATALOGUE_LAYOUT);
      expect(rewritten.value['generation']).to.not.equal(manifest.value['generation']);
      const old = `${manifestKey}:${String(manifest.value['generation'])}:`;
      expect(
        after.keys.filter((key) => key.startsWith(old)),
        'the dropped parts are gone',
      ).to.deep.equal([]);
    }
  });
});
