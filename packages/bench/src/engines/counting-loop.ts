import type { CourseSummary } from '@leerbudget/contract';
import { COUNTED_FACETS, facetValuesOf, type BenchFacet, type BenchQuery } from '../queries.js';
import type { BenchAnswer } from './engine.js';

/**
 * For engines without facets: keep the text hits that pass both filters, and count the 5 facets
 * over them (plain counts, not "ignore the facet's own filter": less work than the faceted engines do).
 */
export function countFacets(courses: readonly CourseSummary[], hits: Iterable<number>, query: BenchQuery): BenchAnswer {
  const counts = Object.fromEntries(COUNTED_FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<
    BenchFacet,
    Map<string, number>
  >;
  const filters = Object.entries(query.filters) as Array<[BenchFacet, string]>;
  let total = 0;
  for (const doc of hits) {
    const values = facetValuesOf(courses[doc]!);
    if (!filters.every(([facet, value]) => values[facet].includes(value))) continue;
    total++;
    for (const facet of COUNTED_FACETS)
      for (const value of values[facet]) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
  }
  return { total, counts: Object.fromEntries(COUNTED_FACETS.map((facet) => [facet, counts[facet].size])) };
}
