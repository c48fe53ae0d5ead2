import type { BudgetPot } from '@leerbudget/contract';
import type { FundingPlan } from './funding-types.js';
import { usableAvailable } from './pot-amounts.js';
import { nonNegative } from './plan-units.js';

/**
 * The pots after paying for a plan: each paying pot's `available` goes down by its line and its `reserved`
 * goes up by the same amount, so `available` stays `total - spent - reserved`. Use it to plan the steps of a
 * learning path in order: a pot that pays for step 1 has less left for step 2.
 *
 * Pure: returns new pot objects (shallow copies, `rules` shared) in the same order; pots without a line are
 * copied unchanged.
 *
 * @example
 * ```ts
 * let pots = budget.pots;
 * for (const step of courseSteps) {
 *   const plan = planFunding(step.course, { start: step.plannedStart ?? null }, pots);
 *   pots = spendPlan(pots, plan);
 * }
 * ```
 */
export function spendPlan(pots: readonly BudgetPot[], plan: FundingPlan): BudgetPot[] {
  const usedByPot = new Map<string, number>();
  for (const line of [...plan.lines, ...plan.hours.lines]) {
    usedByPot.set(line.potId, (usedByPot.get(line.potId) ?? 0) + line.amount);
  }
  return pots.map((pot) => {
    const used = usedByPot.get(pot.id);
    if (used === undefined) return { ...pot };
    return {
      ...pot,
      available: Math.max(0, usableAvailable(pot) - used),
      reserved: nonNegative(pot.reserved) + used,
    };
  });
}
