import MiniSearch from 'minisearch';
import { countFacets } from './counting-loop.js';
import type { BenchEngine } from './engine.js';

/** Prefix search, one typo for words of 5+ letters, every word required, title boosted: our text rules. */
export const minisearch: BenchEngine = {
  name: 'minisearch',
  facets: 'counting loop',
  sizeEntry: 'minisearch',
  build(courses) {
    const engine = new MiniSearch<{
      id: number;
      title: string;
      summary: string;
      provider: string;
      topics: string;
      skills: string;
    }>({
      fields: ['title', 'summary', 'provider', 'topics', 'skills'],
      processTerm: (term) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
      searchOptions: {
        prefix: true,
        fuzzy: (term) => (term.length >= 5 ? 1 : false),
        combineWith: 'AND',
        boost: { title: 3, topics: 2, provider: 2, skills: 2 },
      },
    });
    engine.addAll(
      courses.map((course, id) => ({
        id,
        title: course.title,
        summary: course.summary,
        provider: course.provider.name,
        topics: course.topics.join(' '),
        skills: course.skills.map((skill) => skill.label).join(' '),
      })),
    );
    return {
      query: (query) =>
        countFacets(
          courses,
          engine.search(query.text).map((hit) => hit.id as number),
          query,
        ),
    };
  },
};
