import { expect } from '@open-wc/testing';
import type { BudgetPot } from '@leerbudget/contract';
import { lastUsableDay } from '@leerbudget/sdk/funding';
import { summarizeBudget } from './budget-summary.js';

const TODAY = '2026-11-23';

function pot(id: string, overrides: Partial<BudgetPot> = {}): BudgetPot {
  return {
    id,
    name: id,
    kind: 'personal',
    funder: { name: 'Werkgever' },
    unit: 'money',
    currency: 'EUR',
    total: 100000,
    spent: 0,
    reserved: 0,
    available: 100000,
    validFrom: null,
    expiresAt: null,
    carryOver: false,
    priority: 1,
    rules: { coveragePercent: 100, requiresCertifiedProvider: false, requiresApproval: false },
    ...overrides,
  };
}

const budget = (pots: BudgetPot[]) => ({ userId: 'u', asOf: `${TODAY}T08:00:00Z`, pots });

describe('summarizeBudget', () => {
  it('adds money per currency and hours apart, and picks the soonest expiry as the nudge', () => {
    const summary = summarizeBudget(
      budget([
        pot('a', { available: 30000, spent: 70000, expiresAt: '2027-06-01' }),
        pot('b', { available: 45000, total: 60000, spent: 15000, expiresAt: '2026-12-14' }),
        pot('uren', { unit: 'hours', total: 40, spent: 12, reserved: 8, available: 20, expiresAt: null }),
      ]),
      TODAY,
    );
    expect(summary.money).to.have.length(1);
    expect(summary.money[0]).to.include({ currency: 'EUR', total: 160000, available: 75000 });
    // Of the € 750 left, the € 450 of pot b ends first.
    expect(summary.money[0]!.firstExpiry).to.deep.equal({ amount: 45000, lastDay: '2026-12-14', carried: null });
    expect(summary.hours).to.include({ total: 40, available: 20 });
    expect(summary.nudge?.pot.id).to.equal('b');
  });

  it('keeps every bar within 0–1 and never trusts available beyond total − spent − reserved', () => {
    const summary = summarizeBudget(
      budget([
        pot('too-much', { total: 1000, available: 5000 }),
        pot('negative', { total: -5, available: -1, spent: -3 }),
        pot('booked', { total: 1000, spent: 600, reserved: 300, available: 900 }),
      ]),
      TODAY,
    );
    for (const item of summary.pots) expect(item.fraction).to.be.within(0, 1);
    expect(summary.pots.map((item) => item.available)).to.deep.equal([1000, 0, 100]);
  });

  it('counts an expired pot for nothing', () => {
    const summary = summarizeBudget(budget([pot('old', { expiresAt: '2026-01-01' }), pot('new')]), TODAY);
    expect(summary.pots[0]).to.include({ expired: true, available: 0 });
    expect(summary.money[0]).to.include({ total: 100000, available: 100000 });
    expect(summary.nudge).to.equal(undefined);
  });

  it('after its last day a pot that carries over still has the carried amount, until carryOverUntil', () => {
    const rules = { ...pot('x').rules, carryOverMax: 20000, carryOverUntil: '2027-06-30' };
    const carrying = pot('c', { available: 50000, spent: 50000, expiresAt: '2026-11-01', carryOver: true, rules });
    const [inCarry] = summarizeBudget(budget([carrying]), TODAY).pots;
    expect(inCarry!.expired).to.equal(false);
    expect(inCarry!.available).to.equal(20000);
    const [after] = summarizeBudget(budget([carrying]), '2027-07-01').pots;
    expect(after!.expired).to.equal(true);
    expect(after!.available).to.equal(0);
    expect(lastUsableDay(after!.pot), 'the meter names the end of the carry-over as the last day').to.equal(
      '2027-06-30',
    );
  });

  it('a pro-rata pot never draws more than the employee share of the full-time total', () => {
    const rules = { ...pot('x').rules, proRata: { fullTimeHours: 36, contractHours: 24, fullTimeTotal: 120000 } };
    const [summary] = summarizeBudget(budget([pot('p', { total: 120000, available: 120000, rules })]), TODAY).pots;
    expect(summary!.total).to.equal(80000);
    expect(summary!.available).to.equal(80000);
    expect(summary!.fraction).to.equal(1);
  });

  it('counts a pot that has not started in no total, and lists it per first day as money that comes later', () => {
    const summary = summarizeBudget(
      budget([
        pot('now', { expiresAt: '2027-06-01' }),
        pot('later-a', { total: 50000, available: 50000, validFrom: '2027-02-01', expiresAt: '2026-12-01' }),
        pot('later-b', { total: 20000, available: 20000, validFrom: '2027-02-01' }),
        pot('later-c', { total: 10000, available: 10000, validFrom: '2027-01-15T00:00:00Z' }),
      ]),
      TODAY,
    );
    expect(summary.money[0]).to.include({ total: 100000, available: 100000 });
    expect(summary.money[0]!.later).to.deep.equal([
      { amount: 10000, from: '2027-01-15' },
      { amount: 70000, from: '2027-02-01' },
    ]);
    expect(summary.pots[1]).to.include({ available: 0, fraction: 0, expiry: null });
    expect(summary.nudge, 'a pot that has not started is no reason to hurry').to.equal(undefined);
    expect(summary.money[0]!.firstExpiry?.lastDay).to.equal('2027-06-01');
  });

  it('the first expiry counts only what would be lost, and says what carries over instead', () => {
    const rules = { ...pot('x').rules, carryOverMax: 20000, carryOverUntil: '2027-12-31' };
    const summary = summarizeBudget(
      budget([
        pot('carries', { expiresAt: '2026-12-31', carryOver: true, rules }),
        pot('plain', { total: 30000, available: 30000, expiresAt: '2026-12-31' }),
        pot('all-carries', { total: 10000, available: 10000, expiresAt: '2027-03-01', carryOver: true }),
      ]),
      TODAY,
    );
    expect(summary.money[0]!.firstExpiry).to.deep.equal({
      lastDay: '2026-12-31',
      amount: 80000 + 30000,
      carried: { amount: 20000, until: '2027-12-31' },
    });
    expect(summary.nudge?.available).to.equal(80000);
  });
});
