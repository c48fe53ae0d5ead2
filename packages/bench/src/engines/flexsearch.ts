import { Charset, Index } from 'flexsearch';
import { FacetCounter } from './counting-loop.js';
import type { BenchEngine } from './engine.js';
import { searchText } from './search-text.js';

/**
 * Flexsearch at its fastest for our question: one `Index` over the five fields joined (so every word
 * may match in any field, as in ours), forward tokenisation (prefixes), the Latin balance encoder
 * (case and diacritics folded), and facets plus the budget counted in a typed loop.
 */
export const flexsearch: BenchEngine = {
  name: 'flexsearch',
  facets: 'typed loop',
  sizeEntry: 'flexsearch',
  build(courses) {
    const engine = new Index({ tokenize: 'forward', encoder: Charset.LatinBalance });
    courses.forEach((course, id) => engine.add(id, searchText(course)));
    const counter = new FacetCounter(courses);
    return {
      query: (query) => counter.count(engine.search(query.text, { limit: courses.length }) as number[], query),
    };
  },
};
