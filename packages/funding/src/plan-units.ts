/** Money or time, as a pot counts it. */
export type PlanUnit = 'money' | 'hours';

const UNITS_PER: Record<PlanUnit, number> = { money: 1, hours: 100 };

/**
 * Plans count in whole units so that sums are exact: cents for money, hundredths of an hour for time.
 * Values round down to the unit, so a plan never uses a fraction it was not given; negative values and
 * non-numbers become zero.
 */
export function toPlanUnits(value: number, unit: PlanUnit): number {
  return wholeStepsAtMost(Math.max(0, nonNegative(value)), UNITS_PER[unit]);
}

/** Back from whole plan units to cents or hours. */
export function fromPlanUnits(units: number, unit: PlanUnit): number {
  return units / UNITS_PER[unit];
}

/**
 * The most a pot with this coverage pays of what is needed, rounded down. The percentage is taken to
 * hundredths of a percent (basis points, rounded down) so the sum stays in exact integer arithmetic.
 */
export function coverageShare(neededUnits: number, coveragePercent: number): number {
  const percent = Math.min(100, Math.max(0, nonNegative(coveragePercent)));
  const basisPoints = wholeStepsAtMost(percent, 100);
  return Math.floor((neededUnits * basisPoints) / 10_000);
}

/** The largest whole number `n` with `n / stepsPerOne <= value`, for a non-negative value. */
function wholeStepsAtMost(value: number, stepsPerOne: number): number {
  // Not Math.floor(value * stepsPerOne): 2.3 * 100 is 229.99999999999997 in floating point and would lose a step.
  const nearest = Math.round(value * stepsPerOne);
  return nearest / stepsPerOne > value ? nearest - 1 : nearest;
}

/** `NaN`, infinities and negative numbers count as zero, so one bad number cannot poison a sum. */
export function nonNegative(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}
