import type { BudgetPot, FundingScheme } from '@leerbudget/contract';
import type { FundableCourse, FundableOffering, FundingPlan, PlanOptions } from './funding-types.js';
import { planFunding } from './plan-funding.js';

/**
 * A public funding scheme as a pot for {@link planFunding}. A scheme has no balance of its own: it pays every
 * eligible course up to its cap, so what it has left is its cap (or, without a cap, more than any price).
 */
export function schemeAsPot(scheme: FundingScheme): BudgetPot {
  const left = scheme.maxPerCourse ?? Number.MAX_SAFE_INTEGER;
  return {
    id: scheme.id,
    name: scheme.name,
    kind: scheme.kind,
    funder: scheme.funder,
    unit: 'money',
    currency: scheme.currency,
    total: left,
    spent: 0,
    reserved: 0,
    available: left,
    validFrom: scheme.validFrom,
    expiresAt: scheme.validUntil,
    carryOver: false,
    priority: 0,
    rules: {
      coveragePercent: scheme.coveragePercent,
      maxPerCourse: scheme.maxPerCourse,
      eligibleFundingTags: scheme.eligibleFundingTags,
      requiresCertifiedProvider: false,
      requiresRecognisedCredential: scheme.requiresRecognisedCredential,
      requiresApproval: false,
    },
  };
}

/** The scheme that leaves the least to pay for a course, with its plan. */
export interface SchemePlan {
  scheme: FundingScheme;
  plan: FundingPlan;
}

/**
 * What a course costs after the one public scheme that helps most, for a page that knows nobody's budget
 * (a vendor's finder). Each scheme is planned on its own, since funds rarely pay on top of each other; the
 * plan with the lowest own contribution wins, the earlier scheme on a tie. `undefined` when no scheme pays.
 */
export function bestSchemePlan(
  course: FundableCourse,
  offering: FundableOffering | null | undefined,
  schemes: readonly FundingScheme[],
  options: PlanOptions = {},
): SchemePlan | undefined {
  let best: SchemePlan | undefined;
  for (const scheme of schemes) {
    const plan = planFunding(course, offering, [schemeAsPot(scheme)], options);
    if (plan.lines.length > 0 && (!best || plan.ownContribution < best.plan.ownContribution)) best = { scheme, plan };
  }
  return best;
}
