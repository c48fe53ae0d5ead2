import type { PotRules } from '@leerbudget/contract';
import { fromPlanUnits, toPlanUnits, type PlanUnit } from './plan-units.js';

/** A pot's pro-rata rule: its full-time total and hours, and the employee's contract hours. */
export type ProRataRule = NonNullable<PotRules['proRata']>;

/**
 * What a pro-rata pot holds for this employee: `fullTimeTotal × contractHours / fullTimeHours`, rounded
 * down to the cent (money) or the hundredth of an hour. Contract hours above full time count as full time,
 * so the result is never more than `fullTimeTotal`; it grows with the contract hours.
 *
 * @example
 * ```ts
 * proRataTotal({ fullTimeHours: 36, contractHours: 24, fullTimeTotal: 120_000 }, 'money'); // 80000 (€ 800)
 * ```
 */
export function proRataTotal(rule: ProRataRule, unit: PlanUnit): number {
  const full = toPlanUnits(rule.fullTimeTotal, unit);
  // Hundredths of an hour, so the share is exact integer arithmetic (24 / 36 is not exact in floating point).
  const fullTime = toPlanUnits(rule.fullTimeHours, 'hours');
  if (fullTime === 0) return fromPlanUnits(full, unit);
  const worked = Math.min(fullTime, toPlanUnits(rule.contractHours, 'hours'));
  return fromPlanUnits(Math.floor((full * worked) / fullTime), unit);
}
