import { expect } from '@open-wc/testing';
import type { Course } from '@leerbudget/contract';
import { callStore, faultLog, programFaults, testServers } from '@leerbudget/test-kit/servers';
import { emptyIndexedDb } from '@leerbudget/test-kit/storage';
import { generateTestCatalogue } from '../catalogue/catalogue.fixtures.js';
import { createClient, type CatalogueState, type ValidationIssue, type WatchState } from '../index.js';

describe('catalogue sync against the reference server', () => {
  let apiBase: string;

  before(async () => {
    ({ apiBase } = await testServers());
    await createClient({ baseUrl: apiBase }).catalogue.sync();
    await emptyIndexedDb('leerbudget');
  });

  it('first load downloads the snapshot once; a repeat is one 304', async () => {
    const base = await programFaults('catalogue-304', []);
    const first = await createClient({ baseUrl: base }).catalogue.sync();
    expect(first.courses.length).to.be.greaterThan(10);
    expect(first.index.size).to.equal(first.courses.length);

    const repeat = await createClient({ baseUrl: base }).catalogue.sync();
    expect(repeat.version).to.equal(first.version);
    expect(repeat.courses.length).to.equal(first.courses.length);
    const log = await faultLog('catalogue-304');
    expect(log.map((entry) => entry.status)).to.deep.equal([200, 304]);
    expect(log[1]!.headers['if-none-match']).to.be.a('string');
  });

  it('a ?since= delta brings an updated and a deleted course', async () => {
    const base = await programFaults('catalogue-delta', []);
    const client = createClient({ baseUrl: base });
    const first = await client.catalogue.sync();
    const [changed, removed] = first.courses;
    const full = await client.courses.get(changed!.id);
    const removedFull = await client.courses.get(removed!.id);
    await callStore('upsertCourse', { ...full, title: 'Excel voor gevorderden (vernieuwd)' } satisfies Course);
    await callStore('deleteCourse', removed!.id);
    try {
      const synced = await client.catalogue.sync();
      const log = await faultLog('catalogue-delta');
      expect(log.at(-1)!.path).to.contain(`since=${first.version}`);
      expect(log.at(-1)!.status).to.equal(200);
      expect(synced.version).to.not.equal(first.version);
      expect(synced.courses.find((c) => c.id === changed!.id)?.title).to.equal('Excel voor gevorderden (vernieuwd)');
      expect(synced.courses.some((c) => c.id === removed!.id)).to.equal(false);
      expect(synced.courses.length).to.equal(first.courses.length - 1);
      expect(synced.index.search({ text: 'vernieuwd' }).total).to.equal(1);
    } finally {
      // The reference server is shared by every test file: put the demo catalogue back as it was.
      await callStore('upsertCourse', full);
      await callStore('upsertCourse', removedFull);
    }
  });

  it('starts offline from the cached catalogue: cached at once, then an offline error keeping the data', async () => {
    await createClient({ baseUrl: apiBase }).catalogue.sync();
    const offline = createClient({
      baseUrl: apiBase,
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      retry: { limit: 0 },
    });
    const controller = new AbortController();
    const states = await new Promise<WatchState<CatalogueState>[]>((resolve) => {
      const seen: WatchState<CatalogueState>[] = [];
      offline.catalogue.watch(
        (state) => {
          seen.push(state);
          if (state.status !== 'cached') resolve(seen);
        },
        { signal: controller.signal },
      );
    });
    controller.abort();
    // The stored catalogue with its stored index, complete at once.
    expect(states.map((s) => [s.status, s.data?.textReady])).to.deep.equal([
      ['cached', true],
      ['error', true],
    ]);
    const [cached, failed] = states;
    expect(cached!.data!.index.search({}).total).to.be.greaterThan(10);
    expect(failed!.status === 'error' && failed!.offline).to.equal(true);
    expect(failed!.data?.courses.length).to.equal(cached!.data!.courses.length);
  });

  it('a warm IndexedDB cache of 5,000 courses comes back with its stored index, answering like a fresh build', async () => {
    const courses = generateTestCatalogue(5000, 99);
    const snapshot = { kind: 'snapshot', generatedAt: '2026-03-01T00:00:00Z', version: 'big-1', courses };
    const headers = { 'content-type': 'application/json', etag: '"big-1"' };
    const base = await programFaults('catalogue-progressive', [
      { status: 200, headers, body: JSON.stringify(snapshot) },
      { status: 304, headers },
    ]);
    const first = await createClient({ baseUrl: base }).catalogue.sync();

    const controller = new AbortController();
    const states = await new Promise<Array<WatchState<CatalogueState>>>((resolve) => {
      const seen: Array<WatchState<CatalogueState>> = [];
      createClient({ baseUrl: base }).catalogue.watch(
        (state) => {
          seen.push(state);
          if (state.status !== 'cached') resolve(seen);
        },
        { signal: controller.signal },
      );
    });
    controller.abort();

    expect(states.map((state) => [state.status, state.data?.textReady])).to.deep.equal([
      ['cached', true],
      ['fresh', true],
    ]);
    const restored = states[0]!.data!;
    for (const query of [
      { facets: { format: ['online'] }, sort: 'price', limit: 50, today: '2026-03-15' },
      { text: 'excel', limit: 50, today: '2026-03-15' },
      { text: 'exel dat', availability: ['within-30-days'], limit: 50, today: '2026-03-15' },
    ] as const) {
      expect(restored.index.search(query)).to.deep.equal(first.index.search(query));
    }
    expect(restored.index.typeahead('ex')).to.deep.equal(first.index.typeahead('ex'));
    expect((await faultLog('catalogue-progressive')).map((entry) => entry.status)).to.deep.equal([200, 304]);
    await emptyIndexedDb('leerbudget');
  });

  it('one invalid course among 1,000: 999 indexed, one reported once', async () => {
    const client = createClient({ baseUrl: apiBase, cache: 'memory' });
    const current = await client.catalogue.sync();
    const template = await client.courses.get(current.courses[0]!.id);
    const extra = Array.from({ length: 1000 - current.courses.length }, (_, i) => ({
      ...template,
      id: `bulk-${i}`,
      title: `Bulkcursus ${i}`,
    }));
    await callStore('seedCourses', extra);
    await callStore('setCourseRaw', 'bulk-0', { ...template, id: 'bulk-0', price: { amount: 'gratis' } });
    try {
      const fresh = createClient({ baseUrl: apiBase, cache: 'memory' });
      const issues: ValidationIssue[] = [];
      fresh.addEventListener('issue', (event) => issues.push(event.detail));
      const state = await fresh.catalogue.sync();
      await fresh.catalogue.sync();
      expect(state.courses.length + state.issues.length).to.equal(1000);
      expect(state.index.size).to.equal(999);
      expect(state.issues.map((issue) => [issue.id, issue.field])).to.deep.equal([['bulk-0', 'price.amount']]);
      expect(issues).to.have.length(1);
    } finally {
      await callStore(
        'deleteCourses',
        extra.map((course) => course.id),
      );
    }
  });
});
