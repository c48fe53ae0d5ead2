import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Insights, TeamBudget } from '@leerbudget/contract';
import { expectBody, startTestServer } from '../test/helpers.js';
import type { OrgPot, Organisation } from './organisation/write-organisation.js';
import { EUR, testEmployee, testPot } from './requests/requests.fixtures.js';
import type { RunningServer } from './server.js';

// What carries over is not "expiring": five people of one department, worked out by hand on the day of the test.
const today = new Date('2026-05-11T09:30:00Z');
let server: RunningServer;

function call(path: string, token: string) {
  return fetch(server.url + path, { headers: { Authorization: `Bearer token-${token}` } });
}

/** A money pot granted on 1 January 2025 (ledger entries, as the organisation is written), with carry-over rules. */
function pot(
  employeeId: string,
  euros: number,
  expiresAt: string | null,
  carry: { max?: number; until?: string } | null,
  spentEuros = 0,
): OrgPot {
  const rules = carry
    ? { carryOverMax: carry.max === undefined ? undefined : carry.max * EUR, carryOverUntil: carry.until }
    : {};
  const {
    total: _t,
    spent: _s,
    reserved: _r,
    available: _a,
    ...definition
  } = testPot(`${employeeId}-pot`, 0, rules, expiresAt);
  return {
    employeeId,
    definition: { ...definition, carryOver: carry !== null },
    entries: [
      { kind: 'granted', amount: euros * EUR, at: '2025-01-01T08:00:00Z' },
      ...(spentEuros > 0 ? [{ kind: 'spent' as const, amount: spentEuros * EUR, at: '2026-02-01T10:00:00Z' }] : []),
    ],
  };
}

const person = (id: string, department: string) => ({
  id,
  displayName: `Persoon ${id}`,
  department,
  managerId: 'boss',
});

const organisation: Organisation = {
  // Three more in "Staf" beside boss and HR, so no group is too small and folded.
  employees: [
    ...['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => person(id, 'Zorg')),
    ...['s1', 's2', 's3'].map((id) => person(id, 'Staf')),
  ],
  pots: [
    // € 1.000, € 200 spent, ends in 30 days: of the € 800 left, € 400 carries over to 30 June 2027. € 400 is lost.
    pot('c1', 1000, '2026-06-10', { max: 400, until: '2027-06-30' }, 200),
    // € 500 that ends the same day and does not carry over: all of it is lost.
    pot('c2', 500, '2026-06-10', null),
    // Ended on 30 April, in its carry-over period: € 300 of the € 1.000 left is usable until 31 July, then lost.
    pot('c3', 1000, '2026-04-30', { max: 300, until: '2026-07-31' }),
    // All € 1.000 carries over on 31 March 2027 to 31 December 2027 (more than a year away): nothing is lost soon.
    pot('c4', 1000, '2027-03-31', { until: '2027-12-31' }),
    // No end.
    pot('c5', 1000, null, null),
  ],
  requests: [],
};

before(async () => {
  server = await startTestServer({ today, seed: 'none' });
  await server.store.replaceEmployees(
    [testEmployee('boss', [], { department: 'Staf' }), testEmployee('hr', [], { department: 'Staf', hr: true })],
    today,
  );
  await server.store.replaceOrganisation(organisation);
});
after(async () => {
  await server.close();
});

describe('carry-over in the team view and HR insights', () => {
  test('team view: the next expiry is what would be lost; the carry-over period ends on carryOverUntil', async () => {
    const team = await expectBody(await call('/v1/team/budgets', 'boss'), TeamBudget);
    const ours = team.members.filter((member) => member.id.startsWith('c'));
    const byId = new Map(ours.map((member) => [member.id, [member.availableMoney, member.nextExpiry]]));
    assert.deepEqual(Object.fromEntries(byId), {
      c1: [800 * EUR, { date: '2026-06-10', unit: 'money', amount: 400 * EUR }],
      c2: [500 * EUR, { date: '2026-06-10', unit: 'money', amount: 500 * EUR }],
      c3: [300 * EUR, { date: '2026-07-31', unit: 'money', amount: 300 * EUR }],
      c4: [1000 * EUR, null],
      c5: [1000 * EUR, null],
    });
  });

  test('insights: carried-over money is not expiring on expiresAt, and still available in its carry-over period', async () => {
    const insights = await expectBody(
      await call('/v1/organisation/insights?groupBy=department&from=2026-01-01&to=2026-05-11', 'hr'),
      Insights,
    );
    const zorg = insights.groups.find((group) => group.key === 'Zorg')!;
    assert.equal(zorg.people, 5);
    assert.equal(zorg.available, (800 + 500 + 300 + 1000 + 1000) * EUR);
    assert.equal(zorg.expired, 700 * EUR, 'c3: what did not carry over');
    // 30 days (to 10 June): c1 € 400 + c2 € 500. 90 days: + c3's carried € 300 on 31 July. 365 days: c4 loses nothing.
    assert.deepEqual(zorg.expiring, { days30: 900 * EUR, days90: 1200 * EUR, days365: 1200 * EUR });
    const months = Object.fromEntries(zorg.expiringByMonth.filter((m) => m.amount > 0).map((m) => [m.month, m.amount]));
    assert.deepEqual(months, { '2026-06': 900 * EUR, '2026-07': 300 * EUR });
  });
});
