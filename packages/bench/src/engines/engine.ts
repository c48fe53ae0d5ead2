import type { CourseSummary } from '@leerbudget/contract';
import type { BenchFacet, BenchQuery } from '../queries.js';

/** What one query returns in every engine: the number of hits and the counts of the 5 facets. */
export interface BenchAnswer {
  total: number;
  counts: Partial<Record<BenchFacet, number>>;
}

/** A search engine under test, built from the same courses and asked the same queries. */
export interface BenchEngine {
  name: string;
  /** How facets are counted: natively, or text search plus a typed counting loop with the budget filter (counting-loop.ts). */
  facets: 'native' | 'typed loop';
  /** The module whose min+gzip size is reported. */
  sizeEntry: string;
  build(courses: readonly CourseSummary[]): Promise<BenchIndex> | BenchIndex;
}

export interface BenchIndex {
  query(query: BenchQuery): Promise<BenchAnswer> | BenchAnswer;
}
