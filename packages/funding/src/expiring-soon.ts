import type { BudgetPot } from '@leerbudget/contract';
import { daysBetween, isoDay, todayIsoDate } from './calendar.js';
import { nextExpiry } from './next-expiry.js';
import { comparePots } from './pot-order.js';

/** A pot with something left that expires soon: the "€ 450 expires on 31 December" nudge. */
export interface ExpiryNudge {
  pot: BudgetPot;
  /** The last day of what would be lost, ISO date: `expiresAt`, or in the carry-over period its end. */
  expiresAt: string;
  /** Days from today to `expiresAt`: 0 means today is the last day. */
  daysLeft: number;
  /**
   * What is left and would be lost, in the pot's unit (cents or hours), with impossible numbers made safe as
   * in `planFunding`. What carries over to the next period (`carryOverOf`) is not counted: it is not lost.
   */
  available: number;
}

/** Options for {@link expiringSoon}. */
export interface ExpiringSoonOptions {
  /** Include pots whose last day is at most this many days from today. */
  withinDays: number;
  /** ISO date to count from; default the local date. */
  today?: string;
}

/**
 * Pots with something left that expire within `withinDays` days, soonest first (then in plan order).
 * Pots that never expire, are empty, have already expired, or carry all they have left over are left out; a
 * pot in its carry-over period counts with the carried amount, up to the end of the carry-over.
 *
 * @example
 * ```ts
 * for (const nudge of expiringSoon(budget.pots, { withinDays: 60 })) {
 *   console.log(`${nudge.pot.name}: ${nudge.available} left, ${nudge.daysLeft} days to go`);
 * }
 * ```
 */
export function expiringSoon(pots: readonly BudgetPot[], options: ExpiringSoonOptions): ExpiryNudge[] {
  const today = isoDay(options.today ?? todayIsoDate());
  const nudges: ExpiryNudge[] = [];
  for (const pot of pots) {
    const expiry = nextExpiry(pot, today);
    if (expiry === null || expiry.amount <= 0) continue;
    const daysLeft = daysBetween(today, expiry.lastDay);
    if (!isWithin(daysLeft, options.withinDays)) continue;
    nudges.push({ pot, expiresAt: expiry.lastDay, daysLeft, available: expiry.amount });
  }
  return nudges.sort((a, b) => a.daysLeft - b.daysLeft || comparePots(a.pot, b.pot));
}

/** An unreadable date (NaN days) is never "soon". */
function isWithin(daysLeft: number, withinDays: number): boolean {
  if (Number.isNaN(daysLeft)) return false;
  return daysLeft >= 0 && daysLeft <= withinDays;
}
