import type { BudgetPot, CourseSummary, Offering } from '@leerbudget/contract';
import type { FundingPlan } from '../funding/index.js';

/** The facets the index counts. Several values within one facet are OR, across facets AND. */
export type FacetName = 'topic' | 'format' | 'language' | 'level' | 'provider' | 'city' | 'startMonth';

/** Every facet, in the order the finder shows them. */
export const FACET_NAMES: readonly FacetName[] = [
  'topic',
  'format',
  'language',
  'level',
  'provider',
  'city',
  'startMonth',
];

/**
 * When a course can start, seen from `today`: an upcoming dated offering within 30 days,
 * one later than that, or a self-paced offering (no start date) that starts any time.
 * A course with offerings of several kinds is in several buckets.
 */
export type AvailabilityBucket = 'within-30-days' | 'later' | 'self-paced';

/** How results are ordered. Ties always fall back to catalogue order. */
export type CatalogueSort = 'relevance' | 'price' | 'own-contribution' | 'start-date' | 'duration';

/** An inclusive numeric range; a missing end is open. */
export interface NumericRange {
  min?: number;
  max?: number;
}

/**
 * One search over the catalogue. Every part is optional; an empty query lists the whole catalogue.
 * Dates are ISO `YYYY-MM-DD`; money is integer minor units (cents).
 */
export interface CatalogueSearchQuery {
  /** Words to find in title, summary, provider, topics and skills. Every word must match (prefix, or one typo for 4+ letters; in 4-letter words not in the first letter). */
  text?: string;
  /** Selected facet values: OR within a facet, AND across facets. Values are the `value` of a facet entry. */
  facets?: Partial<Record<FacetName, readonly string[]>>;
  /** Course price range in cents. */
  price?: NumericRange;
  /** Course duration range in hours. */
  durationHours?: NumericRange;
  /** Keeps courses with an upcoming offering (start on or after `today`) that starts in this range. */
  startDate?: { from?: string; to?: string };
  /** Keeps courses in any of these buckets. */
  availability?: readonly AvailabilityBucket[];
  /** Keeps courses that lead to a credential a public register recognises (`credential.recognised`). */
  recognisedCredential?: boolean;
  /** The employee's pots. When given, every result carries its funding plan. */
  budget?: {
    pots: readonly BudgetPot[];
    /** Keep only courses whose own contribution is at most `maxOwnContribution`. */
    fitsBudget?: boolean;
    /** In cents; default 0 (fully covered). */
    maxOwnContribution?: number;
    /**
     * Keep only courses this pot pays part of (for their next run): what an expiring pot can still be spent
     * on before it expires, since the planner declines a pot that expires before the course starts.
     */
    paidBy?: string;
  };
  /** Employer policy: restricts the whole result and every facet count. */
  policy?: {
    minHours?: number;
    /** Only providers with at least one certification. */
    certifiedOnly?: boolean;
    /** Provider ids. */
    providers?: readonly string[];
    topics?: readonly string[];
  };
  /** Default `relevance` (catalogue order when there is no text). */
  sort?: CatalogueSort;
  /** Default 0. */
  offset?: number;
  /** Default 20. */
  limit?: number;
  /** `YYYY-MM-DD`; default the current local date. Offerings before it are not upcoming. */
  today?: string;
  /** The facets to count; default all. Facets not counted still filter. */
  facetNames?: readonly FacetName[];
}

/** One value of a facet with the number of results it would give if it were toggled. */
export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

/** One result. */
export interface CatalogueHit {
  course: CourseSummary;
  /** Text relevance; 0 when there is no text. */
  score: number;
  /** The first upcoming dated offering, else a self-paced one, else `null`. */
  nextOffering: Offering | null;
  /** Present when the query carries `budget`. */
  plan?: FundingPlan;
}

/** What a search returns. */
export interface CatalogueSearchResult {
  /** Number of matching courses before paging. */
  total: number;
  items: CatalogueHit[];
  /**
   * Counts per requested facet: values with a count above zero, plus selected values.
   * Ordered by count (then label); `startMonth` chronologically.
   */
  facets: Partial<Record<FacetName, FacetCount[]>>;
  /**
   * Present (`true`) only when the query has words but the index cannot search text yet
   * (`CatalogueIndex.textReady` is `false`): the result is then empty. Show "Zoeken wordt
   * voorbereid…" and search again with the complete index.
   */
  textPending?: true;
}

/** A typeahead suggestion: a course title (value = course id), a topic, or a provider (value = provider id). */
export interface TypeaheadSuggestion {
  kind: 'title' | 'topic' | 'provider';
  value: string;
  label: string;
}
