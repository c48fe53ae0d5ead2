import type { BudgetPot } from '@leerbudget/contract';

/**
 * Pots in the order a plan uses them: lowest `priority` first, then the pot that expires first
 * (a pot that never expires goes last, so money that would be lost is used up first), then by id
 * so the same input always gives the same plan. Returns a new array.
 */
export function orderPots(pots: readonly BudgetPot[]): BudgetPot[] {
  return [...pots].sort(comparePots);
}

/** Sort order of {@link orderPots}, for sorting other things by their pot. */
export function comparePots(a: BudgetPot, b: BudgetPot): number {
  if (a.priority !== b.priority) return a.priority - b.priority;
  const byExpiry = compareExpiry(a.expiresAt, b.expiresAt);
  if (byExpiry !== 0) return byExpiry;
  return compareText(a.id, b.id);
}

function compareExpiry(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
}

/** Code-unit order, not locale order: the plan must not change with the browser's language. */
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
