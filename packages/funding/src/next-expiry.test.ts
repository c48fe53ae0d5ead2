import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { usableOn } from './carry-over.js';
import { expiringSoon } from './expiring-soon.js';
import { pot, timePot } from './funding.fixtures.js';
import { nextExpiry, type NextExpiry } from './next-expiry.js';
import { startsLater } from './pot-start.js';

// € 600 left, until 31 December 2026; up to € 250 of it carries over to 30 June 2027.
const carrying = pot('c', {
  total: 100_000,
  spent: 40_000,
  available: 60_000,
  carryOver: true,
  rules: { carryOverMax: 25_000, carryOverUntil: '2027-06-30' },
});

const cases: Array<{ name: string; pot: typeof carrying; day: string; expected: NextExpiry | null }> = [
  {
    name: 'before expiresAt, only what does not carry over is lost',
    pot: carrying,
    day: '2026-11-01',
    expected: {
      lastDay: '2026-12-31',
      amount: 35_000,
      carried: { amount: 25_000, until: '2027-06-30' },
      inCarryOver: false,
    },
  },
  {
    name: 'on the last day itself, still the original end',
    pot: carrying,
    day: '2026-12-31',
    expected: {
      lastDay: '2026-12-31',
      amount: 35_000,
      carried: { amount: 25_000, until: '2027-06-30' },
      inCarryOver: false,
    },
  },
  {
    name: 'in the carry-over period, the carried amount ends at carryOverUntil',
    pot: carrying,
    day: '2027-01-01',
    expected: { lastDay: '2027-06-30', amount: 25_000, carried: null, inCarryOver: true },
  },
  { name: 'after the carry-over period, nothing', pot: carrying, day: '2027-07-01', expected: null },
  {
    name: 'a pot that does not carry over loses all it has left',
    pot: pot('plain', { available: 45_000, spent: 55_000 }),
    day: '2026-11-01',
    expected: { lastDay: '2026-12-31', amount: 45_000, carried: null, inCarryOver: false },
  },
  {
    name: 'a pot without an end never expires',
    pot: pot('open', { expiresAt: null }),
    day: '2026-11-01',
    expected: null,
  },
  {
    name: 'carry-over without a known end: nothing after expiresAt',
    pot: pot('unknown', { carryOver: true, rules: { carryOverMax: 10_000 } }),
    day: '2027-01-01',
    expected: null,
  },
  {
    name: 'hours count in hundredths',
    pot: timePot('t', { available: 7.5, carryOver: true, rules: { carryOverMax: 2.25 } }),
    day: '2026-11-01',
    expected: { lastDay: '2026-12-31', amount: 5.25, carried: { amount: 2.25, until: null }, inCarryOver: false },
  },
];

for (const { name, pot: thePot, day, expected } of cases) {
  test(`nextExpiry: ${name}`, () => {
    assert.deepEqual(nextExpiry(thePot, day), expected);
  });
}

test('expiringSoon: in the carry-over period the nudge names the carried amount and the end of the carry-over', () => {
  const [nudge] = expiringSoon([carrying], { withinDays: 60, today: '2027-05-15' });
  assert.deepEqual([nudge?.expiresAt, nudge?.daysLeft, nudge?.available], ['2027-06-30', 46, 25_000]);
});

test('startsLater and usableOn: a pot that has not started pays nothing now, and says what it brings from when', () => {
  const later = pot('later', { validFrom: '2027-02-01', expiresAt: '2028-01-31', total: 50_000, available: 50_000 });
  assert.deepEqual(startsLater(later, '2026-12-02'), { amount: 50_000, from: '2027-02-01' });
  assert.equal(usableOn(later, '2026-12-02'), 0);
  assert.equal(startsLater(later, '2027-02-01'), null, 'its first day counts as started');
  assert.equal(usableOn(later, '2027-02-01'), 50_000);
  assert.equal(startsLater(pot('no-start', { validFrom: null }), '2026-12-02'), null);
});

const amount = fc.integer({ min: 0, max: 500_000 });
const day = fc
  .integer({ min: 0, max: 900 })
  .map((offset) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10));

test('nextExpiry (property): lost + carried = what can be used that day, and the carried part is never lost', () => {
  fc.assert(
    fc.property(
      fc.record({ total: amount, spent: amount, reserved: amount, available: amount }),
      fc.option(amount, { nil: undefined }),
      fc.boolean(),
      day,
      (numbers, carryOverMax, carryOver, today) => {
        const thePot = pot('p', { ...numbers, carryOver, rules: { carryOverMax, carryOverUntil: '2027-06-30' } });
        const expiry = nextExpiry(thePot, today);
        const usable = usableOn(thePot, today);
        if (expiry === null) {
          assert.equal(usable, 0, 'nothing ends because nothing is left');
          return;
        }
        assert.ok(expiry.lastDay >= today, 'the next end is never in the past');
        assert.ok(expiry.amount >= 0);
        assert.equal(expiry.amount + (expiry.carried?.amount ?? 0), usable);
        if (!carryOver) assert.equal(expiry.carried, null);
      },
    ),
    { numRuns: 500 },
  );
});
