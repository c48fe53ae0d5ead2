import type { BudgetPot } from '@leerbudget/contract';
import { daysBetween, isoDay, todayIsoDate } from './calendar.js';
import { usableAvailable } from './pot-amounts.js';
import { comparePots } from './pot-order.js';

/** A pot with something left that expires soon: the "€ 450 expires on 31 December" nudge. */
export interface ExpiryNudge {
  pot: BudgetPot;
  /** The pot's last usable day, ISO date. */
  expiresAt: string;
  /** Days from today to `expiresAt`: 0 means today is the last day. */
  daysLeft: number;
  /** What is left, in the pot's unit (cents or hours), with impossible numbers made safe as in `planFunding`. */
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
 * Pots that never expire, are empty, or have already expired are left out.
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
    if (pot.expiresAt === null) continue;
    const available = usableAvailable(pot);
    if (available <= 0) continue;
    const daysLeft = daysBetween(today, pot.expiresAt);
    if (!isWithin(daysLeft, options.withinDays)) continue;
    nudges.push({ pot, expiresAt: isoDay(pot.expiresAt), daysLeft, available });
  }
  return nudges.sort((a, b) => a.daysLeft - b.daysLeft || comparePots(a.pot, b.pot));
}

/** An unreadable date (NaN days) is never "soon". */
function isWithin(daysLeft: number, withinDays: number): boolean {
  if (Number.isNaN(daysLeft)) return false;
  return daysLeft >= 0 && daysLeft <= withinDays;
}
