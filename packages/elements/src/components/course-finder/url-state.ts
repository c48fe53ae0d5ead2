import { FACET_NAMES, type CatalogueSort, type NumericRange } from '@leerbudget/sdk';
import { AVAILABILITY_BUCKETS, SORTS, emptyFilters, type FinderFilters } from './finder-filters.js';
import { isoDayOf } from './start-date-range.js';

/**
 * The finder's choices in the page URL (`sync-url`), so a search can be shared or bookmarked. Every
 * parameter starts with `lb-` so the host page's own parameters are left alone:
 * `?lb-q=python&lb-format=online&lb-format=blended&lb-price-max=1000&lb-start-from=2026-09-01&lb-fits=1&lb-recognised=1&lb-pot=anna-personal&lb-sort=price`.
 */
const PREFIX = 'lb-';
const OWN_PARAMETER = /^lb-/;

/** Reads the finder's choices from a query string; anything unknown or malformed is ignored. */
export function filtersFromSearchParams(params: URLSearchParams): FinderFilters {
  const filters = emptyFilters();
  filters.text = params.get(`${PREFIX}q`)?.slice(0, 200) ?? '';
  for (const facet of FACET_NAMES) {
    const values = params.getAll(`${PREFIX}${facet}`).filter((value) => value !== '');
    if (values.length > 0) filters.facets[facet] = [...new Set(values)];
  }
  filters.priceEuros = rangeOf(params, 'price');
  filters.hours = rangeOf(params, 'hours');
  filters.availability = AVAILABILITY_BUCKETS.filter((bucket) => params.getAll(`${PREFIX}start`).includes(bucket));
  const from = isoDayOf(params.get(`${PREFIX}start-from`));
  const to = isoDayOf(params.get(`${PREFIX}start-to`));
  if (from) filters.startDate.from = from;
  if (to) filters.startDate.to = to;
  filters.fitsBudget = params.get(`${PREFIX}fits`) === '1';
  filters.recognised = params.get(`${PREFIX}recognised`) === '1';
  filters.paidBy = params.get(`${PREFIX}pot`)?.slice(0, 200) ?? '';
  const sort = params.get(`${PREFIX}sort`);
  filters.sort = SORTS.find((candidate) => candidate === sort) ?? 'relevance';
  return filters;
}

/** Writes the finder's choices into `params`, replacing earlier `lb-` parameters and keeping the rest. */
function writeFiltersToSearchParams(filters: FinderFilters, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams([...params].filter(([key]) => !OWN_PARAMETER.test(key)));
  if (filters.text.trim()) next.set(`${PREFIX}q`, filters.text.trim());
  for (const facet of FACET_NAMES)
    for (const value of filters.facets[facet] ?? []) next.append(`${PREFIX}${facet}`, value);
  writeRange(next, 'price', filters.priceEuros);
  writeRange(next, 'hours', filters.hours);
  for (const bucket of filters.availability) next.append(`${PREFIX}start`, bucket);
  if (filters.startDate.from) next.set(`${PREFIX}start-from`, filters.startDate.from);
  if (filters.startDate.to) next.set(`${PREFIX}start-to`, filters.startDate.to);
  if (filters.fitsBudget) next.set(`${PREFIX}fits`, '1');
  if (filters.recognised) next.set(`${PREFIX}recognised`, '1');
  if (filters.paidBy) next.set(`${PREFIX}pot`, filters.paidBy);
  if (filters.sort !== 'relevance') next.set(`${PREFIX}sort`, filters.sort satisfies CatalogueSort);
  return next;
}

/** Replaces the page URL's query (no new history entry per keystroke). */
export function replacePageQuery(filters: FinderFilters): void {
  const url = new URL(location.href);
  const params = writeFiltersToSearchParams(filters, url.searchParams);
  const query = params.toString();
  const next = `${url.pathname}${query ? `?${query}` : ''}${url.hash}`;
  if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', next);
}

function rangeOf(params: URLSearchParams, name: string): NumericRange {
  const range: NumericRange = {};
  const min = numberOf(params.get(`${PREFIX}${name}-min`));
  const max = numberOf(params.get(`${PREFIX}${name}-max`));
  if (min !== undefined) range.min = min;
  if (max !== undefined) range.max = max;
  return range;
}

function writeRange(params: URLSearchParams, name: string, range: NumericRange): void {
  if (range.min !== undefined) params.set(`${PREFIX}${name}-min`, String(range.min));
  if (range.max !== undefined) params.set(`${PREFIX}${name}-max`, String(range.max));
}

/** A non-negative finite number, or `undefined` for empty and malformed input. */
export function numberOf(text: string | null | undefined): number | undefined {
  if (text === null || text === undefined || text.trim() === '') return undefined;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}
