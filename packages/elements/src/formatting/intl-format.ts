import type { Locale } from '../localization/locale.js';

/** The regional variant used for numbers and dates of each widget language. */
const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames | Intl.ListFormat;

const formatters = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, create: () => T): T {
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter as T;
}

/**
 * Money from integer minor units: `formatMoney(45000, 'EUR', 'nl')` → `€ 450`. Whole amounts drop the
 * cents so the number reads quickly; other amounts show two decimals.
 */
export function formatMoney(minorUnits: number, currency: string, locale: Locale): string {
  const whole = minorUnits % 100 === 0;
  const formatter = cached(
    `money:${locale}:${currency}:${whole}`,
    () =>
      new Intl.NumberFormat(INTL_LOCALE[locale], {
        style: 'currency',
        currency,
        minimumFractionDigits: whole ? 0 : 2,
        maximumFractionDigits: 2,
      }),
  );
  return formatter.format(minorUnits / 100);
}

/** Hours with the unit in words: `formatHours(16, 'nl')` → `16 uur`, `formatHours(1.5, 'en')` → `1.5 hours`. */
export function formatHours(hours: number, locale: Locale): string {
  const formatter = cached(
    `hours:${locale}`,
    () =>
      new Intl.NumberFormat(INTL_LOCALE[locale], {
        style: 'unit',
        unit: 'hour',
        unitDisplay: 'long',
        maximumFractionDigits: 1,
      }),
  );
  return formatter.format(hours);
}

/**
 * A calendar date (`2026-12-31`) in words: `31 december 2026`. `withYear: 'auto'` leaves the year out
 * when it is the current year, for short visible nudges; spoken texts keep it.
 */
export function formatDate(isoDate: string, locale: Locale, withYear: boolean | 'auto' = true): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  const showYear = withYear === 'auto' ? date.getUTCFullYear() !== new Date().getFullYear() : withYear;
  const formatter = cached(
    `date:${locale}:${showYear}`,
    () =>
      new Intl.DateTimeFormat(INTL_LOCALE[locale], {
        day: 'numeric',
        month: 'long',
        ...(showYear ? { year: 'numeric' } : {}),
        timeZone: 'UTC', // a calendar date has no time zone; UTC keeps 31 December from becoming the 30th
      }),
  );
  return formatter.format(date);
}

/** The local clock time of an ISO date-time: `10:42`. Used for "bijgewerkt om 10:42". */
export function formatTime(isoDateTime: string, locale: Locale): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return '';
  const formatter = cached(
    `time:${locale}`,
    () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { hour: '2-digit', minute: '2-digit' }),
  );
  return formatter.format(date);
}

/** A whole percentage: `formatPercent(80, 'nl')` → `80%`. */
export function formatPercent(percent: number, locale: Locale): string {
  const formatter = cached(
    `percent:${locale}`,
    () => new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: 0 }),
  );
  return formatter.format(percent / 100);
}

/** A count with thousands separators: `formatCount(12345, 'nl')` → `12.345`, `'en'` → `12,345`. */
export function formatCount(count: number, locale: Locale): string {
  return cached(`count:${locale}`, () => new Intl.NumberFormat(INTL_LOCALE[locale])).format(count);
}

/** A language tag in words: `formatLanguage('nl', 'en')` → `Dutch`; an unknown tag stays as it is. */
export function formatLanguage(tag: string, locale: Locale): string {
  try {
    return (
      cached(`language:${locale}`, () => new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'language' })).of(tag) ??
      tag
    );
  } catch {
    return tag;
  }
}

/** A start month (`2026-03`) in words: `maart 2026`. */
export function formatMonth(month: string, locale: Locale): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  const formatter = cached(
    `month:${locale}`,
    () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  return formatter.format(date);
}

/** Alternatives as a list: `formatAlternatives(['data', 'ICT'], 'nl')` → `data of ICT`. */
export function formatAlternatives(items: readonly string[], locale: Locale): string {
  return cached(`or:${locale}`, () => new Intl.ListFormat(INTL_LOCALE[locale], { type: 'disjunction' })).format(items);
}

/** Items that all apply: `formatList(['data', 'ICT'], 'nl')` → `data en ICT`. */
export function formatList(items: readonly string[], locale: Locale): string {
  return cached(`and:${locale}`, () => new Intl.ListFormat(INTL_LOCALE[locale], { type: 'conjunction' })).format(items);
}

/** An amount in its unit: cents of `currency` for money, hours for time. */
export function formatAmount(
  amount: number,
  unit: 'money' | 'hours',
  currency: string | undefined,
  locale: Locale,
): string {
  return unit === 'hours' ? formatHours(amount, locale) : formatMoney(amount, currency ?? 'EUR', locale);
}
