import MiniSearch from 'minisearch';
import { FacetCounter } from './counting-loop.js';
import type { BenchEngine } from './engine.js';
import { searchFields } from './search-text.js';

/** Prefix search, one typo for words of 5+ letters, every word required, title boosted: our text rules. */
export const minisearch: BenchEngine = {
  name: 'minisearch',
  facets: 'typed loop',
  sizeEntry: 'minisearch',
  build(courses) {
    const engine = new MiniSearch<{ id: number } & ReturnType<typeof searchFields>>({
      fields: ['title', 'summary', 'provider', 'topics', 'skills'],
      processTerm: (term) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
      searchOptions: {
        prefix: true,
        fuzzy: (term) => (term.length >= 5 ? 1 : false),
        combineWith: 'AND',
        boost: { title: 3, topics: 2, provider: 2, skills: 2 },
      },
    });
    engine.addAll(courses.map((course, id) => ({ id, ...searchFields(course) })));
    const counter = new FacetCounter(courses);
    return {
      query: (query) =>
        counter.count(
          engine.search(query.text).map((hit) => hit.id as number),
          query,
        ),
    };
  },
};
