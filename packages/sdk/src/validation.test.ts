import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Budget, CourseSummary } from '@leerbudget/contract';
import { ValidationError } from './errors.js';
import { budget, course } from './testing/fake-api.fixtures.js';
import { parseItems, parseResource } from './validation.js';

test('a missing required field is named in the message and the path', () => {
  const data = budget('anna');
  delete (data.pots[0] as Partial<(typeof data.pots)[0]>).available;
  assert.throws(
    () => parseResource('Budget', Budget, data),
    (error: unknown) =>
      error instanceof ValidationError &&
      error.field === 'pots.0.available' &&
      error.message === 'Budget: field "pots.0.available" is missing or invalid',
  );
});

test('a list keeps the good items and reports each bad one with its id and field', () => {
  const bad = { ...course('c2'), price: { amount: -5, currency: 'EUR', vatIncluded: true } };
  const result = parseItems('Course', CourseSummary, [course('c1'), bad, course('c3')]);
  assert.deepEqual(
    result.items.map((item) => item.id),
    ['c1', 'c3'],
  );
  assert.equal(result.issues.length, 1);
  assert.deepEqual(
    { index: result.issues[0]!.index, id: result.issues[0]!.id, field: result.issues[0]!.field },
    { index: 1, id: 'c2', field: 'price.amount' },
  );
  assert.match(result.issues[0]!.message, /price\.amount/);
});

test('`__proto__` keys in JSON are dropped and Object.prototype stays untouched', () => {
  const hostile = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(course('c1')).slice(1)}`);
  const [parsed] = parseItems('Course', CourseSummary, [hostile]).items;
  assert.equal(parsed?.id, 'c1');
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.getPrototypeOf(parsed), Object.prototype);
});
