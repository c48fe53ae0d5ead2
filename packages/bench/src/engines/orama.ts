import { create, insertMultiple, search } from '@orama/orama';
import { COUNTED_FACETS } from '../queries.js';
import { ownContributionOf } from './counting-loop.js';
import type { BenchEngine } from './engine.js';

/** Native facets and `where` filters; tolerance 1, prefix matching is Orama's default. */
export const orama: BenchEngine = {
  name: '@orama/orama',
  facets: 'native',
  sizeEntry: '@orama/orama',
  async build(courses) {
    const db = create({
      schema: {
        title: 'string',
        summary: 'string',
        providerName: 'string',
        topicText: 'string',
        skills: 'string',
        topic: 'enum[]',
        format: 'enum',
        language: 'enum[]',
        level: 'enum',
        provider: 'enum',
        own: 'number',
      } as const,
    });
    await insertMultiple(
      db,
      courses.map((course) => ({
        title: course.title,
        summary: course.summary,
        providerName: course.provider.name,
        topicText: course.topics.join(' '),
        skills: course.skills.map((skill) => skill.label).join(' '),
        topic: course.topics,
        format: course.format,
        language: course.languages,
        level: course.level,
        provider: course.provider.id,
        // The budget filter as a number Orama filters natively.
        own: ownContributionOf(course),
      })),
      10_000,
    );
    return {
      async query({ text, filters, maxOwnContribution }) {
        const facetFilters = Object.fromEntries(
          Object.entries(filters).map(([facet, value]) => [
            facet,
            facet === 'topic' || facet === 'language' ? { containsAny: [value] } : { eq: value },
          ]),
        );
        const where = { ...facetFilters, own: { lte: maxOwnContribution } };
        const result = await search(db, {
          term: text,
          properties: ['title', 'summary', 'providerName', 'topicText', 'skills'],
          boost: { title: 3, topicText: 2, providerName: 2, skills: 2 },
          tolerance: 1,
          where,
          facets: Object.fromEntries(COUNTED_FACETS.map((facet) => [facet, {}])),
          limit: 10,
        });
        return {
          total: result.count,
          counts: Object.fromEntries(Object.entries(result.facets ?? {}).map(([facet, { count }]) => [facet, count])),
        };
      },
    };
  },
};
