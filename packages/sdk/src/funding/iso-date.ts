const MS_PER_DAY = 86_400_000;

/** The calendar day of an ISO date or date-time (`2026-12-31T…` reads as `2026-12-31`), so days compare as strings. */
export function isoDay(value: string): string {
  return value.slice(0, 10);
}

/** Today's date where the code runs (the employee's own calendar day), as `YYYY-MM-DD`. */
export function todayIsoDate(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** Whole days from one ISO date to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / MS_PER_DAY);
}

/** Midnight UTC of an ISO date, so daylight saving never makes a day 23 or 25 hours long. */
export function utcMidnight(value: string): number {
  return Date.parse(`${isoDay(value)}T00:00:00Z`);
}
