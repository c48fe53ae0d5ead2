import type { BudgetPot, CourseSummary, Offering } from '@leerbudget/contract';
import { planFunding, type FundingPlan } from '../funding/index.js';

/**
 * Funding plans per course for one set of pots and one day: planning is the costly part of a
 * budget-aware search, and typing in the search box keeps both the same. Pass the same `pots`
 * array on every search to keep the cache; a new array or another day starts afresh.
 */
export class FundingPlanCache {
  #pots: readonly BudgetPot[] | undefined;
  #today = '';
  #plans: Array<FundingPlan | undefined> = [];

  plan(
    doc: number,
    course: CourseSummary,
    offering: Offering | null,
    pots: readonly BudgetPot[],
    today: string,
  ): FundingPlan {
    if (pots !== this.#pots || today !== this.#today) {
      this.#pots = pots;
      this.#today = today;
      this.#plans = [];
    }
    return (this.#plans[doc] ??= planFunding(course, offering, pots, { today }));
  }
}
