import type { BudgetPot } from '@leerbudget/contract';
import type { AvailabilityBucket, CatalogueSearchQuery, CatalogueSort, FacetName, NumericRange } from '@leerbudget/sdk';
import { startDateQuery, type StartDateRange } from './start-date-range.js';

/** The start-date buckets the finder offers, in the order shown. */
export const AVAILABILITY_BUCKETS: readonly AvailabilityBucket[] = ['within-30-days', 'later', 'self-paced'];

/** The sort orders the finder offers; `own-contribution` only when a budget is known. */
export const SORTS: readonly CatalogueSort[] = ['relevance', 'price', 'own-contribution', 'start-date', 'duration'];

/**
 * What the visitor chose in the finder: words, facet values, ranges, start buckets, "fits my budget" and
 * the sort. Prices are whole euros (what people type); the engine query uses cents.
 */
export interface FinderFilters {
  text: string;
  facets: Partial<Record<FacetName, string[]>>;
  priceEuros: NumericRange;
  hours: NumericRange;
  availability: AvailabilityBucket[];
  /** Only courses with a run that starts in this range. */
  startDate: StartDateRange;
  fitsBudget: boolean;
  /** Only courses that lead to a recognised diploma or certificate. */
  recognised: boolean;
  /** Only courses this pot (its id) pays part of: the meter's expiry nudge links here. `''` for none. */
  paidBy: string;
  sort: CatalogueSort;
}

/** The employer's or vendor's fixed limits, from the element's attributes. */
export interface FinderPolicy {
  /** Vendor mode: only this provider id. */
  provider?: string;
  topics?: readonly string[];
  minHours?: number;
  certifiedOnly?: boolean;
}

/** Nothing chosen yet. */
export function emptyFilters(): FinderFilters {
  return {
    text: '',
    facets: {},
    priceEuros: {},
    hours: {},
    availability: [],
    startDate: {},
    fitsBudget: false,
    recognised: false,
    paidBy: '',
    sort: 'relevance',
  };
}

/** How many filters the visitor set (words and sort do not count): for "Wis alle filters". */
export function activeFilterCount(filters: FinderFilters): number {
  const facetValues = Object.values(filters.facets).reduce((sum, values) => sum + (values?.length ?? 0), 0);
  const ranges = [
    filters.priceEuros.min,
    filters.priceEuros.max,
    filters.hours.min,
    filters.hours.max,
    filters.startDate.from,
    filters.startDate.to,
  ].filter((v) => v !== undefined);
  return (
    facetValues +
    ranges.length +
    filters.availability.length +
    [filters.fitsBudget, filters.recognised, filters.paidBy].filter(Boolean).length
  );
}

/** Adds or removes one facet value. */
export function toggleFacetValue(filters: FinderFilters, facet: FacetName, value: string, on: boolean): FinderFilters {
  const current = filters.facets[facet] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((candidate) => candidate !== value);
  return { ...filters, facets: { ...filters.facets, [facet]: next } };
}

/** Adds or removes one start-date bucket. */
export function toggleAvailability(filters: FinderFilters, bucket: AvailabilityBucket, on: boolean): FinderFilters {
  const others = filters.availability.filter((candidate) => candidate !== bucket);
  return { ...filters, availability: on ? [...others, bucket] : others };
}

/** What the engine needs for one search. */
export interface QueryContext {
  policy: FinderPolicy;
  /** The employee's pots, when a budget is known (never in vendor mode). */
  pots: readonly BudgetPot[] | undefined;
  limit: number;
}

/** Turns the visitor's choices and the fixed policy into one engine query. */
export function searchQueryOf(filters: FinderFilters, { policy, pots, limit }: QueryContext): CatalogueSearchQuery {
  const facets = Object.fromEntries(Object.entries(filters.facets).filter(([, values]) => values && values.length > 0));
  const query: CatalogueSearchQuery = { text: filters.text, facets, limit, sort: filters.sort };
  const price = centsRange(filters.priceEuros);
  if (price) query.price = price;
  if (filters.hours.min !== undefined || filters.hours.max !== undefined) query.durationHours = filters.hours;
  if (filters.availability.length > 0) query.availability = filters.availability;
  if (filters.recognised) query.recognisedCredential = true;
  const startDate = startDateQuery(filters.startDate);
  if (startDate) query.startDate = startDate;
  const restrictions: NonNullable<CatalogueSearchQuery['policy']> = {};
  if (policy.provider) restrictions.providers = [policy.provider];
  if (policy.topics && policy.topics.length > 0) restrictions.topics = policy.topics;
  if (policy.minHours !== undefined) restrictions.minHours = policy.minHours;
  if (policy.certifiedOnly) restrictions.certifiedOnly = true;
  if (Object.keys(restrictions).length > 0) query.policy = restrictions;
  if (pots) {
    query.budget = {
      pots,
      fitsBudget: filters.fitsBudget,
      maxOwnContribution: 0,
      ...(filters.paidBy ? { paidBy: filters.paidBy } : {}),
    };
  }
  // Without a budget there is no own contribution to sort by; the price is the honest stand-in.
  if (!pots && filters.sort === 'own-contribution') query.sort = 'price';
  return query;
}

function centsRange(euros: NumericRange): NumericRange | undefined {
  if (euros.min === undefined && euros.max === undefined) return undefined;
  const range: NumericRange = {};
  if (euros.min !== undefined) range.min = Math.round(euros.min * 100);
  if (euros.max !== undefined) range.max = Math.round(euros.max * 100);
  return range;
}
