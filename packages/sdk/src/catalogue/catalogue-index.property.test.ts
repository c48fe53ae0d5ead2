import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TODAY, VOCABULARY, generateTestCatalogue, testPots } from './catalogue.fixtures.js';
import { CatalogueIndex } from './catalogue-index.js';
import { referenceSearch } from './reference-search.fixtures.js';
import { FACET_NAMES, type CatalogueSearchQuery } from './types.js';

const courses = generateTestCatalogue(400, 20260315);
const index = CatalogueIndex.build(courses);
const pots = testPots();

/** Query words: whole words, prefixes, one-letter typos, shouting and stray punctuation. */
const word = fc.oneof(
  fc.constantFrom(...VOCABULARY),
  fc.constantFrom(...VOCABULARY).chain((w) => fc.integer({ min: 1, max: w.length }).map((n) => w.slice(0, n))),
  fc.tuple(fc.constantFrom(...VOCABULARY), fc.nat(), fc.constantFrom('a', 'e', 'x', '')).map(([w, at, letter]) => {
    const i = at % w.length;
    return w.slice(0, i) + letter + w.slice(i + 1);
  }),
  fc.constantFrom('ÉÉN', 'Cafe', 'acme', 'bèta', 'zorg!', '  '),
);

const facetValues = {
  topic: ['data', 'zorg', 'ICT', 'financiën', 'onbekend'],
  format: ['online', 'classroom', 'self-paced'],
  language: ['nl', 'en', 'de'],
  level: ['beginner', 'advanced'],
  provider: ['p-acme', 'p-beta', 'p-delta'],
  city: ['Utrecht', 'Den Haag', "'s-Hertogenbosch"],
  startMonth: ['2026-03', '2026-04', '2026-07', '2025-12'],
} as const;

const facets = fc.record(
  Object.fromEntries(FACET_NAMES.map((name) => [name, fc.subarray([...facetValues[name]])])) as Record<
    keyof typeof facetValues,
    fc.Arbitrary<string[]>
  >,
  { requiredKeys: [] },
);

const range = (max: number) =>
  fc.record({ min: fc.integer({ min: 0, max }), max: fc.integer({ min: 0, max }) }, { requiredKeys: [] });
const isoDay = fc
  .integer({ min: 0, max: 300 })
  .map((days) => new Date(Date.UTC(2025, 11, 1) + days * 86_400_000).toISOString().slice(0, 10));

const query: fc.Arbitrary<CatalogueSearchQuery & { today: string }> = fc.record(
  {
    text: fc.array(word, { maxLength: 3 }).map((words) => words.join(' ')),
    facets,
    price: range(175_000),
    durationHours: range(80),
    startDate: fc.record({ from: isoDay, to: isoDay }, { requiredKeys: [] }),
    availability: fc.subarray(['within-30-days', 'later', 'self-paced'] as const),
    budget: fc.record(
      { pots: fc.constant(pots), fitsBudget: fc.boolean(), maxOwnContribution: fc.constantFrom(0, 25_000, 100_000) },
      { requiredKeys: ['pots'] },
    ),
    policy: fc.record(
      {
        minHours: fc.integer({ min: 0, max: 40 }),
        certifiedOnly: fc.boolean(),
        providers: fc.subarray(['p-acme', 'p-cito', 'p-epsilon']),
        topics: fc.subarray(['data', 'zorg', 'ICT']),
      },
      { requiredKeys: [] },
    ),
    sort: fc.constantFrom('relevance', 'price', 'own-contribution', 'start-date', 'duration'),
    today: fc.constantFrom(TODAY, '2025-11-20', '2026-06-30'),
    facetNames: fc.subarray([...FACET_NAMES], { minLength: 1 }),
  },
  { requiredKeys: ['today'] },
);

test('search agrees with a brute-force reference on result order, total and facet counts', () => {
  fc.assert(
    fc.property(query, (q) => {
      const expected = referenceSearch(courses, q);
      const actual = index.search({ ...q, offset: 0, limit: courses.length });
      assert.equal(actual.total, expected.ids.length);
      assert.deepEqual(
        actual.items.map((item) => item.course.id),
        expected.ids,
      );
      assert.deepEqual(actual.facets, expected.facets);
    }),
    { numRuns: 600, seed: 5 },
  );
});

test('paging returns the matching slice of the full order', () => {
  fc.assert(
    fc.property(query, fc.nat(60), fc.integer({ min: 0, max: 30 }), (q, offset, limit) => {
      const all = index.search({ ...q, offset: 0, limit: courses.length }).items.map((item) => item.course.id);
      const page = index.search({ ...q, offset, limit });
      assert.deepEqual(
        page.items.map((item) => item.course.id),
        all.slice(offset, offset + limit),
      );
    }),
    { numRuns: 100, seed: 7 },
  );
});
