import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TODAY, generateTestCatalogue, testPots } from './catalogue.fixtures.js';
import { CatalogueIndex } from './catalogue-index.js';
import type { CatalogueSearchQuery } from './types.js';

const courses = generateTestCatalogue(250, 7);

test('buildAsync gives the same index as build', async () => {
  const query = { today: TODAY, text: 'data', facets: { format: ['online', 'blended'] }, limit: 250 };
  const built = await CatalogueIndex.buildAsync(courses, { yieldEvery: 16 });
  assert.deepEqual(built.search(query), CatalogueIndex.build(courses).search(query));
});

/** Builds with `onColumnsReady`, recording what the early index answered before the text pass ran. */
async function buildInTwoPhases(ask: (early: CatalogueIndex) => unknown) {
  const early: CatalogueIndex[] = [];
  let answer: unknown;
  let textReadyWhenAsked: boolean | undefined;
  const complete = await CatalogueIndex.buildAsync(courses, {
    yieldEvery: 16,
    onColumnsReady: (index) => {
      early.push(index);
      textReadyWhenAsked = index.textReady;
      answer = ask(index);
    },
  });
  return { early, complete, answer, textReadyWhenAsked };
}

const queriesWithoutText: CatalogueSearchQuery[] = [
  {},
  { text: '  !? ' },
  { facets: { format: ['online'], topic: ['data', 'zorg'] }, sort: 'price', limit: 250 },
  {
    price: { max: 100_000 },
    durationHours: { min: 10 },
    availability: ['within-30-days'],
    sort: 'start-date',
    limit: 250,
  },
  { budget: { pots: testPots(), fitsBudget: true, maxOwnContribution: 25_000 }, sort: 'own-contribution', limit: 250 },
  { policy: { certifiedOnly: true, topics: ['data'] }, startDate: { from: '2026-04-01' }, offset: 5, limit: 10 },
];

test('onColumnsReady hands out, once and before the text pass, an index that answers every query without words like the complete one', async () => {
  const { early, complete, answer, textReadyWhenAsked } = await buildInTwoPhases((index) =>
    queriesWithoutText.map((query) => index.search({ ...query, today: TODAY })),
  );
  assert.equal(early.length, 1);
  assert.equal(textReadyWhenAsked, false);
  assert.notEqual(early[0], complete, 'an index never changes: the complete one is a new object');
  assert.equal(early[0]!.textReady, false);
  assert.equal(complete.textReady, true);
  const built = CatalogueIndex.build(courses);
  assert.deepEqual(
    answer,
    queriesWithoutText.map((query) => built.search({ ...query, today: TODAY })),
  );
  assert.deepEqual(
    early[0]!.typeahead('d'),
    built.typeahead('d').filter((suggestion) => suggestion.kind !== 'title'),
  );
});

test('a text query before the text is built does not throw and flags an empty result as textPending', async () => {
  const query = { today: TODAY, text: 'data', facets: { format: ['online', 'nergens'] }, limit: 250 };
  const { complete, answer } = await buildInTwoPhases((index) => index.search(query));
  assert.deepEqual(answer, {
    total: 0,
    items: [],
    facets: complete.search({ ...query, text: 'xyzzy' }).facets, // what a query matching nothing shows
    textPending: true,
  });
  const ready = complete.search(query);
  assert.ok(ready.total > 0);
  assert.equal('textPending' in ready, false);
  assert.deepEqual(ready, CatalogueIndex.build(courses).search(query));
});

test('build and buildAsync without onColumnsReady give text-ready indexes', async () => {
  assert.equal(CatalogueIndex.build(courses).textReady, true);
  assert.equal((await CatalogueIndex.buildAsync(courses)).textReady, true);
});

test('buildAsync stops when aborted', async () => {
  const controller = new AbortController();
  const building = CatalogueIndex.buildAsync(courses, { yieldEvery: 10, signal: controller.signal });
  controller.abort(new Error('user left'));
  await assert.rejects(building, /user left/);
});

test('buildAsync stops when aborted during the text pass', async () => {
  const controller = new AbortController();
  const building = CatalogueIndex.buildAsync(courses, {
    yieldEvery: 10,
    signal: controller.signal,
    onColumnsReady: () => controller.abort(new Error('user left')),
  });
  await assert.rejects(building, /user left/);
});

test('size and course lookup', () => {
  const index = CatalogueIndex.build(courses);
  assert.equal(index.size, 250);
  assert.equal(index.course('c3'), courses[3]);
  assert.equal(index.course('nope'), undefined);
});

test('an empty catalogue answers every query with nothing', () => {
  const empty = CatalogueIndex.build([]);
  const result = empty.search({ text: 'data', facets: { topic: ['data'] } });
  assert.equal(result.total, 0);
  assert.deepEqual(result.facets.topic, []);
  assert.deepEqual(empty.typeahead('da'), []);
});

test('the start month facet and availability follow the injected today', () => {
  const index = CatalogueIndex.build(courses);
  const early = index.search({ today: '2025-11-01', limit: 0 }).facets.startMonth!.map((entry) => entry.value);
  const late = index.search({ today: '2026-08-01', limit: 0 }).facets.startMonth!.map((entry) => entry.value);
  assert.ok(early.includes('2025-12') && !late.includes('2025-12'));
  assert.ok(late.every((month) => month >= '2026-08'));
});

test('an index restored from its snapshot (after a structured clone, as IndexedDB does) answers like the built one', async () => {
  const built = CatalogueIndex.build(courses);
  const stored = structuredClone({ courses, snapshot: built.snapshot() });
  const queries: CatalogueSearchQuery[] = [
    ...queriesWithoutText,
    { text: 'data', facets: { format: ['online', 'blended'] }, limit: 250 },
    { text: 'exel anal', sort: 'price', limit: 250 },
  ];
  for (const restored of [
    CatalogueIndex.fromSnapshot(stored.courses, stored.snapshot),
    await CatalogueIndex.fromSnapshotAsync(stored.courses, stored.snapshot),
  ]) {
    assert.equal(restored.textReady, true);
    for (const query of queries)
      assert.deepEqual(restored.search({ ...query, today: TODAY }), built.search({ ...query, today: TODAY }));
    assert.deepEqual(restored.typeahead('da'), built.typeahead('da'));
    assert.deepEqual(restored.course('c3'), courses[3]);
  }
});

test('an index without its text has no snapshot', async () => {
  const { early } = await buildInTwoPhases(() => undefined);
  assert.throws(() => early[0]!.snapshot(), /without its text/);
});
