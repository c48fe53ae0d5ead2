import type { BudgetPot } from '@leerbudget/contract';

/**
 * The one money rule: what a pot can really still pay, in its own unit. APIs sometimes send impossible
 * numbers, so we trust the smaller of `available` and `total - spent - reserved`, count negative and
 * non-numbers as zero, and never go below zero: neither a plan nor the meter may promise money the pot
 * may not have. Whether the pot is still valid on a given day is the caller's question.
 */
export function usableAvailable(pot: BudgetPot): number {
  const bookedOut = nonNegative(pot.spent) + nonNegative(pot.reserved);
  const left = Math.min(nonNegative(pot.available), nonNegative(pot.total) - bookedOut);
  return Math.max(0, left);
}

/** `NaN`, infinities and negative numbers count as zero, so one bad number cannot poison a sum. */
export function nonNegative(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}
