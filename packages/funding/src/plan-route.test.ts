import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BudgetPot, CourseSummary, LearningStep } from '@leerbudget/contract';
import { pot, timePot } from './funding.fixtures.js';
import type { FundingReason } from './funding-types.js';
import { catalogue, catalogueCourse, route, step } from './plan-route.fixtures.js';
import { planRoute } from './plan-route.js';
import type { RouteCost, RouteOptions } from './route-types.js';

const TODAY = '2026-01-10';

/**
 * The multi-pot employee: a personal budget of € 1.000 that expires 40 days after {@link TODAY}, an O&O sector
 * fund that pays half of each course up to € 600, and a learning account of € 500 that is used last.
 */
const employeePots: BudgetPot[] = [
  pot('personal', { name: 'Persoonlijk budget', total: 100_000, available: 100_000, expiresAt: '2026-02-19' }),
  pot('oo-fund', {
    name: 'O&O-fonds',
    kind: 'sector-fund',
    total: 150_000,
    available: 150_000,
    expiresAt: null,
    priority: 2,
    rules: { coveragePercent: 50, maxPerCourse: 60_000 },
  }),
  pot('account', {
    name: 'Leerrekening',
    kind: 'learning-account',
    total: 50_000,
    available: 50_000,
    expiresAt: null,
    priority: 3,
  }),
];

interface StepExpectation {
  stepId: string;
  /** The offering the plan used, `null` when none. */
  offeringId: string | null;
  /** Money lines as `[potId, cents]`, in pot order. */
  lines: Array<[string, number]>;
  own: number;
  /** Declined pots that matter to the case, as `[potId, reason]`. */
  declined?: Array<[string, FundingReason]>;
}

interface RouteCase {
  name: string;
  steps: LearningStep[];
  courses: CourseSummary[];
  pots: BudgetPot[];
  options?: RouteOptions;
  expectedSteps: StepExpectation[];
  total: number;
  coveredByPot: Array<[string, number]>;
  own: number;
  hours?: { needed: number; coveredByPot: Array<[string, number]>; uncovered: number };
}

const routeCases: RouteCase[] = [
  {
    name: 'the personal pot runs out at step 2 and has expired by step 3',
    steps: [
      step('ev-basics', { courseId: 'ev-basics', offeringId: 'jan', estimatedHours: 16 }),
      step('hv-safety', { courseId: 'hv-safety', plannedStart: '2026-02-01', estimatedHours: 8 }),
      step('ev-diagnostics', { courseId: 'ev-diagnostics', plannedStart: '2026-03-02', estimatedHours: 24 }),
    ],
    courses: [
      catalogueCourse('ev-basics', { price: 70_000, offerings: [{ id: 'jan', start: '2026-01-20' }] }),
      catalogueCourse('hv-safety', {
        price: 90_000,
        offerings: [
          { id: 'dec', start: '2025-12-01' },
          { id: 'apr', start: '2026-04-06' },
          { id: 'feb', start: '2026-02-02' },
        ],
      }),
      catalogueCourse('ev-diagnostics', { price: 120_000 }),
    ],
    pots: employeePots,
    expectedSteps: [
      // € 700 on 20 January: the personal budget pays it all, € 300 stays.
      { stepId: 'ev-basics', offeringId: 'jan', lines: [['personal', 70_000]], own: 0 },
      // € 900 on 2 February: the last € 300 personal, half (€ 450) from the fund, the € 150 rest from the account.
      {
        stepId: 'hv-safety',
        offeringId: 'feb',
        lines: [
          ['personal', 30_000],
          ['oo-fund', 45_000],
          ['account', 15_000],
        ],
        own: 0,
      },
      // € 1.200 on 2 March: the personal budget ended on 19 February; the fund pays its cap of € 600,
      // the account its last € 350, the employee € 250.
      {
        stepId: 'ev-diagnostics',
        offeringId: null,
        lines: [
          ['oo-fund', 60_000],
          ['account', 35_000],
        ],
        own: 25_000,
        declined: [['personal', 'expired']],
      },
    ],
    total: 280_000,
    coveredByPot: [
      ['personal', 100_000],
      ['oo-fund', 105_000],
      ['account', 50_000],
    ],
    own: 25_000,
    hours: { needed: 48, coveredByPot: [], uncovered: 48 },
  },
  {
    name: 'money left in a pot that expires before a later step stays unused',
    steps: [
      step('ev-basics', { courseId: 'ev-basics', plannedStart: '2026-01-20' }),
      step('ev-diagnostics', { courseId: 'ev-diagnostics', plannedStart: '2026-03-02' }),
    ],
    courses: [catalogueCourse('ev-basics', { price: 40_000 }), catalogueCourse('ev-diagnostics', { price: 120_000 })],
    pots: employeePots,
    expectedSteps: [
      { stepId: 'ev-basics', offeringId: null, lines: [['personal', 40_000]], own: 0 },
      // € 600 of the personal budget is left but ended on 19 February.
      {
        stepId: 'ev-diagnostics',
        offeringId: null,
        lines: [
          ['oo-fund', 60_000],
          ['account', 50_000],
        ],
        own: 10_000,
        declined: [['personal', 'expired']],
      },
    ],
    total: 160_000,
    coveredByPot: [
      ['personal', 40_000],
      ['oo-fund', 60_000],
      ['account', 50_000],
    ],
    own: 10_000,
  },
  {
    name: 'the JSDoc example: a pot used up by step 1, one expired before step 2, and a time pot',
    steps: [
      step('ev-basics', { courseId: 'ev-basics', plannedStart: '2026-01-20', estimatedHours: 16 }),
      step('shadowing', { kind: 'workplace', plannedStart: '2026-02-01', estimatedHours: 16 }),
      step('ev-diagnostics', { courseId: 'ev-diagnostics', plannedStart: '2026-03-02', estimatedHours: 8 }),
    ],
    courses: [catalogueCourse('ev-basics', { price: 70_000 }), catalogueCourse('ev-diagnostics', { price: 210_000 })],
    pots: [
      pot('personal', { expiresAt: '2026-02-28' }),
      pot('sector', {
        kind: 'sector-fund',
        total: 500_000,
        available: 500_000,
        expiresAt: null,
        priority: 2,
        rules: { coveragePercent: 50 },
      }),
      timePot('study-time', { total: 24, available: 24 }),
    ],
    expectedSteps: [
      { stepId: 'ev-basics', offeringId: null, lines: [['personal', 70_000]], own: 0 },
      {
        stepId: 'ev-diagnostics',
        offeringId: null,
        lines: [['sector', 105_000]],
        own: 105_000,
        declined: [['personal', 'expired']],
      },
    ],
    total: 280_000,
    coveredByPot: [
      ['personal', 70_000],
      ['sector', 105_000],
    ],
    own: 105_000,
    // 16 hours for step 1 and the last 8 for the workplace step; step 3's 8 hours have no pot left.
    hours: { needed: 40, coveredByPot: [['study-time', 24]], uncovered: 16 },
  },
  {
    name: 'a priced coaching step shares the pots with the course before it, in route order',
    steps: [
      step('ev-basics', { courseId: 'ev-basics', plannedStart: '2026-01-20', estimatedHours: 16 }),
      step('coach', {
        kind: 'coaching',
        plannedStart: '2026-02-01',
        estimatedHours: 3,
        price: { amount: 45_000, currency: 'EUR', vatIncluded: true },
      }),
      step('shadowing', { kind: 'workplace', estimatedHours: 16 }),
      step('mentor', {
        kind: 'workplace',
        plannedStart: '2026-03-02',
        price: { amount: 20_000, currency: 'EUR', vatIncluded: false },
      }),
    ],
    courses: [catalogueCourse('ev-basics', { price: 70_000 })],
    pots: employeePots,
    expectedSteps: [
      { stepId: 'ev-basics', offeringId: null, lines: [['personal', 70_000]], own: 0 },
      // € 450: the last € 300 personal, the fund's half (€ 225) pays the € 150 still open.
      {
        stepId: 'coach',
        offeringId: null,
        lines: [
          ['personal', 30_000],
          ['oo-fund', 15_000],
        ],
        own: 0,
      },
      // € 200 in March: the personal budget has ended; the fund pays half, the account the rest.
      {
        stepId: 'mentor',
        offeringId: null,
        lines: [
          ['oo-fund', 10_000],
          ['account', 10_000],
        ],
        own: 0,
        declined: [['personal', 'expired']],
      },
    ],
    total: 135_000,
    coveredByPot: [
      ['personal', 100_000],
      ['oo-fund', 25_000],
      ['account', 10_000],
    ],
    own: 0,
    hours: { needed: 35, coveredByPot: [], uncovered: 35 },
  },
];

for (const c of routeCases) {
  test(`planRoute: ${c.name}`, () => {
    const cost = planRoute(route(c.steps), catalogue(...c.courses), c.pots, { today: TODAY, ...c.options });

    assert.equal(cost.currency, 'EUR');
    assert.deepEqual(
      cost.steps.map((s) => s.step.id),
      c.expectedSteps.map((s) => s.stepId),
    );
    c.expectedSteps.forEach((expected, index) => {
      const actual = cost.steps[index];
      assert.ok(actual?.plan, `step ${expected.stepId} has a plan`);
      assert.equal(actual.offering?.id ?? null, expected.offeringId, `offering of ${expected.stepId}`);
      assert.deepEqual(linePairs(actual.plan.lines), expected.lines, `lines of ${expected.stepId}`);
      assert.equal(actual.plan.ownContribution, expected.own, `own contribution of ${expected.stepId}`);
      assert.equal(actual.countedInTotal, true);
      const declined = actual.plan.declined.map((d): [string, FundingReason] => [d.potId, d.reason]);
      for (const reason of expected.declined ?? [])
        assert.ok(hasPair(declined, reason), `${reason.join(' ')} declined`);
    });
    assert.equal(cost.total, c.total);
    assert.deepEqual(linePairs(cost.coveredByPot), c.coveredByPot);
    assert.equal(cost.ownContribution, c.own);
    if (c.hours) {
      assert.deepEqual({ ...cost.hours, coveredByPot: linePairs(cost.hours.coveredByPot) }, c.hours);
    }
  });
}

test('planRoute: route totals carry each pot’s name and kind', () => {
  const [basics, safety] = routeCases[0]?.courses ?? [];
  assert.ok(basics && safety);
  const cost = planRoute(
    route([
      step('a', { courseId: basics.id, offeringId: 'jan' }),
      step('b', { courseId: safety.id, plannedStart: '2026-02-01' }),
    ]),
    catalogue(basics, safety),
    employeePots,
    { today: TODAY },
  );
  assert.deepEqual(cost.coveredByPot, [
    { potId: 'personal', potName: 'Persoonlijk budget', kind: 'personal', amount: 100_000 },
    { potId: 'oo-fund', potName: 'O&O-fonds', kind: 'sector-fund', amount: 45_000 },
    { potId: 'account', potName: 'Leerrekening', kind: 'learning-account', amount: 15_000 },
  ]);
});

test('planRoute: done steps are paid already and do not count, unless includeDone is set', () => {
  const courses = catalogue(catalogueCourse('first', { price: 70_000 }), catalogueCourse('second', { price: 90_000 }));
  const steps = [
    step('first', { courseId: 'first', status: 'done', plannedStart: '2026-01-12', estimatedHours: 10 }),
    step('second', { courseId: 'second', status: 'in-progress', plannedStart: '2026-01-20', estimatedHours: 6 }),
  ];
  const pots = [pot('personal')];

  const open = planRoute(route(steps), courses, pots, { today: TODAY });
  assert.deepEqual(
    open.steps.map((s) => s.step.id),
    ['second'],
  );
  assert.equal(open.total, 90_000);
  assert.deepEqual(linePairs(open.coveredByPot), [['personal', 90_000]]);
  assert.equal(open.ownContribution, 0);
  assert.equal(open.hours.needed, 6);

  const all = planRoute(route(steps), courses, pots, { today: TODAY, includeDone: true });
  assert.deepEqual(
    all.steps.map((s) => s.step.id),
    ['first', 'second'],
  );
  assert.equal(all.total, 160_000);
  assert.deepEqual(linePairs(all.coveredByPot), [['personal', 100_000]]);
  assert.equal(all.ownContribution, 60_000);
  assert.equal(all.hours.needed, 16);
});

test('planRoute: steps without a course or a price count for hours only', () => {
  const steps = [
    step('workplace', { kind: 'workplace', estimatedHours: 20 }),
    step('coaching', { kind: 'coaching', estimatedHours: 3 }),
    step('ev-basics', { courseId: 'ev-basics', plannedStart: '2026-02-01', estimatedHours: 16 }),
    step('reading', { kind: 'reading', estimatedHours: 2.5 }),
    step('assessment', { kind: 'assessment', estimatedHours: 1.25 }),
    step('new-kind', { kind: 'other', estimatedHours: 0.1 }),
  ];
  const cost = planRoute(route(steps), catalogue(catalogueCourse('ev-basics', { price: 70_000 })), employeePots, {
    today: TODAY,
  });

  assert.deepEqual(
    cost.steps.map((s) => s.step.id),
    ['ev-basics'],
  );
  assert.equal(cost.total, 70_000);
  assert.deepEqual(linePairs(cost.coveredByPot), [['personal', 70_000]]);
  assert.equal(cost.ownContribution, 0);
  assert.deepEqual(cost.hours, { needed: 42.85, coveredByPot: [], uncovered: 42.85 });
});

test('planRoute: a priced step without a course is paid only by pots without provider or topic rules', () => {
  const coach = step('coach', { kind: 'coaching', price: { amount: 30_000, currency: 'EUR', vatIncluded: true } });
  const pots = [
    pot('ev-only', { rules: { eligibleTopics: ['ev'] } }),
    pot('certified', { priority: 2, rules: { requiresCertifiedProvider: true } }),
    pot('free', { priority: 3, total: 10_000, available: 10_000 }),
  ];
  const cost = planRoute(route([coach]), catalogue(), pots, { today: TODAY });

  const [priced] = cost.steps;
  assert.ok(priced?.plan);
  assert.equal(priced.course, null);
  assert.deepEqual(linePairs(priced.plan.lines), [['free', 10_000]]);
  assert.deepEqual(
    priced.plan.declined.map((d) => [d.potId, d.reason]),
    [
      ['ev-only', 'topic-not-covered'],
      ['certified', 'provider-not-certified'],
    ],
  );
  assert.deepEqual(
    priced.plan.declined.map((d) => d.details.withoutProvider),
    [true, true],
    'the reasons say the step has no provider, so the text can say so',
  );
  assert.equal(cost.total, 30_000);
  assert.equal(cost.ownContribution, 20_000);

  const course = planRoute(
    route([step('ev', { courseId: 'ev', plannedStart: '2026-02-01' })]),
    catalogue(catalogueCourse('ev', { price: 30_000, provider: { id: 'plain', name: 'Plain', certifications: [] } })),
    [pot('certified', { rules: { requiresCertifiedProvider: true } })],
    { today: TODAY },
  );
  const declined = course.steps[0]?.plan?.declined ?? [];
  assert.deepEqual(
    declined.map((d) => [d.reason, d.details.withoutProvider]),
    [['provider-not-certified', undefined]],
  );
});

test('planRoute: a step that names a course takes the course’s price, not its own', () => {
  const exam = step('exam', {
    kind: 'assessment',
    courseId: 'exam',
    price: { amount: 1, currency: 'EUR', vatIncluded: true },
  });
  const cost = planRoute(route([exam]), catalogue(catalogueCourse('exam', { price: 25_000 })), [], { today: TODAY });
  assert.equal(cost.total, 25_000);
  assert.equal(cost.steps[0]?.course?.id, 'exam');
});

test('planRoute: a done priced step is paid already, like a done course', () => {
  const price = { amount: 45_000, currency: 'EUR', vatIncluded: true };
  const steps = [step('coach', { kind: 'coaching', status: 'done', price }), step('read', { kind: 'reading', price })];
  const cost = planRoute(route(steps), catalogue(), [pot('personal')], { today: TODAY });
  assert.deepEqual(
    cost.steps.map((s) => s.step.id),
    ['read'],
  );
  assert.equal(cost.total, 45_000);
  assert.equal(cost.ownContribution, 0);
});

test('planRoute: a course the catalogue does not have is listed as missing, without a crash', () => {
  const steps = [
    step('gone', { courseId: 'retired-course', plannedStart: '2026-01-20', estimatedHours: 8 }),
    step('open-choice', { kind: 'course', estimatedHours: 4 }),
    step('ev-basics', { courseId: 'ev-basics', plannedStart: '2026-02-01', estimatedHours: 16 }),
  ];
  const known = catalogueCourse('ev-basics', { price: 70_000 });
  const lookups: string[] = [];
  const cost = planRoute(
    route(steps),
    (courseId) => {
      lookups.push(courseId);
      return courseId === known.id ? known : undefined;
    },
    employeePots,
    { today: TODAY },
  );

  assert.deepEqual(lookups, ['retired-course', 'ev-basics']);
  assert.deepEqual(
    cost.steps.map((s) => [s.step.id, s.missing ?? 'priced', s.countedInTotal]),
    [
      ['gone', 'course-not-found', false],
      ['open-choice', 'no-course-chosen', false],
      ['ev-basics', 'priced', true],
    ],
  );
  assert.equal(cost.steps[0]?.plan, undefined);
  assert.equal(cost.total, 70_000);
  assert.deepEqual(linePairs(cost.coveredByPot), [['personal', 70_000]]);
  assert.equal(cost.hours.needed, 28);
});

test('planRoute: with no pots the employee pays everything and no hours are covered', () => {
  const steps = [
    step('ev-basics', { courseId: 'ev-basics', estimatedHours: 16 }),
    step('workplace', { estimatedHours: 20 }),
    step('ev-diagnostics', { courseId: 'ev-diagnostics', estimatedHours: 24 }),
  ];
  const courses = catalogue(
    catalogueCourse('ev-basics', { price: 70_000 }),
    catalogueCourse('ev-diagnostics', { price: 120_000 }),
  );
  const cost = planRoute(route(steps), courses, [], { today: TODAY });

  assert.deepEqual(
    cost.steps.map((s) => s.plan?.ownContribution),
    [70_000, 120_000],
  );
  assert.equal(cost.total, 190_000);
  assert.deepEqual(cost.coveredByPot, []);
  assert.equal(cost.ownContribution, 190_000);
  assert.deepEqual(cost.hours, { needed: 60, coveredByPot: [], uncovered: 60 });
});

test('planRoute: an empty route costs nothing and has no currency', () => {
  const cost = planRoute(route([]), new Map(), employeePots, { today: TODAY });
  const empty: RouteCost = {
    currency: null,
    total: 0,
    coveredByPot: [],
    ownContribution: 0,
    hours: { needed: 0, coveredByPot: [], uncovered: 0 },
    steps: [],
  };
  assert.deepEqual(cost, empty);
});

interface HoursCase {
  name: string;
  steps: LearningStep[];
  pots: BudgetPot[];
  coveredByPot: Array<[string, number]>;
  uncovered: number;
}

const hoursCases: HoursCase[] = [
  {
    name: 'a time pot covers the first hours of the route and leaves the rest uncovered',
    steps: [
      step('workplace', { plannedStart: '2026-01-12', estimatedHours: 6 }),
      step('ev-basics', { courseId: 'ev-basics', plannedStart: '2026-02-01', estimatedHours: 8 }),
    ],
    pots: [timePot('study-time')],
    coveredByPot: [['study-time', 10]],
    uncovered: 4,
  },
  {
    name: 'a time pot for some topics pays for a course on them, not for workplace learning',
    steps: [
      step('workplace', { plannedStart: '2026-01-12', estimatedHours: 6 }),
      step('ev-basics', { courseId: 'ev-basics', plannedStart: '2026-02-01', estimatedHours: 8 }),
    ],
    pots: [timePot('ev-hours', { rules: { eligibleTopics: ['ev'] } })],
    coveredByPot: [['ev-hours', 8]],
    uncovered: 6,
  },
  {
    name: 'a time pot that ends before a later step does not pay for it',
    steps: [
      step('workplace', { plannedStart: '2026-01-12', estimatedHours: 2.5 }),
      step('ev-basics', { courseId: 'ev-basics', plannedStart: '2026-03-02', estimatedHours: 8 }),
    ],
    pots: [
      timePot('winter-hours', { expiresAt: '2026-02-28' }),
      timePot('year-hours', { priority: 2, total: 4, available: 4 }),
    ],
    coveredByPot: [
      ['winter-hours', 2.5],
      ['year-hours', 4],
    ],
    uncovered: 4,
  },
  {
    name: 'a time pot’s coverage and cap apply to every step',
    steps: [
      step('coaching', { kind: 'coaching', estimatedHours: 3 }),
      step('ev-basics', { courseId: 'ev-basics', estimatedHours: 16 }),
    ],
    pots: [timePot('half', { total: 40, available: 40, rules: { coveragePercent: 50, maxPerCourse: 6 } })],
    // 1.5 of the coaching's 3 hours; 6 (the cap, less than half of 16) of the course's.
    coveredByPot: [['half', 7.5]],
    uncovered: 11.5,
  },
];

for (const c of hoursCases) {
  test(`planRoute hours: ${c.name}`, () => {
    const courses = catalogue(catalogueCourse('ev-basics', { price: 70_000 }));
    const cost = planRoute(route(c.steps), courses, c.pots, { today: TODAY });
    const needed = c.steps.reduce((sum, s) => sum + s.estimatedHours, 0);
    assert.equal(cost.hours.needed, needed);
    assert.deepEqual(linePairs(cost.hours.coveredByPot), c.coveredByPot);
    assert.equal(cost.hours.uncovered, c.uncovered);
    assert.deepEqual(
      cost.coveredByPot.map((p) => p.potId),
      [],
      'time pots never pay money',
    );
  });
}

test('planRoute: a step priced in another currency keeps its plan but stays out of the totals', () => {
  const courses = catalogue(
    catalogueCourse('ev-basics', { price: 70_000 }),
    catalogueCourse('us-webinar', { price: 20_000, currency: 'USD' }),
    catalogueCourse('ev-diagnostics', { price: 120_000 }),
  );
  const steps = [
    step('ev-basics', { courseId: 'ev-basics' }),
    step('us-webinar', { courseId: 'us-webinar' }),
    step('ev-diagnostics', { courseId: 'ev-diagnostics' }),
  ];
  const cost = planRoute(route(steps), courses, [pot('personal')], { today: TODAY });

  assert.equal(cost.currency, 'EUR');
  assert.deepEqual(
    cost.steps.map((s) => s.countedInTotal),
    [true, false, true],
  );
  assert.deepEqual(cost.steps[1]?.plan?.price, { amount: 20_000, currency: 'USD', vatIncluded: true });
  assert.deepEqual(
    cost.steps[1]?.plan?.declined.map((d) => d.reason),
    ['other-currency'],
  );
  assert.equal(cost.total, 190_000);
  assert.deepEqual(linePairs(cost.coveredByPot), [['personal', 100_000]]);
  assert.equal(cost.ownContribution, 90_000);
});

interface OfferingCase {
  name: string;
  step: Partial<LearningStep>;
  offerings: NonNullable<Parameters<typeof catalogueCourse>[1]>['offerings'];
  offeringId: string | null;
}

const offeringCases: OfferingCase[] = [
  {
    name: 'the step’s own offering wins, even before its planned start',
    step: { offeringId: 'early', plannedStart: '2026-05-01' },
    offerings: [
      { id: 'early', start: '2026-02-01' },
      { id: 'may', start: '2026-05-04' },
    ],
    offeringId: 'early',
  },
  {
    name: 'an offering id the course no longer has falls back to the first one from the planned start',
    step: { offeringId: 'cancelled', plannedStart: '2026-03-01' },
    offerings: [
      { id: 'jun', start: '2026-06-01' },
      { id: 'feb', start: '2026-02-01' },
      { id: 'mar', start: '2026-03-09' },
    ],
    offeringId: 'mar',
  },
  {
    name: 'without a planned start, the first offering from today',
    step: {},
    offerings: [
      { id: 'past', start: '2026-01-05' },
      { id: 'next', start: '2026-01-26' },
    ],
    offeringId: 'next',
  },
  {
    name: 'full offerings and those past their enrolment deadline are skipped',
    step: { plannedStart: '2026-01-10' },
    offerings: [
      { id: 'full', start: '2026-01-20', seatsLeft: 0 },
      { id: 'closed', start: '2026-01-27', enrolmentDeadline: '2026-01-09' },
      { id: 'open', start: '2026-02-03', enrolmentDeadline: '2026-01-10', seatsLeft: 3 },
    ],
    offeringId: 'open',
  },
  {
    name: 'a self-paced offering starts on the planned start',
    step: { plannedStart: '2026-02-01' },
    offerings: [
      { id: 'feb', start: '2026-02-02' },
      { id: 'any-time', start: null },
    ],
    offeringId: 'any-time',
  },
  {
    name: 'no offering after the planned start',
    step: { plannedStart: '2026-09-01' },
    offerings: [{ id: 'feb', start: '2026-02-02' }],
    offeringId: null,
  },
];

for (const c of offeringCases) {
  test(`planRoute offering: ${c.name}`, () => {
    const courses = catalogue(catalogueCourse('ev-basics', { offerings: c.offerings }));
    const cost = planRoute(route([step('s', { courseId: 'ev-basics', ...c.step })]), courses, [], { today: TODAY });
    assert.equal(cost.steps[0]?.offering?.id ?? null, c.offeringId);
  });
}

test('planRoute: pots are checked on the chosen offering’s start, else the planned start, else today', () => {
  const courses = catalogue(
    catalogueCourse('dated', { offerings: [{ id: 'apr', start: '2026-04-06' }] }),
    catalogueCourse('undated'),
  );
  const pots = [pot('spring', { validFrom: '2026-03-01' })];
  const check = (overrides: Partial<LearningStep>, courseId: string): string[] => {
    const cost = planRoute(route([step('s', { courseId, ...overrides })]), courses, pots, { today: TODAY });
    return cost.steps[0]?.plan?.declined.map((d) => d.reason) ?? ['no plan'];
  };
  assert.deepEqual(check({ plannedStart: '2026-02-01' }, 'dated'), [], 'the April offering, in the pot’s period');
  assert.deepEqual(check({ plannedStart: '2026-03-02' }, 'undated'), [], 'the planned start');
  assert.deepEqual(check({}, 'undated'), ['not-yet-valid'], 'today');
});

test('planRoute: leaves its inputs alone', () => {
  const c = routeCases[0];
  assert.ok(c);
  const path = route(c.steps);
  const courses = catalogue(...c.courses);
  const snapshot = structuredClone({ path, courses: [...courses.values()], pots: employeePots });
  planRoute(path, courses, employeePots, { today: TODAY });
  assert.deepEqual({ path, courses: [...courses.values()], pots: employeePots }, snapshot);
});

function linePairs(lines: ReadonlyArray<{ potId: string; amount: number }>): Array<[string, number]> {
  return lines.map((line) => [line.potId, line.amount]);
}

function hasPair(pairs: ReadonlyArray<[string, string]>, [potId, reason]: [string, string]): boolean {
  return pairs.some(([id, r]) => id === potId && r === reason);
}
