import type { BudgetPot } from '@leerbudget/contract';

/**
 * What a pot can really still pay, in its own unit. APIs sometimes send impossible numbers, so we trust the
 * smaller of `available` and `total - spent - reserved`, and never go below zero: a plan must never promise
 * money the pot may not have. Non-numbers count as zero.
 */
export function usableAvailable(pot: BudgetPot): number {
  const bookedOut = finiteOrZero(pot.spent) + finiteOrZero(pot.reserved);
  const left = Math.min(finiteOrZero(pot.available), finiteOrZero(pot.total) - bookedOut);
  return Math.max(0, left);
}

/** `NaN` and infinities count as zero, so one bad number cannot poison a sum. */
export function finiteOrZero(value: number): number {
  return Number.isFinite(value) ? value : 0;
}
