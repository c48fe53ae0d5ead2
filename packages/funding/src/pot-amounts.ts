import type { BudgetPot } from '@leerbudget/contract';
import { nonNegative } from './plan-units.js';
import { proRataTotal } from './pro-rata.js';

/**
 * The one money rule: what a pot can really still pay, in its own unit. APIs sometimes send impossible
 * numbers, so we trust the smaller of `available` and `potTotal - spent - reserved`, count negative and
 * non-numbers as zero, and never go below zero: neither a plan nor the meter may promise money the pot
 * may not have. Whether the pot is still valid on a given day is the caller's question.
 */
export function usableAvailable(pot: BudgetPot): number {
  const bookedOut = nonNegative(pot.spent) + nonNegative(pot.reserved);
  const left = Math.min(nonNegative(pot.available), potTotal(pot) - bookedOut);
  return Math.max(0, left);
}

/**
 * The pot's total for this employee. With a pro-rata rule it is never more than their share of the
 * full-time total ({@link proRataTotal}): an API that forgot to scale the total cannot promise a
 * part-timer a full-timer's money, and one that did scale it is left as it is.
 */
export function potTotal(pot: BudgetPot): number {
  const total = nonNegative(pot.total);
  const rule = pot.rules.proRata;
  return rule ? Math.min(total, proRataTotal(rule, pot.unit)) : total;
}
