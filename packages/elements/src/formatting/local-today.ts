/**
 * Today as a local calendar date (`YYYY-MM-DD`): the employee's own day, as due dates and expiry dates
 * are, rather than the UTC day that `toISOString()` would give shortly after midnight.
 */
export function localToday(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
