import type { BudgetPot } from '@leerbudget/contract';
import { isoDay } from './calendar.js';
import { carryOverOf, type CarryOver } from './carry-over.js';
import { usableAvailable } from './pot-amounts.js';
import { fromPlanUnits, toPlanUnits } from './plan-units.js';

/** The next day on which something of a pot ends, seen from one day, see {@link nextExpiry}. */
export interface NextExpiry {
  /** The last day it can be used (ISO date). */
  lastDay: string;
  /** What is lost after `lastDay`, in the pot's unit (cents or hours): what is left minus what carries over. */
  amount: number;
  /** What moves on to the next period after `lastDay` instead of being lost; `null` when nothing does. */
  carried: CarryOver | null;
  /** `day` is past `expiresAt`: all that is left is the carried-over amount, and `lastDay` is its end. */
  inCarryOver: boolean;
}

/**
 * When something of a pot ends, seen from `day` (ISO date), and how much of it is lost. Up to `expiresAt`
 * that is what is left minus what carries over ({@link carryOverOf}); in the carry-over period it is the
 * carried amount, at `carryOverUntil`. `null` when the pot never expires or nothing of it is usable any more.
 * Whether the pot has started (`validFrom`) is the caller's question.
 *
 * @example
 * ```ts
 * nextExpiry(pot, '2026-12-02'); // { lastDay: '2027-06-05', amount: 100000, carried: { amount: 50000, until: '2028-06-04' }, inCarryOver: false }
 * ```
 */
export function nextExpiry(pot: BudgetPot, day: string): NextExpiry | null {
  if (pot.expiresAt === null) return null;
  const expiresAt = isoDay(pot.expiresAt);
  const carried = carryOverOf(pot);
  if (day <= expiresAt) {
    const left = toPlanUnits(usableAvailable(pot), pot.unit);
    const lost = fromPlanUnits(left - toPlanUnits(carried?.amount ?? 0, pot.unit), pot.unit);
    return { lastDay: expiresAt, amount: lost, carried, inCarryOver: false };
  }
  if (!carried?.until || day > carried.until) return null;
  return { lastDay: carried.until, amount: carried.amount, carried: null, inCarryOver: true };
}
