/**
 * Builders for the funding tests. Pots and courses go through the contract's schemas, so every fixture is
 * data a real API could send (tests that need impossible numbers override fields after parsing).
 * This file holds no tests of its own.
 */
import { BudgetPot, Provider } from '@leerbudget/contract';
import type { FundableCourse } from './funding-types.js';

type PotInput = Partial<Omit<BudgetPot, 'rules'>> & { rules?: Partial<BudgetPot['rules']> };

/** A money pot of € 1.000 in EUR, valid through 2026, priority 1, with default rules; override what a test needs. */
export function pot(id: string, overrides: PotInput = {}): BudgetPot {
  const unit = overrides.unit ?? 'money';
  return BudgetPot.parse({
    id,
    name: `Budget ${id}`,
    kind: 'personal',
    funder: { name: 'Werkgever' },
    unit,
    currency: unit === 'money' ? 'EUR' : undefined,
    total: 100_000,
    spent: 0,
    reserved: 0,
    available: 100_000,
    validFrom: '2026-01-01',
    expiresAt: '2026-12-31',
    priority: 1,
    ...overrides,
    rules: overrides.rules ?? {},
  });
}

/** A time pot of 10 hours. */
export function timePot(id: string, overrides: PotInput = {}): BudgetPot {
  return pot(id, { unit: 'hours', kind: 'time', total: 10, available: 10, ...overrides });
}

type CourseInput = Partial<Omit<FundableCourse, 'provider'>> & { provider?: Partial<FundableCourse['provider']> };

/** A € 1.000 course of 16 hours on `data`, by an NRTO-certified provider, tagged `stap-eligible`. */
export function course(overrides: CourseInput = {}): FundableCourse {
  return {
    price: { amount: 100_000, currency: 'EUR', vatIncluded: true },
    durationHours: 16,
    topics: ['data'],
    fundingTags: ['stap-eligible'],
    ...overrides,
    provider: Provider.parse({ id: 'acme', name: 'Acme Academy', certifications: ['nrto'], ...overrides.provider }),
  };
}

/** The offering start most cases use. */
export const START = { start: '2026-09-01' } as const;
