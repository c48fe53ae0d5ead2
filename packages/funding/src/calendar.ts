/**
 * The one calendar of Leerbudget: ISO dates (`YYYY-MM-DD`) compared as strings and counted in whole days.
 * Browser and server read "today" and add days with these functions only, so a due date, an expiry and an
 * enrolment deadline fall on the same day everywhere.
 */
const MS_PER_DAY = 86_400_000;

/** The calendar day of an ISO date or date-time (`2026-12-31T…` reads as `2026-12-31`), so days compare as strings. */
export function isoDay(value: string): string {
  return value.slice(0, 10);
}

/**
 * Today as a local calendar date (`YYYY-MM-DD`): the employee's own day, as due dates and expiry dates are,
 * rather than the UTC day that `toISOString()` gives shortly after midnight.
 */
export function todayIsoDate(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** Days since 1970-01-01 for an ISO date (any time part ignored); whole numbers, never shifted by daylight saving. */
export function dayNumber(isoDate: string): number {
  return utcMidnight(isoDate) / MS_PER_DAY;
}

/** Whole days from one ISO date to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The ISO date `days` after `isoDate` (before it when negative). */
export function addDays(isoDate: string, days: number): string {
  return new Date(utcMidnight(isoDate) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Midnight UTC of an ISO date, so daylight saving never makes a day 23 or 25 hours long. */
export function utcMidnight(value: string): number {
  return Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)));
}
