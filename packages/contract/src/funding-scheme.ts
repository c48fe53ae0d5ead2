import './zod-config.js';
import * as z from 'zod/mini';
import { CurrencyCode, HttpsUrl, Id, IsoDate, IsoDateTime } from './common.js';
import { PotKind } from './budget.js';

/**
 * The public rules of a sector fund or government scheme: what share of a course it pays, up to which
 * amount, and for which courses. No balances and no people: anyone may read them, so a vendor's finder can
 * say what a course costs after the scheme without knowing who is looking.
 */
export const FundingScheme = z.object({
  id: Id,
  name: z.string().check(z.minLength(1)),
  /** Usually `sector-fund` or `government`. */
  kind: PotKind,
  funder: z.object({ name: z.string() }),
  /** Where to read the full rules and apply. */
  url: z.optional(HttpsUrl),
  currency: CurrencyCode,
  /** Share of the price the scheme pays, 0 to 100. */
  coveragePercent: z.number().check(z.minimum(0), z.maximum(100)),
  /** Most the scheme pays for one course, in cents; `null` for no cap. */
  maxPerCourse: z.nullable(z.int().check(z.nonnegative())),
  /** Only courses carrying one of these funding tags (for example `sector:otib`); empty for any course. */
  eligibleFundingTags: z._default(z.array(z.string()), []),
  /** Only courses that lead to a recognised credential. */
  requiresRecognisedCredential: z._default(z.boolean(), false),
  validFrom: z.nullable(IsoDate),
  /** Last day a course may start under the scheme; `null` when open-ended. */
  validUntil: z.nullable(IsoDate),
});
export type FundingScheme = z.infer<typeof FundingScheme>;

export const FundingSchemeList = z.object({
  generatedAt: IsoDateTime,
  items: z.array(FundingScheme),
});
export type FundingSchemeList = z.infer<typeof FundingSchemeList>;
