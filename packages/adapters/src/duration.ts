/** The parts of an ISO 8601 duration such as `P1DT10H30M` or `P8W`. */
export interface DurationParts {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const DURATION =
  /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export function parseDuration(text: string): DurationParts | undefined {
  const match = DURATION.exec(text.trim());
  if (match === null || text.trim() === 'P' || text.trim().endsWith('T')) return undefined;
  const [years, months, weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return { years, months, weeks, days, hours, minutes, seconds };
}

/**
 * Hours of effort from a duration that states hours (`PT40H`, `PT90M`). A duration in days, weeks,
 * months or years is a calendar length, not study hours, so it gives `undefined`.
 */
export function durationToHours(text: string): number | undefined {
  const parts = parseDuration(text);
  if (parts === undefined) return undefined;
  if (parts.years + parts.months + parts.weeks + parts.days > 0) return undefined;
  return Math.round((parts.hours + parts.minutes / 60 + parts.seconds / 3600) * 100) / 100;
}

/** `PT12H` or `PT1H30M` for schema.org's `timeRequired`, from hours. */
export function hoursToDuration(hours: number): string {
  const totalMinutes = Math.round(hours * 60);
  const whole = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (totalMinutes === 0) return 'PT0H';
  return `PT${whole > 0 ? `${whole}H` : ''}${minutes > 0 ? `${minutes}M` : ''}`;
}
