import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { BudgetPot, CourseSummary, LearningStep } from '@leerbudget/contract';
import { pot } from './funding.fixtures.js';
import { catalogue, catalogueCourse, route, step } from './plan-route.fixtures.js';
import { planRoute } from './plan-route.js';

const DATES = ['2026-01-15', '2026-03-01', '2026-06-30', '2026-07-01', '2026-12-31'] as const;
const date = fc.constantFrom(...DATES);

/** Money and time pots with any mix of rules, currencies, dates and inconsistent balances the contract accepts. */
const arbitraryPot = (index: number): fc.Arbitrary<BudgetPot> =>
  fc
    .record({
      unit: fc.constantFrom('money', 'money', 'hours') as fc.Arbitrary<'money' | 'hours'>,
      currency: fc.constantFrom('EUR', 'EUR', 'EUR', 'USD'),
      total: fc.integer({ min: 0, max: 300_000 }),
      spent: fc.integer({ min: 0, max: 100_000 }),
      reserved: fc.integer({ min: 0, max: 100_000 }),
      available: fc.oneof(fc.integer({ min: 0, max: 300_000 }), fc.double({ min: 0, max: 60, noNaN: true })),
      priority: fc.integer({ min: 0, max: 3 }),
      validFrom: fc.option(date, { nil: null }),
      expiresAt: fc.option(date, { nil: null }),
      coveragePercent: fc.integer({ min: 0, max: 100 }),
      maxPerCourse: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
      onlyEvTopics: fc.boolean(),
    })
    .map((r) =>
      pot(`pot-${index}`, {
        unit: r.unit,
        kind: r.unit === 'hours' ? 'time' : 'personal',
        currency: r.unit === 'money' ? r.currency : undefined,
        total: r.total,
        spent: r.spent,
        reserved: r.reserved,
        available: r.available,
        priority: r.priority,
        validFrom: r.validFrom,
        expiresAt: r.expiresAt,
        rules: {
          coveragePercent: r.coveragePercent,
          maxPerCourse: r.maxPerCourse,
          eligibleTopics: r.onlyEvTopics ? ['ev'] : undefined,
        },
      }),
    );

const arbitraryPots = fc
  .integer({ min: 0, max: 5 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => arbitraryPot(index))));

const COURSE_IDS = ['c0', 'c1', 'c2', 'c3'] as const;

const arbitraryCourses: fc.Arbitrary<CourseSummary[]> = fc.tuple(
  ...COURSE_IDS.map((id) =>
    fc
      .record({
        price: fc.integer({ min: 0, max: 400_000 }),
        currency: fc.constantFrom('EUR', 'EUR', 'USD'),
        topic: fc.constantFrom('ev', 'welding'),
        starts: fc.array(fc.option(date, { nil: null }), { maxLength: 3 }),
      })
      .map((r) =>
        catalogueCourse(id, {
          price: r.price,
          currency: r.currency,
          topics: [r.topic],
          offerings: r.starts.map((start, index) => ({ id: `${id}-${index}`, start })),
        }),
      ),
  ),
);

const arbitraryStep = (index: number): fc.Arbitrary<LearningStep> =>
  fc
    .record({
      kind: fc.constantFrom('course', 'course', 'workplace', 'coaching', 'assessment', 'other') as fc.Arbitrary<
        LearningStep['kind']
      >,
      // 'gone' is not in the catalogue.
      courseId: fc.option(fc.constantFrom(...COURSE_IDS, 'gone'), { nil: undefined }),
      offeringId: fc.option(fc.constantFrom('c0-0', 'c1-1', 'nope'), { nil: undefined }),
      status: fc.constantFrom('todo', 'in-progress', 'done', 'other') as fc.Arbitrary<LearningStep['status']>,
      plannedStart: fc.option(date, { nil: undefined }),
      estimatedHours: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 40, noNaN: true })),
      // A step's own price (a coach's fee); a step with a course takes the course's price instead.
      price: fc.option(
        fc.record({
          amount: fc.integer({ min: 0, max: 200_000 }),
          currency: fc.constantFrom('EUR', 'EUR', 'USD'),
          vatIncluded: fc.boolean(),
        }),
        { nil: undefined },
      ),
    })
    .map((r) => step(`step-${index}`, r));

const arbitrarySteps = fc
  .integer({ min: 0, max: 6 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => arbitraryStep(index))));

const hundredths = (hours: number): number => Math.round(hours * 100);

test('planRoute (property): totals add up, and no pot pays more than it has across the route', () => {
  fc.assert(
    fc.property(arbitraryCourses, arbitrarySteps, arbitraryPots, fc.boolean(), (courses, steps, pots, includeDone) => {
      const cost = planRoute(route(steps), catalogue(...courses), pots, { today: '2026-01-10', includeDone });

      const covered = cost.coveredByPot.reduce((sum, line) => sum + line.amount, 0);
      assert.equal(cost.total, covered + cost.ownContribution);
      assert.ok(cost.ownContribution >= 0);
      for (const line of cost.coveredByPot) assert.ok(Number.isInteger(line.amount) && line.amount > 0);

      const hoursCovered = cost.hours.coveredByPot.reduce((sum, line) => sum + hundredths(line.amount), 0);
      assert.equal(hundredths(cost.hours.needed), hoursCovered + hundredths(cost.hours.uncovered));
      assert.ok(cost.hours.uncovered >= 0);

      // Everything each pot pays over the route: money over every priced step (counted in the totals or not),
      // hours from the route's hour totals.
      const paidByPot = new Map<string, number>();
      const pay = (potId: string, amount: number) => paidByPot.set(potId, (paidByPot.get(potId) ?? 0) + amount);
      for (const stepCost of cost.steps) for (const line of stepCost.plan?.lines ?? []) pay(line.potId, line.amount);
      for (const line of cost.hours.coveredByPot) pay(line.potId, line.amount);
      for (const source of pots) {
        const has = Math.max(0, Math.min(source.available, source.total - source.spent - source.reserved));
        assert.ok((paidByPot.get(source.id) ?? 0) <= has + 1e-9, `${source.id} pays at most what it has`);
      }

      const expectedSteps = steps.filter(
        (s) =>
          (includeDone || s.status !== 'done') &&
          (s.courseId !== undefined || s.price !== undefined || s.kind === 'course'),
      );
      assert.deepEqual(
        cost.steps.map((s) => s.step.id),
        expectedSteps.map((s) => s.id),
      );
      const priced = cost.steps.filter((s) => s.plan !== undefined);
      assert.equal(cost.currency, priced[0]?.plan?.price.currency ?? null);
      for (const s of priced) assert.equal(s.countedInTotal, s.plan?.price.currency === cost.currency);

      // The route's price is the sum of its counted steps' prices, each the course's or else the step's own.
      const counted = priced.filter((s) => s.countedInTotal);
      assert.equal(
        cost.total,
        counted.reduce((sum, s) => sum + (s.plan?.price.amount ?? 0), 0),
      );
      for (const s of priced) {
        const price = s.course ? s.course.price : s.step.price;
        assert.equal(s.plan?.price.amount, price?.amount);
      }
    }),
    { numRuns: 300 },
  );
});
