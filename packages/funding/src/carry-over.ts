import type { BudgetPot } from '@leerbudget/contract';
import { isoDay } from './calendar.js';
import { usableAvailable } from './pot-amounts.js';
import { fromPlanUnits, toPlanUnits } from './plan-units.js';
import { startsAfter } from './pot-start.js';

/** What of a pot moves on to the next period after its last day, see {@link carryOverOf}. */
export interface CarryOver {
  /** In the pot's unit (cents or hours): what is left now, up to the pot's `carryOverMax`. */
  amount: number;
  /** Last day the amount can be used (ISO date); `null` when the API does not say. */
  until: string | null;
}

/**
 * What moves on to the next period if nothing more is spent: what is left, up to `rules.carryOverMax`.
 * `null` when the pot does not carry over, never expires, or has nothing left.
 *
 * @example
 * ```ts
 * const carried = carryOverOf(pot); // { amount: 25000, until: '2027-12-31' }: € 250 moves on to next year
 * ```
 */
export function carryOverOf(pot: BudgetPot): CarryOver | null {
  if (!pot.carryOver || pot.expiresAt === null) return null;
  const left = toPlanUnits(usableAvailable(pot), pot.unit);
  const cap = pot.rules.carryOverMax;
  const units = cap === null || cap === undefined ? left : Math.min(left, toPlanUnits(cap, pot.unit));
  if (units === 0) return null;
  const until = pot.rules.carryOverUntil;
  return { amount: fromPlanUnits(units, pot.unit), until: until ? isoDay(until) : null };
}

/**
 * The last day a pot can pay anything (ISO date): the day its carried-over amount ends when something
 * carries over to a known day, else `expiresAt`. `null` when the pot never expires.
 */
export function lastUsableDay(pot: BudgetPot): string | null {
  if (pot.expiresAt === null) return null;
  const expiresAt = isoDay(pot.expiresAt);
  const until = carryOverOf(pot)?.until;
  return until && until > expiresAt ? until : expiresAt;
}

/**
 * What a pot can pay on `day` (ISO date), in its unit: nothing before its first day (`validFrom`), then all it
 * has left up to `expiresAt`, after that only what carries over, until its end.
 */
export function usableOn(pot: BudgetPot, day: string): number {
  if (startsAfter(pot, day)) return 0;
  if (pot.expiresAt === null || day <= isoDay(pot.expiresAt)) return usableAvailable(pot);
  const carried = carryOverOf(pot);
  return carried?.until && day <= carried.until ? carried.amount : 0;
}
