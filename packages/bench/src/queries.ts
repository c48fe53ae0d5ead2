/**
 * The query mix: 200 seeded queries of 1 or 2 words taken from real titles (a third of them with
 * the last word cut to a 3 to 5 letter prefix, as while typing), each with 2 facet filters whose
 * values come from a real course, a "fits my budget" limit, and counts for 5 facets.
 */
import type { BudgetPot, CourseSummary } from '@leerbudget/contract';
import { SeededRandom } from '@leerbudget/server/synthetic';

/** The facets every engine counts. */
export const COUNTED_FACETS = ['topic', 'format', 'language', 'level', 'provider'] as const;
export type BenchFacet = (typeof COUNTED_FACETS)[number];

/** One benchmark query; `text` is empty for facets-only browsing. */
export interface BenchQuery {
  text: string;
  filters: Partial<Record<BenchFacet, string>>;
  /** "Fits my budget": keep courses whose own contribution (over {@link BENCH_POTS}) is at most this, in cents. */
  maxOwnContribution: number;
}

/** Every query sees the same day, so start months and next offerings are the same for every engine. */
export const BENCH_TODAY = '2026-01-01';

const pot = {
  funder: { name: 'Werkgever' },
  unit: 'money',
  currency: 'EUR',
  spent: 0,
  reserved: 0,
  validFrom: null,
  carryOver: false,
} as const;

/** The employee's pots for the budget filter: a personal budget and a sector fund with rules. */
export const BENCH_POTS: readonly BudgetPot[] = [
  {
    ...pot,
    id: 'personal',
    name: 'Persoonlijk',
    kind: 'personal',
    total: 150_000,
    available: 120_000,
    expiresAt: '2026-12-31',
    priority: 1,
    rules: { coveragePercent: 100, requiresCertifiedProvider: false, requiresApproval: false },
  },
  {
    ...pot,
    id: 'sector',
    name: 'Sectorfonds',
    kind: 'sector-fund',
    total: 200_000,
    available: 200_000,
    expiresAt: null,
    priority: 2,
    rules: { coveragePercent: 50, requiresCertifiedProvider: true, requiresApproval: false },
  },
];

/** Own contributions a visitor accepts: fully covered, up to €250, up to €1,000. */
const OWN_CONTRIBUTION_LIMITS = [0, 25_000, 100_000];

const FILTER_PAIRS: ReadonlyArray<readonly [BenchFacet, BenchFacet]> = [
  ['format', 'language'],
  ['level', 'language'],
  ['topic', 'format'],
  ['format', 'level'],
];

/** The facet values of a course, as every engine adapter stores them. */
export function facetValuesOf(course: CourseSummary): Record<BenchFacet, string[]> {
  return {
    topic: course.topics,
    format: [course.format],
    language: course.languages,
    level: [course.level],
    provider: [course.provider.id],
  };
}

export function generateQueries(
  courses: readonly CourseSummary[],
  count: number,
  seed: number,
  withText: boolean,
): BenchQuery[] {
  const seeded = new SeededRandom(seed);
  const random = () => seeded.next();
  const pick = <T>(items: readonly T[]): T => seeded.pick(items);
  return Array.from({ length: count }, () => {
    const course = pick(courses);
    const words = course.title
      .toLowerCase()
      .split(/\s+/)
      .filter((word) => word.length > 2);
    let text = '';
    if (withText) {
      const chosen = random() < 0.5 ? [pick(words)] : [pick(words), pick(words)];
      const last = chosen[chosen.length - 1]!;
      if (random() < 1 / 3 && last.length > 5) chosen[chosen.length - 1] = last.slice(0, 3 + Math.floor(random() * 3));
      text = [...new Set(chosen)].join(' ');
    }
    const [first, second] = pick(FILTER_PAIRS);
    const values = facetValuesOf(pick(courses));
    const own = facetValuesOf(course);
    return {
      text,
      filters: { [first]: pick(own[first]), [second]: pick(random() < 0.7 ? own[second] : values[second]) },
      maxOwnContribution: pick(OWN_CONTRIBUTION_LIMITS),
    };
  });
}
