import { Charset, Document } from 'flexsearch';
import { countFacets } from './counting-loop.js';
import type { BenchEngine } from './engine.js';

/**
 * Forward tokenisation (prefixes) with the Latin balance encoder (case and diacritics folded).
 * Flexsearch matches all words within one field; results of the fields are merged.
 */
export const flexsearch: BenchEngine = {
  name: 'flexsearch',
  facets: 'counting loop',
  sizeEntry: 'flexsearch',
  build(courses) {
    const engine = new Document({
      document: { id: 'id', index: ['title', 'summary', 'provider', 'topics', 'skills'] },
      tokenize: 'forward',
      encoder: Charset.LatinBalance,
    });
    courses.forEach((course, id) =>
      engine.add({
        id,
        title: course.title,
        summary: course.summary,
        provider: course.provider.name,
        topics: course.topics.join(' '),
        skills: course.skills.map((skill) => skill.label).join(' '),
      }),
    );
    return {
      query(query) {
        const hits = new Set<number>();
        for (const field of engine.search(query.text, { limit: courses.length }))
          for (const id of field.result) hits.add(id as number);
        return countFacets(courses, hits, query);
      },
    };
  },
};
