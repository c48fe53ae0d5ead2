import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TODAY, generateTestCatalogue } from './catalogue-fixtures.test.js';
import { CatalogueIndex } from './catalogue-index.js';

const courses = generateTestCatalogue(250, 7);

test('buildAsync gives the same index as build', async () => {
  const query = { today: TODAY, text: 'data', facets: { format: ['online', 'blended'] }, limit: 250 };
  const built = await CatalogueIndex.buildAsync(courses, { yieldEvery: 16 });
  assert.deepEqual(built.search(query), CatalogueIndex.build(courses).search(query));
});

test('buildAsync stops when aborted', async () => {
  const controller = new AbortController();
  const building = CatalogueIndex.buildAsync(courses, { yieldEvery: 10, signal: controller.signal });
  controller.abort(new Error('user left'));
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
