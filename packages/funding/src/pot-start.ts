import type { BudgetPot } from '@leerbudget/contract';
import { isoDay } from './calendar.js';
import { usableAvailable } from './pot-amounts.js';

/** Money or hours of a pot that has not started yet: what it brings, and from which day. */
export interface LaterAmount {
  /** In the pot's unit (cents or hours): what the pot has left, see {@link usableAvailable}. */
  amount: number;
  /** The pot's first day (ISO date). */
  from: string;
}

/** Whether the pot has not started on `day` (ISO date): its `validFrom` is later. */
export function startsAfter(pot: BudgetPot, day: string): boolean {
  return pot.validFrom !== null && isoDay(pot.validFrom) > day;
}

/**
 * What a pot that has not started on `day` brings once it starts, or `null` for a pot that has started. Until
 * then it pays nothing ({@link usableOn} is 0), so it is no part of what can be used now.
 *
 * @example
 * ```ts
 * startsLater(pot, '2026-12-02'); // { amount: 50000, from: '2027-01-31' }: € 500 comes on 31 January
 * ```
 */
export function startsLater(pot: BudgetPot, day: string): LaterAmount | null {
  if (!startsAfter(pot, day)) return null;
  return { amount: usableAvailable(pot), from: isoDay(pot.validFrom as string) };
}
