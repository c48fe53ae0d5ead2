import './zod-config.js';
import * as z from 'zod/mini';
import { CurrencyCode } from './common.js';

/** A price in integer minor units (cents), its currency, and whether VAT is in it. */
export const Price = z.object({
  amount: z.int().check(z.nonnegative()),
  currency: CurrencyCode,
  vatIncluded: z.boolean(),
});
export type Price = z.infer<typeof Price>;
