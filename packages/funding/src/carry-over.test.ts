import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { carryOverOf, lastUsableDay, usableOn } from './carry-over.js';
import { expiringSoon } from './expiring-soon.js';
import { course, pot, timePot } from './funding.fixtures.js';
import { planFunding } from './plan-funding.js';
import { usableAvailable } from './pot-amounts.js';

const carrying = (
  rules: Parameters<typeof pot>[1] extends infer O ? (O extends { rules?: infer R } ? R : never) : never,
) => pot('a', { total: 100_000, spent: 40_000, available: 60_000, expiresAt: '2026-12-31', carryOver: true, rules });

const cases = [
  {
    name: 'everything left, no cap',
    rules: { carryOverUntil: '2027-12-31' },
    expected: { amount: 60_000, until: '2027-12-31' },
  },
  {
    name: 'up to the cap',
    rules: { carryOverMax: 25_000, carryOverUntil: '2027-12-31' },
    expected: { amount: 25_000, until: '2027-12-31' },
  },
  { name: 'a cap above what is left', rules: { carryOverMax: 90_000 }, expected: { amount: 60_000, until: null } },
  { name: 'a cap of zero', rules: { carryOverMax: 0, carryOverUntil: '2027-12-31' }, expected: null },
];

for (const { name, rules, expected } of cases) {
  test(`carryOverOf: ${name}`, () => {
    assert.deepEqual(carryOverOf(carrying(rules)), expected);
  });
}

test('carryOverOf: nothing for pots that do not carry over, never expire or are empty', () => {
  assert.equal(carryOverOf(pot('no', { carryOver: false })), null);
  assert.equal(carryOverOf(pot('never', { carryOver: true, expiresAt: null })), null);
  assert.equal(carryOverOf(pot('empty', { carryOver: true, spent: 100_000, available: 0 })), null);
});

test('lastUsableDay and usableOn: after expiresAt only the carried amount, until its end', () => {
  const thePot = carrying({ carryOverMax: 25_000, carryOverUntil: '2027-06-30' });
  assert.equal(lastUsableDay(thePot), '2027-06-30');
  assert.equal(usableOn(thePot, '2026-12-31'), 60_000);
  assert.equal(usableOn(thePot, '2027-01-01'), 25_000);
  assert.equal(usableOn(thePot, '2027-07-01'), 0);
  assert.equal(lastUsableDay(carrying({ carryOverMax: 25_000 })), '2026-12-31', 'no known end: not counted on');
  assert.equal(lastUsableDay(pot('plain')), '2026-12-31');
});

test('planFunding: a course after expiresAt is paid from the carried amount, until carryOverUntil', () => {
  const thePot = carrying({ carryOverMax: 25_000, carryOverUntil: '2027-06-30' });
  const inCarry = planFunding(course(), { start: '2027-03-01' }, [thePot]);
  assert.deepEqual(
    inCarry.lines.map((line) => [line.potId, line.amount]),
    [['a', 25_000]],
  );
  const after = planFunding(course(), { start: '2027-07-01' }, [thePot]);
  assert.equal(after.declined[0]?.reason, 'expired');
  assert.equal(after.declined[0]?.details.date, '2027-06-30');
});

test('expiringSoon: what carries over is not counted as lost', () => {
  const options = { withinDays: 60, today: '2026-12-01' };
  assert.equal(expiringSoon([carrying({ carryOverMax: 25_000 })], options)[0]?.available, 35_000);
  assert.deepEqual(expiringSoon([carrying({})], options), [], 'all of it carries over: no warning');
  const hours = timePot('t', { available: 7.5, carryOver: true, rules: { carryOverMax: 2.25 } });
  assert.equal(expiringSoon([hours], options)[0]?.available, 5.25);
});

const amount = fc.oneof(fc.integer({ min: 0, max: 500_000 }), fc.double({ min: 0, max: 60, noNaN: true }));

test('carryOverOf (property): never more than the cap, never more than what is left', () => {
  fc.assert(
    fc.property(
      fc.record({ total: amount, spent: amount, reserved: amount, available: amount }),
      fc.option(amount, { nil: undefined }),
      fc.constantFrom('money', 'hours') as fc.Arbitrary<'money' | 'hours'>,
      (numbers, carryOverMax, unit) => {
        const thePot = pot('p', {
          ...numbers,
          unit,
          kind: unit === 'hours' ? 'time' : 'personal',
          carryOver: true,
          rules: { carryOverMax },
        });
        const carried = carryOverOf(thePot);
        if (carried === null) return;
        assert.ok(carried.amount > 0);
        assert.ok(carried.amount <= usableAvailable(thePot) + 1e-9, 'not more than what is left');
        if (carryOverMax !== undefined) assert.ok(carried.amount <= carryOverMax + 1e-9, 'not more than the cap');
        const [nudge] = expiringSoon([thePot], { withinDays: 400, today: '2026-06-01' });
        const lost = nudge?.available ?? 0;
        // Plans count whole cents and hundredths of an hour, so a fraction below one step may fall off.
        const step = unit === 'money' ? 1 : 0.01;
        assert.ok(Math.abs(lost + carried.amount - usableAvailable(thePot)) < step, 'lost + carried = left');
      },
    ),
    { numRuns: 500 },
  );
});
