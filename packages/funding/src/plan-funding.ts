import type { BudgetPot } from '@leerbudget/contract';
import type {
  DeclinedPot,
  FundableCourse,
  FundableOffering,
  FundingLine,
  FundingPlan,
  FundingReason,
  HoursPlan,
  PlanOptions,
  ReasonDetails,
} from './funding-types.js';
import { isoDay, todayIsoDate } from './calendar.js';
import { lastUsableDay, usableOn } from './carry-over.js';
import { usableAvailable } from './pot-amounts.js';
import { eligibilityProblem } from './pot-eligibility.js';
import { hasNoProvider } from './route-step-without-course.js';
import { studyHours } from './study-hours.js';
import { orderPots } from './pot-order.js';
import { coverageShare, fromPlanUnits, toPlanUnits, type PlanUnit } from './plan-units.js';

/**
 * Splits a course's price over the employee's money pots, and its hours over the time pots.
 *
 * Pots are used in order: lowest `priority` first, then the pot that expires first (never-expiring last),
 * then by id. Each pot is checked on the offering's start date (or `options.today` for self-paced courses
 * and when no offering is chosen): it must be valid then, in the price's currency, and meet its rules
 * (providers, quality mark, topics, funding tags, minimum course hours). A pot that may pay gives the
 * smallest of: its coverage share of the whole price (`coveragePercent`, rounded down to the cent), its
 * `maxPerCourse`, what it has left on that date, and what is still unpaid. The employee pays the rest, so
 * `sum(lines) + ownContribution === price.amount` always holds in whole cents.
 *
 * What is left in a pot is the smaller of `available` and `total - spent - reserved`, never below zero, so
 * impossible numbers from an API never promise money that is not there; a pro-rata pot never gives more
 * than the employee's share of its full-time total. After a pot's `expiresAt` only what carries over
 * (`carryOver`, up to `carryOverMax`) can pay, until `carryOverUntil`. Time pots plan the course's study
 * load ({@link studyHours}) the same way, to the hundredth of an hour.
 *
 * Every pot that pays nothing is listed in `declined` with a reason code and its details (dates, hours, currencies);
 * this includes pots that are fine but not needed (`nothing-left-to-pay`), so a full breakdown can show every
 * pot. A result card that only wants the reasons a pot could not help can leave those out.
 *
 * Pure: the inputs are not changed and the same inputs give the same plan.
 *
 * @param course The course, or any record with its price, hours, topics, provider and funding tags.
 * @param offering The chosen offering; `null`, `undefined` or `start: null` for self-paced (checked on `today`).
 * @param pots The employee's pots, money and time, in any order.
 * @param options `today` (ISO date, default the local date) and `hours` to plan (default the study load).
 *
 * @example Two pots share one price
 * ```ts
 * import { planFunding } from '@leerbudget/funding';
 *
 * const pot = (id: string, priority: number, available: number, coveragePercent: number) => ({
 *   id, name: id, kind: 'personal' as const, funder: { name: 'Werkgever' }, unit: 'money' as const,
 *   currency: 'EUR', total: available, spent: 0, reserved: 0, available, validFrom: null,
 *   expiresAt: '2026-12-31', carryOver: false, priority,
 *   rules: { coveragePercent, requiresCertifiedProvider: false, requiresApproval: false },
 * });
 * const course = {
 *   price: { amount: 120_000, currency: 'EUR', vatIncluded: true }, durationHours: 24, topics: ['data'],
 *   provider: { id: 'acme', name: 'Acme Academy', certifications: ['nrto' as const] }, fundingTags: [],
 * };
 *
 * const plan = planFunding(course, { start: '2026-09-01' }, [pot('team', 2, 100_000, 100), pot('personal', 1, 50_000, 50)]);
 * plan.lines.map((line) => [line.potId, line.amount]); // [['personal', 50000], ['team', 70000]]
 * plan.ownContribution; // 0
 * plan.fullyCovered; // true
 * ```
 *
 * @example Why a pot does not pay
 * ```ts
 * const late = planFunding(course, { start: '2027-02-01' }, [pot('personal', 1, 50_000, 100)]);
 * late.ownContribution; // 120000
 * late.declined[0]?.reason; // 'expired'
 * late.declined[0]?.details; // { date: '2026-12-31', courseStart: '2027-02-01', unit: 'money', … }
 * ```
 */
export function planFunding(
  course: FundableCourse,
  offering: FundableOffering | null | undefined,
  pots: readonly BudgetPot[],
  options: PlanOptions = {},
): FundingPlan {
  const courseStart = offering?.start ?? null;
  const checkDate = isoDay(courseStart ?? options.today ?? todayIsoDate());
  const needed: Record<PlanUnit, number> = {
    money: toPlanUnits(course.price.amount, 'money'),
    hours: toPlanUnits(options.hours ?? studyHours(course), 'hours'),
  };
  const unpaid = { ...needed };
  const moneyLines: FundingLine[] = [];
  const hourLines: FundingLine[] = [];
  const declined: DeclinedPot[] = [];

  for (const pot of orderPots(pots)) {
    const outcome =
      eligibilityProblem(pot, course, checkDate) ?? potShare(pot, checkDate, needed[pot.unit], unpaid[pot.unit]);
    if (typeof outcome === 'string') {
      declined.push(declinePot(pot, outcome, reasonDetails(pot, outcome, course, courseStart)));
      continue;
    }
    unpaid[pot.unit] -= outcome;
    (pot.unit === 'money' ? moneyLines : hourLines).push(fundingLine(pot, fromPlanUnits(outcome, pot.unit)));
  }

  return {
    price: { amount: needed.money, currency: course.price.currency, vatIncluded: course.price.vatIncluded },
    lines: moneyLines,
    ownContribution: unpaid.money,
    hours: {
      needed: fromPlanUnits(needed.hours, 'hours'),
      lines: hourLines,
      uncovered: fromPlanUnits(unpaid.hours, 'hours'),
    },
    declined,
    needsApproval: [...moneyLines, ...hourLines].some((line) => line.needsApproval),
    fullyCovered: unpaid.money === 0,
  };
}

/**
 * What an eligible pot pays, in plan units (always more than zero), or why it pays nothing.
 * @param neededUnits the whole price (or all hours): coverage is a share of that, not of what is left.
 * @param unpaidUnits what earlier pots left unpaid.
 */
function potShare(pot: BudgetPot, day: string, neededUnits: number, unpaidUnits: number): number | FundingReason {
  const left = toPlanUnits(usableOn(pot, day), pot.unit);
  if (left === 0) return 'exhausted';
  if (unpaidUnits === 0) return 'nothing-left-to-pay';
  const limit = Math.min(coverageShare(neededUnits, pot.rules.coveragePercent), capUnits(pot));
  if (limit === 0) return 'no-share';
  return Math.min(limit, left, unpaidUnits);
}

function capUnits(pot: BudgetPot): number {
  const cap = pot.rules.maxPerCourse;
  if (cap === null || cap === undefined) return Number.POSITIVE_INFINITY;
  return toPlanUnits(cap, pot.unit);
}

function fundingLine(pot: BudgetPot, amount: number): FundingLine {
  const line: FundingLine = {
    potId: pot.id,
    potName: pot.name,
    kind: pot.kind,
    unit: pot.unit,
    amount,
    needsApproval: pot.rules.requiresApproval,
  };
  if (pot.rules.approver) line.approver = pot.rules.approver;
  return line;
}

function declinePot(pot: BudgetPot, reason: FundingReason, details: ReasonDetails): DeclinedPot {
  return { potId: pot.id, potName: pot.name, reason, details };
}

function reasonDetails(
  pot: BudgetPot,
  reason: FundingReason,
  course: FundableCourse,
  courseStart: string | null,
): ReasonDetails {
  return {
    date: reason === 'not-yet-valid' ? pot.validFrom : lastUsableDay(pot),
    courseStart,
    minCourseHours: pot.rules.minCourseHours,
    courseHours: course.durationHours,
    potCurrency: pot.currency,
    priceCurrency: course.price.currency,
    unit: pot.unit,
    ...(hasNoProvider(course) ? { withoutProvider: true as const } : {}),
  };
}

/**
 * How a course's study load (or `options.hours`) splits over the employee's time pots, by the same rules
 * as {@link planFunding}: "16 uur leertijd van je werk". Money pots are left out, so it fits anywhere hours
 * are shown beside money, such as one step of a learning route.
 *
 * @example
 * ```ts
 * const hours = planHours(course, { start: '2026-09-01' }, budget.pots);
 * hours.lines.map((line) => [line.potName, line.amount]); // [['Scholingsuren', 16]]
 * hours.uncovered; // 0
 * ```
 */
export function planHours(
  course: FundableCourse,
  offering: FundableOffering | null | undefined,
  pots: readonly BudgetPot[],
  options: PlanOptions = {},
): HoursPlan {
  const timePots = pots.filter((pot) => pot.unit === 'hours');
  const plan = planFunding(course, offering, timePots, options);
  return { ...plan.hours, declined: plan.declined };
}

/** Bounds of a plan's own contribution, see {@link ownContributionRange}. */
export interface OwnContributionRange {
  least: number;
  most: number;
}

/**
 * Where {@link planFunding}'s `ownContribution` for a course of this price must lie, without planning:
 * at most the price (pots only ever pay), at least the price minus everything the money pots have left
 * (no pot pays more than it has). A search that asks "is the own contribution at most X" can answer
 * most courses from these bounds and plan only the rest. Both in cents.
 *
 * @param moneyLeft The sum of {@link moneyLeftIn}: compute it once per set of pots.
 */
export function ownContributionRange(priceAmount: number, moneyLeft: number): OwnContributionRange {
  const most = toPlanUnits(priceAmount, 'money');
  return { least: Math.max(0, most - moneyLeft), most };
}

/** What the money pots have left together, in cents: the second argument of {@link ownContributionRange}. */
export function moneyLeftIn(pots: readonly BudgetPot[]): number {
  let left = 0;
  for (const pot of pots) if (pot.unit === 'money') left += toPlanUnits(usableAvailable(pot), 'money');
  return left;
}
