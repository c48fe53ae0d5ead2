import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { BudgetPot } from '@leerbudget/contract';
import { course, pot, START } from './funding.fixtures.js';
import { moneyLeftIn, ownContributionRange, planFunding } from './plan-funding.js';

const amount = fc.oneof(
  fc.integer({ min: 0, max: 200_000 }),
  fc.constant(0),
  fc.integer({ min: 0, max: 1_000_000_000 }),
  // Fractions: hours come as 2.3 or 7.25; a bad API may send fractional cents too.
  fc.double({ min: 0, max: 50, noNaN: true }),
);

/** Pots with any mix of rules, currencies, dates and inconsistent balances (as long as the contract accepts them). */
const arbitraryPot = (index: number): fc.Arbitrary<BudgetPot> =>
  fc
    .record({
      unit: fc.constantFrom('money', 'money', 'money', 'hours') as fc.Arbitrary<'money' | 'hours'>,
      currency: fc.constantFrom('EUR', 'EUR', 'EUR', 'USD'),
      total: amount,
      spent: amount,
      reserved: amount,
      available: amount,
      priority: fc.integer({ min: 0, max: 3 }),
      expiresAt: fc.constantFrom(null, '2026-08-31', '2026-09-01', '2026-12-31'),
      coveragePercent: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
      maxPerCourse: fc.option(fc.oneof(amount, fc.double({ min: 0, max: 100_000, noNaN: true })), { nil: undefined }),
      requiresCertifiedProvider: fc.boolean(),
    })
    .map((r) =>
      pot(`pot-${index}`, {
        unit: r.unit,
        currency: r.unit === 'money' ? r.currency : undefined,
        total: r.total,
        spent: r.spent,
        reserved: r.reserved,
        available: r.available,
        priority: r.priority,
        expiresAt: r.expiresAt,
        rules: {
          coveragePercent: r.coveragePercent,
          maxPerCourse: r.maxPerCourse,
          requiresCertifiedProvider: r.requiresCertifiedProvider,
        },
      }),
    );

const arbitraryPots = fc
  .integer({ min: 0, max: 6 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => arbitraryPot(index))));

const arbitraryCourse = fc
  .record({
    price: fc.oneof(fc.integer({ min: 0, max: 300_000 }), fc.integer({ min: 0, max: 2_000_000_000 })),
    hours: fc.double({ min: 0, max: 500, noNaN: true }),
    certified: fc.boolean(),
  })
  .map((r) =>
    course({
      price: { amount: r.price, currency: 'EUR', vatIncluded: true },
      durationHours: r.hours,
      provider: { certifications: r.certified ? ['cedeo'] : [] },
    }),
  );

test('planFunding (property): lines are positive, within each pot, and add up to the price with the own contribution', () => {
  fc.assert(
    fc.property(arbitraryCourse, arbitraryPots, (theCourse, pots) => {
      const plan = planFunding(theCourse, START, pots);
      const potsById = new Map(pots.map((p) => [p.id, p]));

      for (const line of [...plan.lines, ...plan.hours.lines]) {
        const source = potsById.get(line.potId);
        assert.ok(source, 'every line belongs to a pot');
        assert.ok(line.amount > 0, 'a line pays something');
        assert.ok(line.amount <= source.available, 'a line never exceeds what the pot has available');
        assert.ok(line.amount <= source.total - source.spent - source.reserved, 'nor what its balance allows');
        if (source.rules.maxPerCourse != null) assert.ok(line.amount <= source.rules.maxPerCourse, 'nor its cap');
      }
      for (const line of plan.lines) {
        assert.ok(Number.isInteger(line.amount), 'money lines are whole cents');
        const share = (plan.price.amount * (potsById.get(line.potId)?.rules.coveragePercent ?? 0)) / 100;
        assert.ok(line.amount <= share + 1e-6, 'nor its coverage share of the price');
      }

      const paid = plan.lines.reduce((sum, line) => sum + line.amount, 0);
      assert.equal(paid + plan.ownContribution, plan.price.amount);
      assert.equal(plan.price.amount, theCourse.price.amount);
      assert.ok(plan.ownContribution >= 0);
      assert.equal(plan.fullyCovered, plan.ownContribution === 0);

      const hoursPaid = plan.hours.lines.reduce((sum, line) => sum + Math.round(line.amount * 100), 0);
      assert.equal(hoursPaid + Math.round(plan.hours.uncovered * 100), Math.round(plan.hours.needed * 100));
      assert.ok(plan.hours.uncovered >= 0);

      const mentioned = [...plan.lines, ...plan.hours.lines, ...plan.declined].map((entry) => entry.potId).sort();
      assert.deepEqual(mentioned, pots.map((p) => p.id).sort(), 'every pot either pays or is declined, once');
    }),
    { numRuns: 500 },
  );
});

test('ownContributionRange (property): the planned own contribution always lies within it', () => {
  fc.assert(
    fc.property(arbitraryCourse, arbitraryPots, fc.constantFrom(START, null), (theCourse, pots, offering) => {
      const { least, most } = ownContributionRange(theCourse.price.amount, moneyLeftIn(pots));
      const { ownContribution } = planFunding(theCourse, offering, pots, { today: '2026-08-01' });
      assert.ok(least <= ownContribution && ownContribution <= most, `${least} <= ${ownContribution} <= ${most}`);
    }),
    { numRuns: 500 },
  );
});
