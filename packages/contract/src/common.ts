import './zod-config.js';
import * as z from 'zod/mini';

/** Fallback for enum values a client does not know yet: they render as "other". */
export const OTHER = 'other';

/**
 * An enum that accepts values added in later contract versions: anything unknown parses to `"other"`.
 * Servers should send only the listed values; clients must not break on new ones.
 */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.catch(z.enum([...values, OTHER] as unknown as [...T, typeof OTHER]), OTHER);
}

export const Id = z.string().check(z.minLength(1), z.maxLength(200));

/** A link that is safe to render: absolute `https:` only (no `javascript:`, `data:` or protocol-relative). */
export const HttpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain });

export const IsoDate = z.iso.date();
export const IsoDateTime = z.iso.datetime({ offset: true });

/** ISO 4217 currency code, for example `EUR`. */
export const CurrencyCode = z.string().check(z.regex(/^[A-Z]{3}$/));

/** Money in integer minor units (cents) with its currency. */
export const Money = z.object({
    amount: z.int().check(z.nonnegative()),
    currency: CurrencyCode,
  });
export type Money = z.infer<typeof Money>;

/** BCP 47 language tag such as `nl` or `en-GB`. */
export const LanguageTag = z.string().check(z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/));
