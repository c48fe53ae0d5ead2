import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Credential } from '@leerbudget/contract';
import { TODAY, generateTestCatalogue } from './catalogue.fixtures.js';
import { CatalogueIndex } from './catalogue-index.js';

const credentials: Array<Credential | undefined> = [
  { kind: 'diploma', issuer: { name: 'ROC' }, recognised: true, register: 'crebo' },
  { kind: 'certificate', issuer: { name: 'Vendor' }, recognised: false },
  undefined,
];
const courses = generateTestCatalogue(90, 7).map((course, position) => {
  const credential = credentials[position % credentials.length];
  return credential === undefined ? course : { ...course, credential };
});
const index = CatalogueIndex.build(courses);

test('recognisedCredential keeps exactly the courses with a recognised credential', () => {
  const result = index.search({ today: TODAY, recognisedCredential: true, limit: courses.length });
  const expected = courses.filter((course) => course.credential?.recognised === true).map((course) => course.id);
  assert.equal(expected.length, 30);
  assert.deepEqual(
    result.items.map((hit) => hit.course.id),
    expected,
  );
  assert.equal(result.total, 30);
});

test('facet counts follow the credential filter, and leaving it off changes nothing', () => {
  const filtered = index.search({ today: TODAY, recognisedCredential: true, facetNames: ['format'] });
  const counted = filtered.facets.format!.reduce((sum, entry) => sum + entry.count, 0);
  assert.equal(counted, 30);
  assert.equal(index.search({ today: TODAY, recognisedCredential: false }).total, courses.length);
});
