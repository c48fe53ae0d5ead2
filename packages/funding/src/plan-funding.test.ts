import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BudgetPot } from '@leerbudget/contract';
import { course, pot, START, timePot } from './funding.fixtures.js';
import type { FundableCourse, FundableOffering, FundingPlan, FundingReason, PlanOptions } from './funding-types.js';
import { planFunding } from './plan-funding.js';

interface PlanCase {
  name: string;
  course?: FundableCourse;
  /** Default {@link START}; `null` for self-paced. */
  offering?: FundableOffering | null;
  pots: BudgetPot[];
  options?: PlanOptions;
  /** Money lines as `[potId, cents]`, in order. */
  lines?: Array<[string, number]>;
  own?: number;
  /** Time lines as `[potId, hours]` and the hours left uncovered. */
  hours?: { lines: Array<[string, number]>; uncovered: number };
  declined?: Array<[string, FundingReason]>;
  needsApproval?: boolean;
  /** Extra checks on the plan. */
  check?: (plan: FundingPlan) => void;
}

const cases: PlanCase[] = [
  {
    name: 'one pot pays the whole price',
    pots: [pot('a')],
    lines: [['a', 100_000]],
    own: 0,
    declined: [],
    check: (plan) => assert.equal(plan.fullyCovered, true),
  },
  {
    name: 'two pots split one price',
    pots: [pot('a', { available: 60_000 }), pot('b', { priority: 2 })],
    lines: [
      ['a', 60_000],
      ['b', 40_000],
    ],
    own: 0,
  },
  {
    name: 'a pot that expires before the start date pays nothing',
    pots: [pot('a', { expiresAt: '2026-08-31' })],
    lines: [],
    own: 100_000,
    declined: [['a', 'expired']],
    check: (plan) =>
      assert.deepEqual(plan.declined[0]?.details, {
        date: '2026-08-31',
        courseStart: '2026-09-01',
        minCourseHours: undefined,
        courseHours: 16,
        potCurrency: 'EUR',
        priceCurrency: 'EUR',
        unit: 'money',
      }),
  },
  {
    name: 'a pot whose last day is the start date still pays',
    pots: [pot('a', { expiresAt: '2026-09-01' })],
    lines: [['a', 100_000]],
  },
  {
    name: 'a pot that starts after the course start is not yet valid',
    pots: [pot('a', { validFrom: '2026-10-01' })],
    own: 100_000,
    declined: [['a', 'not-yet-valid']],
    check: (plan) => {
      assert.equal(plan.declined[0]?.details.date, '2026-10-01');
      assert.equal(plan.declined[0]?.details.courseStart, '2026-09-01');
    },
  },
  {
    name: 'coverage 50 % with a cap: the cap wins',
    pots: [pot('a', { rules: { coveragePercent: 50, maxPerCourse: 30_000 } })],
    lines: [['a', 30_000]],
    own: 70_000,
  },
  {
    name: 'coverage 50 % under its cap pays half the price',
    pots: [pot('a', { rules: { coveragePercent: 50, maxPerCourse: 80_000 } })],
    lines: [['a', 50_000]],
    own: 50_000,
  },
  {
    name: 'two 50 % pots each pay half of the price, not half of the rest',
    pots: [pot('a', { rules: { coveragePercent: 50 } }), pot('b', { priority: 2, rules: { coveragePercent: 50 } })],
    lines: [
      ['a', 50_000],
      ['b', 50_000],
    ],
    own: 0,
  },
  {
    name: 'coverage of an odd price rounds the pot down; the employee pays the odd cent',
    course: course({ price: { amount: 99_999, currency: 'EUR', vatIncluded: true } }),
    pots: [pot('a', { rules: { coveragePercent: 50 } })],
    lines: [['a', 49_999]],
    own: 50_000,
  },
  {
    name: 'three pots of 33.33 % never invent a cent',
    pots: ['a', 'b', 'c'].map((id) => pot(id, { rules: { coveragePercent: 33.33 } })),
    lines: [
      ['a', 33_330],
      ['b', 33_330],
      ['c', 33_330],
    ],
    own: 10,
  },
  {
    name: 'coverage counts to hundredths of a percent and never rounds up',
    course: course({ price: { amount: 1_000_000_000, currency: 'EUR', vatIncluded: true } }),
    pots: [pot('a', { total: 1_000_000_000, available: 1_000_000_000, rules: { coveragePercent: 12.349 } })],
    lines: [['a', 123_400_000]],
  },
  {
    name: 'a coverage share is capped by what is still unpaid',
    pots: [pot('a', { available: 70_000 }), pot('b', { priority: 2, rules: { coveragePercent: 50 } })],
    lines: [
      ['a', 70_000],
      ['b', 30_000],
    ],
    own: 0,
  },
  {
    name: 'an uncertified provider is declined by a pot that needs a quality mark',
    course: course({ provider: { certifications: [] } }),
    pots: [pot('a', { rules: { requiresCertifiedProvider: true } }), pot('b', { priority: 2 })],
    lines: [['b', 100_000]],
    declined: [['a', 'provider-not-certified']],
    check: (plan) => assert.equal(plan.declined[0]?.details.unit, 'money'),
  },
  {
    name: 'a quality mark the contract does not know yet does not count',
    course: course({ provider: { certifications: ['iso-9001' as 'nrto'] } }),
    pots: [pot('a', { rules: { requiresCertifiedProvider: true } })],
    declined: [['a', 'provider-not-certified']],
  },
  {
    name: 'an NVAO-accredited provider counts as certified',
    course: course({ provider: { certifications: ['nvao'] } }),
    pots: [pot('a', { rules: { requiresCertifiedProvider: true } })],
    lines: [['a', 100_000]],
  },
  {
    name: 'the employee pays what the pots do not',
    pots: [pot('a', { available: 25_000 })],
    lines: [['a', 25_000]],
    own: 75_000,
    check: (plan) => assert.equal(plan.fullyCovered, false),
  },
  {
    name: 'zero pots: the employee pays everything',
    pots: [],
    lines: [],
    own: 100_000,
    hours: { lines: [], uncovered: 16 },
    declined: [],
    needsApproval: false,
    check: (plan) => assert.deepEqual(plan.price, { amount: 100_000, currency: 'EUR', vatIncluded: true }),
  },
  {
    name: 'lower priority number goes first, whatever the input order',
    pots: [pot('a', { priority: 2 }), pot('b', { priority: 1, available: 40_000 })],
    lines: [
      ['b', 40_000],
      ['a', 60_000],
    ],
  },
  {
    name: 'same priority: the pot that expires first goes first, never-expiring last',
    pots: [
      pot('never', { expiresAt: null, available: 30_000 }),
      pot('late', { expiresAt: '2026-12-31', available: 30_000 }),
      pot('soon', { expiresAt: '2026-10-31', available: 30_000 }),
    ],
    lines: [
      ['soon', 30_000],
      ['late', 30_000],
      ['never', 30_000],
    ],
    own: 10_000,
  },
  {
    name: 'same priority and expiry: ordered by id so plans are stable',
    pots: [pot('b', { available: 60_000 }), pot('a', { available: 60_000 })],
    lines: [
      ['a', 60_000],
      ['b', 40_000],
    ],
  },
  {
    name: 'maxPerCourse caps a pot and the next pot pays on',
    pots: [pot('a', { rules: { maxPerCourse: 40_000 } }), pot('b', { priority: 2 })],
    lines: [
      ['a', 40_000],
      ['b', 60_000],
    ],
  },
  {
    name: 'eligibleTopics: a pot for other topics is declined',
    pots: [
      pot('a', { rules: { eligibleTopics: ['safety', 'care'] } }),
      pot('b', { rules: { eligibleTopics: ['data'] } }),
    ],
    lines: [['b', 100_000]],
    declined: [['a', 'topic-not-covered']],
  },
  {
    name: 'eligibleProviders: a pot for other providers is declined',
    pots: [
      pot('a', { rules: { eligibleProviders: ['other-school'] } }),
      pot('b', { rules: { eligibleProviders: ['acme'] } }),
    ],
    lines: [['b', 100_000]],
    declined: [['a', 'provider-not-eligible']],
  },
  {
    name: 'eligibleCourses (in-catalogue): a pot with its own course list pays only for listed courses',
    course: course({ id: 'excel-basis' }),
    pots: [
      pot('own-list', { rules: { eligibleCourses: ['python-basis', 'sql-basis'] } }),
      pot('personal', { priority: 2, total: 40_000, available: 40_000 }),
    ],
    lines: [['personal', 40_000]],
    own: 60_000,
    declined: [['own-list', 'not-in-catalogue']],
  },
  {
    name: 'eligibleCourses (in-catalogue): a listed course is paid',
    course: course({ id: 'sql-basis' }),
    pots: [pot('own-list', { rules: { eligibleCourses: ['python-basis', 'sql-basis'] } })],
    lines: [['own-list', 100_000]],
  },
  {
    name: 'eligibleCourses (in-catalogue): something without a course id (a route step) is on no list',
    pots: [pot('own-list', { rules: { eligibleCourses: ['python-basis'] } })],
    own: 100_000,
    declined: [['own-list', 'not-in-catalogue']],
  },
  {
    name: 'eligibleFundingTags: a STAP-only pot skips a course without the tag',
    course: course({ fundingTags: ['sector:oob'] }),
    pots: [pot('stap', { kind: 'government', rules: { eligibleFundingTags: ['stap-eligible'] } })],
    own: 100_000,
    declined: [['stap', 'funding-tag-missing']],
  },
  {
    name: 'eligibleFundingTags: a STAP-only pot pays a tagged course',
    pots: [pot('stap', { kind: 'government', rules: { eligibleFundingTags: ['stap-eligible'] } })],
    lines: [['stap', 100_000]],
  },
  {
    name: 'an empty rule list means no restriction',
    pots: [
      pot('a', { rules: { eligibleTopics: [], eligibleProviders: [], eligibleFundingTags: [], eligibleCourses: [] } }),
    ],
    lines: [['a', 100_000]],
  },
  {
    name: 'minCourseHours: a course that is too short is declined',
    pots: [pot('a', { rules: { minCourseHours: 20 } })],
    declined: [['a', 'course-too-short']],
    check: (plan) => {
      assert.equal(plan.declined[0]?.details.minCourseHours, 20);
      assert.equal(plan.declined[0]?.details.courseHours, 16);
    },
  },
  {
    name: 'minCourseHours: a course of exactly the minimum pays',
    pots: [pot('a', { rules: { minCourseHours: 16 } })],
    lines: [['a', 100_000]],
  },
  {
    name: 'requiresApproval is carried on the line with the approver',
    pots: [pot('team', { kind: 'team', rules: { requiresApproval: true, approver: 'Manager Sanne' } })],
    needsApproval: true,
    check: (plan) => {
      assert.equal(plan.lines[0]?.needsApproval, true);
      assert.equal(plan.lines[0]?.approver, 'Manager Sanne');
      assert.equal(plan.lines[0]?.kind, 'team');
    },
  },
  {
    name: 'a pot that needs approval but pays nothing does not make the plan need approval',
    pots: [pot('a'), pot('b', { priority: 2, rules: { requiresApproval: true } })],
    needsApproval: false,
    declined: [['b', 'nothing-left-to-pay']],
    check: (plan) => assert.equal(plan.lines[0]?.approver, undefined),
  },
  {
    name: 'a money pot in another currency is declined',
    pots: [pot('usd', { currency: 'USD' })],
    own: 100_000,
    declined: [['usd', 'other-currency']],
    check: (plan) => {
      assert.equal(plan.declined[0]?.details.priceCurrency, 'EUR');
      assert.equal(plan.declined[0]?.details.potCurrency, 'USD');
    },
  },
  {
    name: 'self-paced (start null) checks validity on today: expired',
    offering: { start: null },
    options: { today: '2027-01-15' },
    pots: [pot('a')],
    declined: [['a', 'expired']],
    check: (plan) => {
      assert.equal(plan.declined[0]?.details.date, '2026-12-31');
      assert.equal(plan.declined[0]?.details.courseStart, null);
    },
  },
  {
    name: 'self-paced (start null) checks validity on today: still valid',
    offering: { start: null },
    options: { today: '2026-12-31' },
    pots: [pot('a')],
    lines: [['a', 100_000]],
  },
  {
    name: 'no offering chosen checks validity on today',
    offering: undefined,
    options: { today: '2025-12-01' },
    pots: [pot('a')],
    declined: [['a', 'not-yet-valid']],
    check: (plan) => {
      assert.equal(plan.declined[0]?.details.date, '2026-01-01');
      assert.equal(plan.declined[0]?.details.courseStart, null);
    },
  },
  {
    name: 'hours: a time pot pays what it has, the rest is uncovered, money is untouched',
    pots: [pot('a'), timePot('t')],
    lines: [['a', 100_000]],
    hours: { lines: [['t', 10]], uncovered: 6 },
    check: (plan) => {
      assert.equal(plan.hours.needed, 16);
      assert.equal(plan.hours.lines[0]?.unit, 'hours');
    },
  },
  {
    name: 'hours: options.hours overrides the course length; a second time pot is not needed',
    options: { hours: 4.5 },
    pots: [timePot('t1'), timePot('t2', { priority: 2 })],
    hours: { lines: [['t1', 4.5]], uncovered: 0 },
    declined: [['t2', 'nothing-left-to-pay']],
    check: (plan) => assert.equal(plan.declined[0]?.details.unit, 'hours'),
  },
  {
    name: 'hours: time pots follow the same rules (expiry, topics)',
    pots: [timePot('old', { expiresAt: '2026-06-30' }), timePot('care', { rules: { eligibleTopics: ['care'] } })],
    hours: { lines: [], uncovered: 16 },
    declined: [
      ['old', 'expired'],
      ['care', 'topic-not-covered'],
    ],
  },
  {
    name: 'once the price is paid, later pots are declined with nothing-left-to-pay',
    pots: [pot('a'), pot('b', { priority: 2 })],
    lines: [['a', 100_000]],
    declined: [['b', 'nothing-left-to-pay']],
  },
  {
    name: 'an empty pot is exhausted',
    pots: [pot('a', { available: 0, spent: 100_000 })],
    own: 100_000,
    declined: [['a', 'exhausted']],
    check: (plan) => assert.equal(plan.declined[0]?.details.unit, 'money'),
  },
  {
    name: 'available above total - spent - reserved is clamped',
    pots: [pot('a', { total: 50_000, spent: 10_000, reserved: 5_000, available: 200_000 })],
    lines: [['a', 35_000]],
    own: 65_000,
  },
  {
    name: 'negative numbers never make a negative line',
    pots: [
      { ...pot('a'), available: -5_000 },
      { ...pot('b', { priority: 2 }), total: -1 },
    ],
    lines: [],
    own: 100_000,
    declined: [
      ['a', 'exhausted'],
      ['b', 'exhausted'],
    ],
  },
  {
    name: 'a negative or fractional price is made whole and safe',
    course: course({ price: { amount: -250.7, currency: 'EUR', vatIncluded: true } }),
    pots: [pot('a')],
    lines: [],
    own: 0,
    declined: [['a', 'nothing-left-to-pay']],
    check: (plan) => assert.equal(plan.price.amount, 0),
  },
  {
    name: 'a free course needs no pot',
    course: course({ price: { amount: 0, currency: 'EUR', vatIncluded: true } }),
    pots: [pot('a')],
    lines: [],
    own: 0,
    declined: [['a', 'nothing-left-to-pay']],
    check: (plan) => assert.equal(plan.fullyCovered, true),
  },
  {
    name: 'coverage 0 % gives no share',
    pots: [pot('a', { rules: { coveragePercent: 0 } })],
    declined: [['a', 'no-share']],
  },
  {
    name: 'a pot of an unknown kind works normally',
    pots: [pot('x', { kind: 'other' })],
    lines: [['x', 100_000]],
    check: (plan) => assert.equal(plan.lines[0]?.kind, 'other'),
  },
  {
    name: 'the first failing rule is the reason: expiry before currency',
    pots: [pot('a', { currency: 'USD', expiresAt: '2026-01-31' })],
    declined: [['a', 'expired']],
  },
  {
    name: 'declined pots are listed in pot order, money and time together',
    pots: [
      timePot('t', { priority: 3, validFrom: '2027-01-01' }),
      pot('m', { priority: 1, currency: 'GBP' }),
      pot('p', { priority: 2, rules: { eligibleProviders: ['other'] } }),
    ],
    declined: [
      ['m', 'other-currency'],
      ['p', 'provider-not-eligible'],
      ['t', 'not-yet-valid'],
    ],
  },
];

for (const planCase of cases) {
  test(`planFunding: ${planCase.name}`, () => {
    const offering = 'offering' in planCase ? planCase.offering : START;
    const plan = planFunding(planCase.course ?? course(), offering, planCase.pots, planCase.options);

    const linesSum = plan.lines.reduce((sum, line) => sum + line.amount, 0);
    assert.equal(linesSum + plan.ownContribution, plan.price.amount, 'lines + own contribution = price');
    if (planCase.lines)
      assert.deepEqual(
        plan.lines.map((l) => [l.potId, l.amount]),
        planCase.lines,
      );
    if (planCase.own !== undefined) assert.equal(plan.ownContribution, planCase.own);
    if (planCase.hours) {
      assert.deepEqual(
        plan.hours.lines.map((l) => [l.potId, l.amount]),
        planCase.hours.lines,
      );
      assert.equal(plan.hours.uncovered, planCase.hours.uncovered);
    }
    if (planCase.declined)
      assert.deepEqual(
        plan.declined.map((d) => [d.potId, d.reason]),
        planCase.declined,
      );
    if (planCase.needsApproval !== undefined) assert.equal(plan.needsApproval, planCase.needsApproval);
    planCase.check?.(plan);
  });
}

test('planFunding: the JSDoc example gives what it promises', () => {
  const examplePot = (id: string, priority: number, available: number, coveragePercent: number) =>
    pot(id, { total: available, available, priority, rules: { coveragePercent } });
  const exampleCourse = course({ price: { amount: 120_000, currency: 'EUR', vatIncluded: true }, durationHours: 24 });
  const pots = [examplePot('team', 2, 100_000, 100), examplePot('personal', 1, 50_000, 50)];

  const plan = planFunding(exampleCourse, { start: '2026-09-01' }, pots);
  assert.deepEqual(
    plan.lines.map((line) => [line.potId, line.amount]),
    [
      ['personal', 50_000],
      ['team', 70_000],
    ],
  );
  assert.equal(plan.ownContribution, 0);
  assert.equal(plan.fullyCovered, true);

  const late = planFunding(exampleCourse, { start: '2027-02-01' }, [examplePot('personal', 1, 50_000, 100)]);
  assert.equal(late.ownContribution, 120_000);
  assert.equal(late.declined[0]?.reason, 'expired');
  assert.equal(late.declined[0]?.details.date, '2026-12-31');
  assert.equal(late.declined[0]?.details.courseStart, '2027-02-01');
});

test('planFunding: does not change its inputs', () => {
  const pots = [pot('b', { priority: 2 }), pot('a', { available: 30_000 })];
  const snapshot = structuredClone(pots);
  const theCourse = course();
  const courseSnapshot = structuredClone(theCourse);
  planFunding(theCourse, START, pots);
  assert.deepEqual(pots, snapshot);
  assert.deepEqual(theCourse, courseSnapshot);
});

test('planFunding: the plan says whether its price includes VAT, as the course does', () => {
  const withoutVat = course({ price: { amount: 100_000, currency: 'EUR', vatIncluded: false } });
  assert.equal(planFunding(withoutVat, START, [pot('a')]).price.vatIncluded, false);
  assert.equal(planFunding(course(), START, [pot('a')]).price.vatIncluded, true);
});
