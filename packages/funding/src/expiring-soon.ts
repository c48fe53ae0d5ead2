import type { BudgetPot } from '@leerbudget/contract';
import { daysBetween, isoDay, todayIsoDate } from './calendar.js';
import { carryOverOf } from './carry-over.js';
import { usableAvailable } from './pot-amounts.js';
import { fromPlanUnits, toPlanUnits } from './plan-units.js';
import { comparePots } from './pot-order.js';

/** A pot with something left that expires soon: the "€ 450 expires on 31 December" nudge. */
export interface ExpiryNudge {
  pot: BudgetPot;
  /** The pot's last usable day, ISO date. */
  expiresAt: string;
  /** Days from today to `expiresAt`: 0 means today is the last day. */
  daysLeft: number;
  /**
   * What is left and would be lost, in the pot's unit (cents or hours), with impossible numbers made safe as
   * in `planFunding`. What carries over to the next period ({@link carryOverOf}) is not counted: it is not lost.
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
 * Pots that never expire, are empty, have already expired, or carry all they have left over are left out.
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
    const available = lostOnExpiry(pot);
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

/** What is left minus what carries over, in exact plan units. */
function lostOnExpiry(pot: BudgetPot): number {
  const left = toPlanUnits(usableAvailable(pot), pot.unit);
  const carried = toPlanUnits(carryOverOf(pot)?.amount ?? 0, pot.unit);
  return fromPlanUnits(left - carried, pot.unit);
}
