const DAY_MS = 86_400_000;

/** The calendar day `days` after `from` (UTC), as an ISO 8601 date such as `2026-03-01`. */
export function isoDateAfter(from: Date, days: number): string {
  return new Date(startOfUtcDay(from).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** Midnight UTC of the day `date` falls on. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
