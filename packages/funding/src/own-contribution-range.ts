import type { BudgetPot } from '@leerbudget/contract';
import { usableAvailable } from './pot-amounts.js';
import { toPlanUnits } from './plan-units.js';

/** Bounds of a plan's own contribution, see {@link ownContributionRange}. */
export interface OwnContributionRange {
  least: number;
  most: number;
}

/**
 * Where {@link planFunding}'s `ownContribution` for a course of this price must lie, without planning:
 * at most the price (pots only ever pay), at least the price minus everything the money pots have left
 * (no pot pays more than it has). A search that asks "is the own contribution at most X" can answer
 * most courses from these bounds and plan only the rest. Both in cents.
 *
 * @param moneyLeft The sum of {@link moneyLeftIn}: compute it once per set of pots.
 */
export function ownContributionRange(priceAmount: number, moneyLeft: number): OwnContributionRange {
  const most = toPlanUnits(priceAmount, 'money');
  return { least: Math.max(0, most - moneyLeft), most };
}

/** What the money pots have left together, in cents: the second argument of {@link ownContributionRange}. */
export function moneyLeftIn(pots: readonly BudgetPot[]): number {
  let left = 0;
  for (const pot of pots) if (pot.unit === 'money') left += toPlanUnits(usableAvailable(pot), 'money');
  return left;
}
