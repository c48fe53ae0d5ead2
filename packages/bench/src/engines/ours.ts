// The engine as users get it: the built `@leerbudget/sdk/catalogue` (run `pnpm build` first).
import { CatalogueIndex } from '@leerbudget/sdk/catalogue';
import { COUNTED_FACETS } from '../queries.js';
import type { BenchEngine } from './engine.js';

/** Everything a query for the bench needs, fixed so every run sees the same start months. */
const TODAY = '2026-01-01';

export const ours: BenchEngine = {
  name: 'leerbudget',
  facets: 'native',
  sizeEntry: '@leerbudget/sdk/catalogue',
  build(courses) {
    const index = CatalogueIndex.build(courses);
    return {
      query({ text, filters }) {
        const facets = Object.fromEntries(Object.entries(filters).map(([facet, value]) => [facet, [value]]));
        const result = index.search({ text, facets, facetNames: COUNTED_FACETS, limit: 10, today: TODAY });
        return {
          total: result.total,
          counts: Object.fromEntries(COUNTED_FACETS.map((facet) => [facet, result.facets[facet]?.length ?? 0])),
        };
      },
    };
  },
};
