import type { CourseSummary, Offering } from '@leerbudget/contract';
import { dayNumber, moneyLeftIn, ownContributionRange, planFunding } from '@leerbudget/sdk/funding';
import { BENCH_POTS, BENCH_TODAY, COUNTED_FACETS, facetValuesOf, type BenchQuery } from '../queries.js';
import type { BenchAnswer } from './engine.js';

/** One facet as compressed rows: the value ids of course `d` are `ids[offsets[d] .. offsets[d + 1])`. */
interface TypedFacet {
  idOf: Map<string, number>;
  offsets: Uint32Array;
  ids: Uint32Array;
}

/**
 * Facet counts and the budget filter for engines without facets, done as a peer would do it at its
 * best: facet values as typed arrays built once with the index, one tight loop over the text hits,
 * and our hit semantics (a facet is counted as if its own filter were off; a course outside the
 * budget counts nowhere). Funding plans are memoised per course, and the own-contribution bounds
 * skip most of them, as in ours.
 */
export class FacetCounter {
  readonly #courses: readonly CourseSummary[];
  readonly #facets: TypedFacet[];
  readonly #ownContribution: Float64Array;
  readonly #moneyLeft = moneyLeftIn(BENCH_POTS);

  constructor(courses: readonly CourseSummary[]) {
    this.#courses = courses;
    this.#facets = COUNTED_FACETS.map((facet) => {
      const idOf = new Map<string, number>();
      const offsets = new Uint32Array(courses.length + 1);
      const ids: number[] = [];
      courses.forEach((course, doc) => {
        for (const value of new Set(facetValuesOf(course)[facet])) {
          let id = idOf.get(value);
          if (id === undefined) idOf.set(value, (id = idOf.size));
          ids.push(id);
        }
        offsets[doc + 1] = ids.length;
      });
      return { idOf, offsets, ids: Uint32Array.from(ids) };
    });
    this.#ownContribution = new Float64Array(courses.length).fill(Number.NaN);
  }

  /** Filters and counts the text hits (doc ids, each once, any order). */
  count(hits: ArrayLike<number>, query: BenchQuery): BenchAnswer {
    const facets = this.#facets;
    const counts = facets.map((facet) => new Uint32Array(facet.idOf.size));
    // Per facet: the selected value id, -1 when it selects nothing, -2 when the facet is not filtered.
    const wanted = COUNTED_FACETS.map((name, f) => {
      const value = query.filters[name];
      return value === undefined ? -2 : (facets[f]!.idOf.get(value) ?? -1);
    });
    const limit = query.maxOwnContribution;
    let total = 0;
    for (let i = 0; i < hits.length; i++) {
      const doc = hits[i]!;
      let missed = -1;
      let misses = 0;
      for (let f = 0; f < facets.length && misses < 2; f++) {
        const value = wanted[f]!;
        if (value === -2) continue;
        const { offsets, ids } = facets[f]!;
        let has = false;
        for (let at = offsets[doc]!, end = offsets[doc + 1]!; at < end; at++) if (ids[at] === value) has = true;
        if (!has) {
          misses++;
          missed = f;
        }
      }
      if (misses > 1 || !this.#fits(doc, limit)) continue;
      if (misses === 0) total++;
      for (let f = 0; f < facets.length; f++) {
        if (misses === 1 && f !== missed) continue;
        const { offsets, ids } = facets[f]!;
        const row = counts[f]!;
        for (let at = offsets[doc]!, end = offsets[doc + 1]!; at < end; at++) row[ids[at]!]!++;
      }
    }
    const shown = (f: number) => {
      let values = 0;
      counts[f]!.forEach((count, id) => {
        if (count > 0 || id === wanted[f]) values++;
      });
      return values;
    };
    return { total, counts: Object.fromEntries(COUNTED_FACETS.map((facet, f) => [facet, shown(f)])) };
  }

  /** The bounds settle most courses without planning, as in ours (the same public funding functions). */
  #fits(doc: number, limit: number): boolean {
    const { least, most } = ownContributionRange(this.#courses[doc]!.price.amount, this.#moneyLeft);
    if (most <= limit) return true;
    if (least > limit) return false;
    return this.#own(doc) <= limit;
  }

  #own(doc: number): number {
    let own = this.#ownContribution[doc]!;
    if (Number.isNaN(own)) {
      own = ownContributionOf(this.#courses[doc]!);
      this.#ownContribution[doc] = own;
    }
    return own;
  }
}

const TODAY_NUMBER = dayNumber(BENCH_TODAY);

/** What the employee pays for `course` over {@link BENCH_POTS}, planned as ours plans it (same planner, same offering). */
export function ownContributionOf(course: CourseSummary): number {
  return planFunding(course, nextOffering(course.offerings, TODAY_NUMBER), BENCH_POTS, { today: BENCH_TODAY })
    .ownContribution;
}

/** The first upcoming dated offering (earliest start), else the first self-paced one: the rule ours uses. */
function nextOffering(offerings: readonly Offering[], today: number): Offering | null {
  let next: Offering | null = null;
  let nextDay = Infinity;
  let selfPaced: Offering | null = null;
  for (const offering of offerings) {
    if (offering.start === null) selfPaced ??= offering;
    else {
      const day = dayNumber(offering.start);
      if (day >= today && day < nextDay) [next, nextDay] = [offering, day];
    }
  }
  return next ?? selfPaced;
}
