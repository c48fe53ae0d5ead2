/**
 * Cents from a decimal amount in major units (`"340.84"`, `1250`, `"1250.5"`), counted digit by digit
 * so no floating-point rounding ever creeps in. `undefined` for negative, malformed or sub-cent amounts.
 */
export function decimalToCents(amount: string | number): number | undefined {
  const text = typeof amount === 'number' ? numberText(amount) : amount.trim();
  if (text === undefined) return undefined;
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(text);
  if (match === null) return undefined;
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > 2) return undefined;
  const cents = Number(match[1]) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : undefined;
}

/** `String(number)` gives the shortest exact decimal (`0.1` for 0.1), except in exponent form, which we refuse. */
function numberText(amount: number): string | undefined {
  if (!Number.isFinite(amount) || amount < 0) return undefined;
  const text = String(amount);
  return /e/i.test(text) ? undefined : text;
}

/** Major units as schema.org writes a price (`"1250.00"`), from cents, without floating point. */
export function centsToDecimal(cents: number): string {
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  return `${whole}.${String(rest).padStart(2, '0')}`;
}
