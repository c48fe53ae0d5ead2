import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { course, pot, START, timePot } from './funding.fixtures.js';
import { planFunding } from './plan-funding.js';
import { potTotal, usableAvailable } from './pot-amounts.js';
import { proRataTotal } from './pro-rata.js';

const cases = [
  { name: '24 of 36 hours', rule: { fullTimeHours: 36, contractHours: 24, fullTimeTotal: 120_000 }, money: 80_000 },
  { name: 'full time', rule: { fullTimeHours: 36, contractHours: 36, fullTimeTotal: 120_000 }, money: 120_000 },
  {
    name: 'more than full time',
    rule: { fullTimeHours: 36, contractHours: 40, fullTimeTotal: 120_000 },
    money: 120_000,
  },
  { name: 'no hours', rule: { fullTimeHours: 36, contractHours: 0, fullTimeTotal: 120_000 }, money: 0 },
  {
    name: 'rounds down to the cent',
    rule: { fullTimeHours: 38, contractHours: 20, fullTimeTotal: 100_000 },
    money: 52_631,
  },
  { name: 'fractional hours', rule: { fullTimeHours: 36, contractHours: 22.5, fullTimeTotal: 144_000 }, money: 90_000 },
];

for (const { name, rule, money } of cases) {
  test(`proRataTotal: ${name}`, () => {
    assert.equal(proRataTotal(rule, 'money'), money);
  });
}

test('proRataTotal: time pots scale to the hundredth of an hour', () => {
  assert.equal(proRataTotal({ fullTimeHours: 36, contractHours: 24, fullTimeTotal: 40 }, 'hours'), 26.66);
});

test('potTotal: an API that already scaled the total is left alone; one that did not is capped', () => {
  const proRata = { fullTimeHours: 36, contractHours: 24, fullTimeTotal: 120_000 };
  assert.equal(potTotal(pot('scaled', { total: 80_000, available: 80_000, rules: { proRata } })), 80_000);
  const unscaled = pot('unscaled', { total: 120_000, available: 120_000, rules: { proRata } });
  assert.equal(potTotal(unscaled), 80_000);
  assert.equal(usableAvailable({ ...unscaled, spent: 20_000, available: 100_000 }), 60_000);
  assert.equal(potTotal(pot('plain', { total: 120_000 })), 120_000);
});

test('planFunding: a part-timer pro-rata pot pays at most their share', () => {
  const proRata = { fullTimeHours: 36, contractHours: 24, fullTimeTotal: 120_000 };
  const plan = planFunding(course({ price: { amount: 100_000, currency: 'EUR', vatIncluded: true } }), START, [
    pot('personal', { total: 120_000, available: 120_000, rules: { proRata } }),
  ]);
  assert.deepEqual(
    plan.lines.map((line) => [line.potId, line.amount]),
    [['personal', 80_000]],
  );
  assert.equal(plan.ownContribution, 20_000);
  const hours = planFunding(course(), START, [timePot('t', { total: 40, available: 40, rules: { proRata } })]);
  assert.equal(hours.hours.lines[0]?.amount, 16);
});

const rule = fc.record({
  fullTimeHours: fc.double({ min: 1, max: 60, noNaN: true }),
  contractHours: fc.double({ min: 0, max: 80, noNaN: true }),
  fullTimeTotal: fc.oneof(fc.integer({ min: 0, max: 1_000_000_000 }), fc.double({ min: 0, max: 500, noNaN: true })),
});
const unit = fc.constantFrom('money', 'hours') as fc.Arbitrary<'money' | 'hours'>;

test('proRataTotal (property): never more than the full-time total, never negative, whole units', () => {
  fc.assert(
    fc.property(rule, unit, (theRule, theUnit) => {
      const total = proRataTotal(theRule, theUnit);
      assert.ok(total >= 0);
      assert.ok(total <= theRule.fullTimeTotal, `${total} <= ${theRule.fullTimeTotal}`);
      const steps = theUnit === 'money' ? total : total * 100;
      assert.ok(Math.abs(steps - Math.round(steps)) < 1e-6, 'whole cents or hundredths of an hour');
    }),
    { numRuns: 500 },
  );
});

test('proRataTotal (property): more contract hours never give less', () => {
  fc.assert(
    fc.property(rule, fc.double({ min: 0, max: 40, noNaN: true }), unit, (theRule, extra, theUnit) => {
      const more = { ...theRule, contractHours: theRule.contractHours + extra };
      assert.ok(proRataTotal(theRule, theUnit) <= proRataTotal(more, theUnit));
    }),
    { numRuns: 500 },
  );
});

test('planFunding (property): a pro-rata pot never pays more than its pro-rata total', () => {
  fc.assert(
    fc.property(rule, fc.integer({ min: 0, max: 2_000_000 }), (theRule, price) => {
      const total = Math.round(theRule.fullTimeTotal);
      const proRata = { ...theRule, fullTimeTotal: total };
      const thePot = pot('p', { total, available: total, rules: { proRata } });
      const plan = planFunding(course({ price: { amount: price, currency: 'EUR', vatIncluded: true } }), START, [
        thePot,
      ]);
      const paid = plan.lines.reduce((sum, line) => sum + line.amount, 0);
      assert.ok(paid <= proRataTotal(proRata, 'money'));
      assert.equal(paid + plan.ownContribution, price);
    }),
    { numRuns: 300 },
  );
});
