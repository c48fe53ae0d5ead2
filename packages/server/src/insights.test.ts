import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CourseRequest, Insights, TeamBudget, type BudgetPot } from '@leerbudget/contract';
import { expectBody, expectProblem, startTestServer } from '../test/helpers.js';
import { generateOrganisation } from './demo/organisation.js';
import type { OrgPot, OrgRequest, Organisation } from './organisation/write-organisation.js';
import { EUR, testCourse, testEmployee, testPot } from './requests/requests.fixtures.js';
import type { RunningServer } from './server.js';

// A small organisation whose numbers are worked out by hand in the comments below, on the day of the test.
const today = new Date('2026-05-11T09:30:00Z');
let server: RunningServer;

function call(path: string, token?: string, init: { method?: string; body?: unknown; headers?: object } = {}) {
  return fetch(server.url + path, {
    method: init.method ?? 'GET',
    headers: {
      ...(token === undefined ? {} : { Authorization: `Bearer token-${token}` }),
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...init.headers,
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}

function definition(id: string, kind: BudgetPot['kind'], expiresAt: string | null, extra: Partial<BudgetPot> = {}) {
  const { total: _t, spent: _s, reserved: _r, available: _a, ...rest } = testPot(id, 0, {}, expiresAt);
  return { ...rest, kind, ...extra };
}

/** A money pot granted on 1 January with the given later entries. */
function moneyPot(
  employeeId: string,
  id: string,
  euros: number,
  expiresAt: string | null,
  entries: OrgPot['entries'] = [],
  options: { kind?: BudgetPot['kind']; grantedAt?: string; extra?: Partial<BudgetPot> } = {},
): OrgPot {
  return {
    employeeId,
    definition: definition(id, options.kind ?? 'personal', expiresAt, options.extra),
    entries: [{ kind: 'granted', amount: euros * EUR, at: options.grantedAt ?? '2026-01-01T08:00:00Z' }, ...entries],
  };
}
const spent = (euros: number, at: string) => ({ kind: 'spent' as const, amount: euros * EUR, at });

const people = (prefix: string, count: number, department: string, token = false) =>
  Array.from({ length: count }, (_, index) => ({
    id: `${prefix}${index + 1}`,
    displayName: `Persoon ${prefix}${index + 1}`,
    department,
    managerId: 'boss',
    ...(token ? { token: `token-${prefix}${index + 1}` } : {}),
  }));

const request = (id: string, employeeId: string, potId: string, status: OrgRequest['status'], extra = {}) => ({
  id,
  employeeId,
  potId,
  amount: 100 * EUR,
  status,
  courseId: 'req-course',
  courseTitle: 'Aanvragen oefenen',
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-02T10:00:00Z',
  ...extra,
});

const organisation: Organisation = {
  employees: [
    ...people('z', 6, 'Zorg', true),
    ...people('i', 5, 'ICT'),
    ...people('j', 3, 'Juridisch'),
    ...people('d', 2, 'Directie'),
  ],
  pots: [
    // Zorg: six personal pots of € 1.000 until 30 June; z1 spent € 200, z2 € 300, z3 reserved € 100.
    moneyPot('z1', 'z1-personal', 1000, '2026-06-30', [spent(200, '2026-02-15T10:00:00Z')]),
    moneyPot('z2', 'z2-personal', 1000, '2026-06-30', [spent(300, '2026-03-10T10:00:00Z')]),
    moneyPot('z3', 'z3-personal', 1000, '2026-06-30', [
      { kind: 'reserved', amount: 100 * EUR, at: '2026-04-01T10:00:00Z' },
    ]),
    moneyPot('z4', 'z4-personal', 1000, '2026-06-30'),
    moneyPot('z5', 'z5-personal', 1000, '2026-06-30', [], {
      extra: { rules: { ...testPot('x', 0).rules, requiresApproval: true, approver: 'Leidinggevende' } },
    }),
    moneyPot('z6', 'z6-personal', 1000, '2026-06-30'),
    // z1 also holds a team pot (€ 5.000, € 1.000 spent in March, until 31 December) ...
    moneyPot('z1', 'z1-team', 5000, '2026-12-31', [spent(1000, '2026-03-20T10:00:00Z')], { kind: 'team' }),
    // ... and z1 and z2 a sector fund of € 500 that ends on 31 May.
    moneyPot('z1', 'z1-sector', 500, '2026-05-31', [], { kind: 'sector-fund' }),
    moneyPot('z2', 'z2-sector', 500, '2026-05-31', [], { kind: 'sector-fund' }),
    // Hours are not money: left out of HR's euros.
    {
      employeeId: 'z4',
      definition: definition('z4-hours', 'time', null, { unit: 'hours', currency: undefined }),
      entries: [{ kind: 'granted', amount: 16, at: '2026-01-01T08:00:00Z' }],
    },
    // ICT: five pots of € 800 until 31 December; i1 spent it all in April.
    moneyPot('i1', 'i1-personal', 800, '2026-12-31', [spent(800, '2026-04-20T10:00:00Z')]),
    moneyPot('i2', 'i2-personal', 800, '2026-12-31'),
    moneyPot('i3', 'i3-personal', 800, '2026-12-31'),
    moneyPot('i4', 'i4-personal', 800, '2026-12-31'),
    moneyPot('i5', 'i5-personal', 800, '2026-12-31'),
    // i2's old pot of € 600 ended on 31 January with € 500 never used (€ 100 spent in June 2025).
    moneyPot('i2', 'i2-old', 600, '2026-01-31', [spent(100, '2025-06-01T10:00:00Z')], {
      grantedAt: '2025-01-01T08:00:00Z',
    }),
    // Juridisch (3) and Directie (2): € 1.000 each until 31 March 2027; j1 spent € 250 in May.
    moneyPot('j1', 'j1-personal', 1000, '2027-03-31', [spent(250, '2026-05-05T10:00:00Z')]),
    moneyPot('j2', 'j2-personal', 1000, '2027-03-31'),
    moneyPot('j3', 'j3-personal', 1000, '2027-03-31'),
    moneyPot('d1', 'd1-personal', 1000, '2027-03-31'),
    moneyPot('d2', 'd2-personal', 1000, '2027-03-31'),
    // Not valid yet on the last day asked: left out.
    moneyPot('d1', 'd1-next', 999, '2027-12-31', [], {
      grantedAt: '2026-05-01T08:00:00Z',
      extra: { validFrom: '2026-07-01' },
    }),
  ],
  requests: [
    request('r-z1', 'z1', 'z1-personal', 'declined', { declineReason: 'bad-timing' }),
    request('r-z2', 'z2', 'z2-personal', 'declined', { declineReason: 'not-job-related' }),
    request('r-z3', 'z3', 'z3-personal', 'submitted', { createdAt: '2026-04-01T10:00:00Z' }),
    request('r-i1', 'i1', 'i1-personal', 'completed', { createdAt: '2026-04-10T10:00:00Z' }),
    // Before the period asked: not counted.
    request('r-i2', 'i2', 'i2-old', 'completed', { createdAt: '2025-05-20T10:00:00Z' }),
  ],
};

before(async () => {
  server = await startTestServer({ today, seed: 'none' });
  await server.store.upsertCourse(testCourse(today));
  // Boss, another manager, HR and one of the other manager's people: four more in "Staf" (too small alone).
  const staff = { department: 'Staf' };
  await server.store.replaceEmployees(
    [
      testEmployee(
        'boss',
        [{ ...testPot('boss-team', 2000 * EUR, {}, '2026-12-31'), kind: 'team', name: 'Teambudget Zorg' }],
        staff,
      ),
      testEmployee('other-boss', [], staff),
      testEmployee('hr', [], { ...staff, hr: true }),
      testEmployee('o1', [testPot('o1-personal', 400 * EUR)], { ...staff, managerId: 'other-boss' }),
    ],
    today,
  );
  await server.store.replaceOrganisation(organisation);
  // One decline through the API, with its reason code: z5 asks, boss declines.
  const asked = await expectBody(
    await call('/v1/me/requests', 'z5', {
      method: 'POST',
      body: { courseId: 'req-course', offeringId: 'req-course-soon' },
      headers: { 'Idempotency-Key': 'insights-test-key-1' },
    }),
    CourseRequest,
    201,
  );
  await expectBody(
    await call(`/v1/approvals/${asked.id}/decision`, 'boss', {
      method: 'POST',
      body: { decision: 'decline', note: 'Te duur voor wat het oplevert.', reason: 'too-expensive' },
      headers: { 'If-Match': `"${asked.version}"` },
    }),
    CourseRequest,
  );
});
after(async () => {
  await server.close();
});

const months = (first: string, amounts: number[]) =>
  amounts.map((amount, index) => {
    const [year, month] = first.split('-').map(Number) as [number, number];
    return { month: new Date(Date.UTC(year, month - 1 + index, 1)).toISOString().slice(0, 7), amount };
  });

describe('GET /v1/organisation/insights', () => {
  test('by department: every number equals the hand-computed fixture; small groups are folded into "overig"', async () => {
    const insights = await expectBody(
      await call('/v1/organisation/insights?groupBy=department&from=2026-01-01&to=2026-05-11', 'hr'),
      Insights,
    );
    assert.equal(insights.minGroupSize, 5);
    assert.deepEqual(
      insights.groups.map((group) => group.key),
      ['Zorg', 'ICT', 'overig'],
    );
    const [zorg, ict, overig] = ['Zorg', 'ICT', 'overig'].map((key) => insights.groups.find((g) => g.key === key)!);
    // Zorg: 6 × € 1.000 + team € 5.000 + 2 × € 500 = € 12.000 granted; € 200 + € 300 + € 1.000 spent; € 100 reserved.
    assert.deepEqual(
      { ...zorg, spentByMonth: undefined, expiringByMonth: undefined },
      {
        key: 'Zorg',
        people: 6,
        granted: 12_000 * EUR,
        spent: 1_500 * EUR,
        reserved: 100 * EUR,
        available: 10_400 * EUR,
        expired: 0,
        utilisation: 0.125,
        // Sector funds end 31 May (within 30 days); the personal pots 30 June (90); the team pot 31 December (365).
        expiring: { days30: 1_000 * EUR, days90: 6_400 * EUR, days365: 10_400 * EUR },
        spentByMonth: undefined,
        expiringByMonth: undefined,
        // r-z1, r-z2 and the API's decline are declined; r-z3 waits.
        requests: { submitted: 1, approved: 0, completed: 0, declined: 3, cancelled: 0, expired: 0 },
        declineReasons: [
          { code: 'bad-timing', count: 1 },
          { code: 'not-job-related', count: 1 },
          { code: 'too-expensive', count: 1 },
        ],
      },
    );
    assert.deepEqual(zorg!.spentByMonth, months('2026-01', [0, 200 * EUR, 1_300 * EUR, 0, 0]));
    assert.deepEqual(
      zorg!.expiringByMonth,
      months('2026-05', [1_000 * EUR, 5_400 * EUR, 0, 0, 0, 0, 0, 4_000 * EUR, 0, 0, 0, 0]),
    );
    // ICT: 5 × € 800 + the old € 600 granted; € 800 + € 100 spent; the old pot's € 500 expired unused.
    assert.deepEqual(
      { ...ict, spentByMonth: undefined, expiringByMonth: undefined },
      {
        key: 'ICT',
        people: 5,
        granted: 4_600 * EUR,
        spent: 900 * EUR,
        reserved: 0,
        available: 3_200 * EUR,
        expired: 500 * EUR,
        utilisation: 0.1957,
        expiring: { days30: 0, days90: 0, days365: 3_200 * EUR },
        spentByMonth: undefined,
        expiringByMonth: undefined,
        requests: { submitted: 0, approved: 0, completed: 1, declined: 0, cancelled: 0, expired: 0 },
        declineReasons: [],
      },
    );
    assert.deepEqual(ict!.spentByMonth, months('2026-01', [0, 0, 0, 800 * EUR, 0]));
    // Overig: Juridisch (3), Directie (2) and Staf (4) are each under five: 9 people together. Five pots of
    // € 1.000, the boss's team pot of € 2.000 and o1's € 400 (granted on the test day); j1 spent € 250. d1's next pot
    // is not valid yet.
    assert.deepEqual(
      { ...overig, spentByMonth: undefined, expiringByMonth: undefined },
      {
        key: 'overig',
        people: 9,
        granted: 7_400 * EUR,
        spent: 250 * EUR,
        reserved: 0,
        available: 7_150 * EUR,
        expired: 0,
        utilisation: 0.0338,
        // o1's pot of € 400 never expires.
        expiring: { days30: 0, days90: 0, days365: 6_750 * EUR },
        spentByMonth: undefined,
        expiringByMonth: undefined,
        requests: { submitted: 0, approved: 0, completed: 0, declined: 0, cancelled: 0, expired: 0 },
        declineReasons: [],
      },
    );
    assert.deepEqual(overig!.spentByMonth, months('2026-01', [0, 0, 0, 0, 250 * EUR]));
    assert.deepEqual(
      overig!.expiringByMonth,
      months('2026-05', [0, 0, 0, 0, 0, 0, 0, 2_000 * EUR, 0, 0, 4_750 * EUR, 0]),
    );
    for (const name of ['Juridisch', 'Directie', 'Staf']) assert.ok(!insights.groups.some((g) => g.key === name));
  });

  test('by pot kind: when "overig" stays under five, the next smallest group joins it', async () => {
    const insights = await expectBody(
      await call('/v1/organisation/insights?groupBy=potKind&from=2026-01-01&to=2026-05-11', 'hr'),
      Insights,
    );
    // Team pots (z1, boss) and sector funds (z1, z2) are 3 people: too few, so personal pots join them.
    assert.deepEqual(
      insights.groups.map((group) => [group.key, group.people]),
      [['overig', 18]],
    );
    const [all] = insights.groups;
    assert.deepEqual(
      [all!.granted, all!.spent, all!.reserved, all!.available, all!.expired],
      [24_000 * EUR, 2_650 * EUR, 100 * EUR, 20_750 * EUR, 500 * EUR],
    );
  });

  test('the default period is the twelve months up to today', async () => {
    const insights = await expectBody(await call('/v1/organisation/insights', 'hr'), Insights);
    assert.equal(insights.groupBy, 'department');
    assert.deepEqual([insights.from, insights.to], ['2025-06-01', '2026-05-11']);
    const ict = insights.groups.find((group) => group.key === 'ICT')!;
    assert.equal(ict.spentByMonth.length, 12);
    assert.equal(ict.spentByMonth[0]!.amount, 100 * EUR);
  });

  test('an employee, a manager and an anonymous caller are refused; bad parameters are a 400', async () => {
    for (const who of ['z1', 'boss', 'other-boss']) {
      const problem = await expectProblem(await call('/v1/organisation/insights', who), 403);
      assert.doesNotMatch(JSON.stringify(problem), /Persoon|z\d/);
    }
    await expectProblem(await call('/v1/organisation/insights'), 401);
    await expectProblem(await call('/v1/organisation/insights?groupBy=person', 'hr'), 400);
    await expectProblem(await call('/v1/organisation/insights?from=2026-05-12&to=2026-05-11', 'hr'), 400);
  });

  test('no personal field: no ids, names or keys of people anywhere in the answer', async () => {
    for (const groupBy of ['department', 'potKind']) {
      const response = await call(`/v1/organisation/insights?groupBy=${groupBy}`, 'hr');
      assert.equal(response.headers.get('cache-control'), 'private, no-store');
      const text = await response.text();
      const keys = new Set<string>();
      JSON.parse(text, (key, value: unknown) => (keys.add(key), value));
      for (const field of ['id', 'employee', 'employeeId', 'userId', 'displayName', 'name', 'potId', 'by', 'note'])
        assert.ok(!keys.has(field), `field ${field}`);
      for (const person of [...organisation.employees.map((e) => e.id), 'boss', 'other-boss', 'hr', 'o1'])
        assert.ok(!text.includes(`"${person}"`), person);
      assert.doesNotMatch(text, /Persoon|Medewerker/);
    }
  });
});

describe('GET /v1/team/budgets', () => {
  test("the manager's direct reports: own money (team pots apart), next expiry within 90 days, open requests", async () => {
    const team = await expectBody(await call('/v1/team/budgets', 'boss'), TeamBudget);
    assert.equal(team.managerId, 'boss');
    assert.deepEqual(
      team.teamPots.map((pot) => [pot.id, pot.available]),
      [['boss-team', 2000 * EUR]],
    );
    assert.deepEqual(
      team.members.map((m) => [m.id, m.availableMoney, m.availableHours, m.nextExpiry, m.openRequests]),
      [
        // z1: personal € 800 + sector € 500 (the team pot of € 4.000 is not their own money); the sector fund ends first.
        ['z1', 1300 * EUR, 0, { date: '2026-05-31', unit: 'money', amount: 500 * EUR }, 0],
        ['z2', 1200 * EUR, 0, { date: '2026-05-31', unit: 'money', amount: 500 * EUR }, 0],
        ['z3', 900 * EUR, 0, { date: '2026-06-30', unit: 'money', amount: 900 * EUR }, 1],
        ['z4', 1000 * EUR, 16, { date: '2026-06-30', unit: 'money', amount: 1000 * EUR }, 0],
        ['z5', 1000 * EUR, 0, { date: '2026-06-30', unit: 'money', amount: 1000 * EUR }, 0],
        ['z6', 1000 * EUR, 0, { date: '2026-06-30', unit: 'money', amount: 1000 * EUR }, 0],
        ['d1', 1000 * EUR, 0, null, 0],
        ['d2', 1000 * EUR, 0, null, 0],
        ['i1', 0, 0, null, 0],
        ['i2', 800 * EUR, 0, null, 0],
        ['i3', 800 * EUR, 0, null, 0],
        ['i4', 800 * EUR, 0, null, 0],
        ['i5', 800 * EUR, 0, null, 0],
        ['j1', 750 * EUR, 0, null, 0],
        ['j2', 1000 * EUR, 0, null, 0],
        ['j3', 1000 * EUR, 0, null, 0],
      ],
    );
  });

  test("HR may read any manager's team; another manager only their own", async () => {
    const byHr = await expectBody(await call('/v1/team/budgets?managerId=boss', 'hr'), TeamBudget);
    assert.equal(byHr.members.length, 16);
    const other = await expectBody(await call('/v1/team/budgets', 'other-boss'), TeamBudget);
    assert.deepEqual(
      other.members.map((member) => [member.id, member.availableMoney]),
      [['o1', 400 * EUR]],
    );
  });

  test("an employee, another team's manager and an anonymous caller are refused, and nothing leaks", async () => {
    for (const [who, query] of [
      ['z5', ''],
      ['o1', ''],
      ['other-boss', '?managerId=boss'],
      ['z1', '?managerId=boss'],
    ] as const) {
      const problem = await expectProblem(await call(`/v1/team/budgets${query}`, who), 403);
      assert.doesNotMatch(JSON.stringify(problem), /Persoon|z\d|€/);
    }
    await expectProblem(await call('/v1/team/budgets'), 401);
  });
});

describe('the generated demo organisation', () => {
  test('is deterministic, has twelve departments, and its ledger agrees with every pot and request', async () => {
    const first = generateOrganisation(today, 300);
    assert.deepEqual(generateOrganisation(today, 300), first);
    assert.equal(new Set(first.employees.map((employee) => employee.department)).size, 12);
    const demo = await startTestServer({ today, seed: 'demo', organisation: 300 });
    try {
      assert.deepEqual(await demo.store.requests.invariants(), {
        overdrafts: 0,
        ledgerMismatches: 0,
        requestMismatches: 0,
        doubleReservations: 0,
        seatMismatches: 0,
      });
      const insights = await expectBody(
        await fetch(`${demo.url}/v1/organisation/insights`, { headers: { Authorization: 'Bearer demo-hanna' } }),
        Insights,
      );
      const budget = await expectBody(
        await fetch(`${demo.url}/v1/team/budgets`, { headers: { Authorization: 'Bearer demo-lisa' } }),
        TeamBudget,
      );
      assert.ok(insights.groups.length >= 3);
      assert.ok(insights.groups.every((group) => group.people >= 5));
      assert.ok(!budget.members.some((member) => member.id.startsWith('org-')), "Lisa's team is the demo employees");
    } finally {
      await demo.close();
    }
  });
});
