// The engine as users get it: the built `@leerbudget/sdk/catalogue` (run `pnpm build` first).
import { CatalogueIndex } from '@leerbudget/sdk/catalogue';
import { BENCH_POTS, BENCH_TODAY, COUNTED_FACETS } from '../queries.js';
import type { BenchEngine } from './engine.js';

export const ours: BenchEngine = {
  name: 'leerbudget',
  facets: 'native',
  sizeEntry: '@leerbudget/sdk/catalogue',
  build(courses) {
    const index = CatalogueIndex.build(courses);
    return {
      query({ text, filters, maxOwnContribution }) {
        const facets = Object.fromEntries(Object.entries(filters).map(([facet, value]) => [facet, [value]]));
        const budget = { pots: BENCH_POTS, fitsBudget: true, maxOwnContribution };
        const result = index.search({
          text,
          facets,
          budget,
          facetNames: COUNTED_FACETS,
          limit: 10,
          today: BENCH_TODAY,
        });
        return {
          total: result.total,
          counts: Object.fromEntries(COUNTED_FACETS.map((facet) => [facet, result.facets[facet]?.length ?? 0])),
        };
      },
    };
  },
};
