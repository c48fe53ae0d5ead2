import type { BudgetPot, CourseSummary, Offering } from '@leerbudget/contract';
import { planFunding, type FundingPlan } from '../funding/index.js';

/** Plans kept for the cards on screen; beyond this many the map starts afresh. */
const KEPT_PLANS = 1024;

/** "Fits my budget" answers kept for this many own-contribution limits. */
const KEPT_LIMITS = 8;

/**
 * Funding plans per course for one set of pots and one day: planning is the costly part of a
 * budget-aware search, and typing in the search box keeps both the same. Pass the same `pots`
 * array on every search to keep the cache; a new array or another day starts afresh.
 *
 * The filter and the sort need only the own contribution, kept for every course in a typed array
 * (`NaN`: not planned yet); whole plans are kept only for the few courses a page shows.
 */
export class FundingPlanCache {
  #pots: readonly BudgetPot[] | undefined;
  #today = '';
  #own = new Float64Array(0);
  #plans = new Map<number, FundingPlan>();
  #verdicts = new Map<number, Uint8Array>();

  /**
   * Whether each course fits a limit on the own contribution, as the search found out so far:
   * 0 not asked yet, 1 fits, 2 does not. The caller fills it in; typing asks the same again and again.
   */
  verdicts(limit: number, pots: readonly BudgetPot[], today: string, docCount: number): Uint8Array {
    this.#reset(pots, today, docCount);
    let verdicts = this.#verdicts.get(limit);
    if (!verdicts) {
      if (this.#verdicts.size >= KEPT_LIMITS) this.#verdicts.clear();
      verdicts = new Uint8Array(docCount);
      this.#verdicts.set(limit, verdicts);
    }
    return verdicts;
  }

  /** The own contribution for course `doc` when it was planned already, else `NaN` (then ask {@link plan}). */
  knownOwnContribution(doc: number, pots: readonly BudgetPot[], today: string, docCount: number): number {
    this.#reset(pots, today, docCount);
    return this.#own[doc]!;
  }

  plan(
    doc: number,
    course: CourseSummary,
    offering: Offering | null,
    pots: readonly BudgetPot[],
    today: string,
    docCount: number,
  ): FundingPlan {
    this.#reset(pots, today, docCount);
    let plan = this.#plans.get(doc);
    if (!plan) {
      plan = planFunding(course, offering, pots, { today });
      if (this.#plans.size >= KEPT_PLANS) this.#plans.clear();
      this.#plans.set(doc, plan);
      this.#own[doc] = plan.ownContribution;
    }
    return plan;
  }

  #reset(pots: readonly BudgetPot[], today: string, docCount: number): void {
    if (pots === this.#pots && today === this.#today && this.#own.length === docCount) return;
    this.#pots = pots;
    this.#today = today;
    this.#own = new Float64Array(docCount).fill(Number.NaN);
    this.#plans.clear();
    this.#verdicts.clear();
  }
}
