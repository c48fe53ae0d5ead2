import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BudgetPot } from '@leerbudget/contract';
import { expiringSoon } from './expiring-soon.js';
import { pot, timePot } from './funding.fixtures.js';

const TODAY = '2026-11-01';

interface ExpiryCase {
  name: string;
  pots: BudgetPot[];
  withinDays: number;
  /** `[potId, daysLeft, available]` in the expected order. */
  expected: Array<[string, number, number]>;
}

const cases: ExpiryCase[] = [
  {
    name: 'soonest first',
    pots: [
      pot('december', { expiresAt: '2026-12-31' }),
      pot('november', { expiresAt: '2026-11-30', available: 45_000 }),
      timePot('hours', { expiresAt: '2026-11-15', available: 6 }),
    ],
    withinDays: 90,
    expected: [
      ['hours', 14, 6],
      ['november', 29, 45_000],
      ['december', 60, 100_000],
    ],
  },
  {
    name: 'the window includes its last day and nothing after it',
    pots: [pot('in', { expiresAt: '2026-12-01' }), pot('out', { expiresAt: '2026-12-02' })],
    withinDays: 30,
    expected: [['in', 30, 100_000]],
  },
  {
    name: 'a pot whose last day is today is included with 0 days left',
    pots: [pot('today', { expiresAt: TODAY })],
    withinDays: 0,
    expected: [['today', 0, 100_000]],
  },
  {
    name: 'empty, never-expiring and already expired pots are left out',
    pots: [
      pot('empty', { expiresAt: '2026-11-10', available: 0, spent: 100_000 }),
      pot('never', { expiresAt: null }),
      pot('gone', { expiresAt: '2026-10-31' }),
      pot('inconsistent', { expiresAt: '2026-11-10', total: 0, available: 50_000 }),
    ],
    withinDays: 365,
    expected: [],
  },
  {
    name: 'same day: plan order (priority, then id) breaks the tie',
    pots: [
      pot('b', { expiresAt: '2026-11-20', priority: 1 }),
      pot('a', { expiresAt: '2026-11-20', priority: 2 }),
      pot('c', { expiresAt: '2026-11-20', priority: 1 }),
    ],
    withinDays: 30,
    expected: [
      ['b', 19, 100_000],
      ['c', 19, 100_000],
      ['a', 19, 100_000],
    ],
  },
];

for (const expiryCase of cases) {
  test(`expiringSoon: ${expiryCase.name}`, () => {
    const nudges = expiringSoon(expiryCase.pots, { withinDays: expiryCase.withinDays, today: TODAY });
    assert.deepEqual(
      nudges.map((n) => [n.pot.id, n.daysLeft, n.available]),
      expiryCase.expected,
    );
  });
}

test('expiringSoon: counts whole days across a daylight-saving change', () => {
  const [nudge] = expiringSoon([pot('a', { expiresAt: '2026-03-30' })], { withinDays: 10, today: '2026-03-28' });
  assert.equal(nudge?.daysLeft, 2);
  assert.equal(nudge?.expiresAt, '2026-03-30');
});
