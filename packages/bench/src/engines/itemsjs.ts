import itemsjs from 'itemsjs';
import { COUNTED_FACETS, facetValuesOf } from '../queries.js';
import { ownContributionOf } from './counting-loop.js';
import type { BenchEngine } from './engine.js';

/** Native facets (OR within a facet) with itemsjs' built-in full-text search over the same fields. */
export const itemsjsEngine: BenchEngine = {
  name: 'itemsjs',
  facets: 'native',
  sizeEntry: 'itemsjs',
  build(courses) {
    const items = courses.map((course, id) => ({
      id,
      title: course.title,
      summary: course.summary,
      providerName: course.provider.name,
      topicText: course.topics.join(' '),
      skills: course.skills.map((skill) => skill.label).join(' '),
      ...facetValuesOf(course),
      // The budget filter as itemsjs does filters beyond facets: a value per item, tested by a function.
      own: ownContributionOf(course),
    }));
    const engine = itemsjs(items, {
      searchableFields: ['title', 'summary', 'providerName', 'topicText', 'skills'],
      aggregations: Object.fromEntries(
        COUNTED_FACETS.map((facet) => [facet, { title: facet, size: 10_000, conjunction: false }]),
      ),
    });
    return {
      query({ text, filters, maxOwnContribution }) {
        const result = engine.search({
          query: text,
          filter: (item) => item.own <= maxOwnContribution,
          filters: Object.fromEntries(Object.entries(filters).map(([facet, value]) => [facet, [value]])),
          per_page: 10,
        });
        const aggregations = result.data.aggregations as Record<string, { buckets: unknown[] }>;
        return {
          total: result.pagination.total,
          counts: Object.fromEntries(COUNTED_FACETS.map((facet) => [facet, aggregations[facet]?.buckets.length ?? 0])),
        };
      },
    };
  },
};
