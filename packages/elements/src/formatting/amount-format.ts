import type { Locale } from '../localization/locale.js';
import { formatHours, formatMoney } from './intl-format.js';

/** Formats an amount in its unit: cents of `currency` for money, hours for time. */
export function formatAmount(
  amount: number,
  unit: 'money' | 'hours',
  currency: string | undefined,
  locale: Locale,
): string {
  return unit === 'hours' ? formatHours(amount, locale) : formatMoney(amount, currency ?? 'EUR', locale);
}
