import assert from 'node:assert/strict';
import { test } from 'node:test';
import { course, pot, START, timePot } from './funding.fixtures.js';
import { planFunding } from './plan-funding.js';
import { spendPlan } from './spend-plan.js';

test('spendPlan: a pot used by step 1 has less left for step 2', () => {
  const pots = [pot('personal', { available: 60_000, total: 60_000 }), pot('team', { priority: 2 })];
  const step = course({ price: { amount: 40_000, currency: 'EUR', vatIncluded: true } });

  const first = planFunding(step, START, pots);
  assert.deepEqual(
    first.lines.map((l) => [l.potId, l.amount]),
    [['personal', 40_000]],
  );

  const afterFirst = spendPlan(pots, first);
  const second = planFunding(step, START, afterFirst);
  assert.deepEqual(
    second.lines.map((l) => [l.potId, l.amount]),
    [
      ['personal', 20_000],
      ['team', 20_000],
    ],
  );

  const third = planFunding(step, START, spendPlan(afterFirst, second));
  assert.deepEqual(
    third.lines.map((l) => [l.potId, l.amount]),
    [['team', 40_000]],
  );
  assert.deepEqual(
    third.declined.map((d) => [d.potId, d.reason]),
    [['personal', 'exhausted']],
  );
});

test('spendPlan: moves each line from available to reserved and keeps unused pots as they were', () => {
  const pots = [
    pot('a', { available: 30_000, reserved: 10_000, total: 40_000 }),
    pot('b', { priority: 2 }),
    timePot('t'),
  ];
  const plan = planFunding(course(), START, pots, { hours: 4 });

  const after = spendPlan(pots, plan);
  assert.deepEqual(
    after.map((p) => [p.id, p.available, p.reserved]),
    [
      ['a', 0, 40_000],
      ['b', 30_000, 70_000],
      ['t', 6, 4],
    ],
  );
  assert.equal(after[0]?.total, 40_000);
});

test('spendPlan: returns new objects and leaves its input alone', () => {
  const pots = [pot('a'), pot('unused', { currency: 'USD' })];
  const snapshot = structuredClone(pots);
  const after = spendPlan(pots, planFunding(course(), START, pots));
  assert.deepEqual(pots, snapshot);
  assert.notEqual(after[0], pots[0]);
  assert.notEqual(after[1], pots[1]);
  assert.deepEqual(after[1], pots[1]);
});

test('spendPlan: clamps impossible balances before spending', () => {
  const pots = [pot('a', { total: 50_000, available: 90_000 })];
  const after = spendPlan(pots, planFunding(course(), START, pots));
  assert.equal(after[0]?.available, 0);
  assert.equal(after[0]?.reserved, 50_000);
});
