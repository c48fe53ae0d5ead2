import type { BudgetPot, CourseLike, LearningPath, LearningStep } from '@leerbudget/contract';
import type { FundingPlan } from './funding-types.js';
import { isoDay, todayIsoDate } from './calendar.js';
import { planFunding } from './plan-funding.js';
import { fromPlanUnits, toPlanUnits } from './plan-units.js';
import { routeOffering } from './route-offering.js';
import { totalsByPot } from './route-pot-totals.js';
import { stepWithoutCourse } from './route-step-without-course.js';
import type { RouteCost, RouteCourseSource, RouteOptions, RouteStepCost, RouteStepProblem } from './route-types.js';
import { spendPlan } from './spend-plan.js';

/**
 * What a whole learning route still costs in money and time, after the employee's pots.
 *
 * Steps are planned one after the other in route order, each with {@link planFunding} against what the pots have
 * left after the steps before it ({@link spendPlan}): a pot that pays for step 1 has less left for step 3, and a
 * pot that expires before a step starts does not pay for it. Steps that are `done` are skipped (paid already)
 * unless `includeDone` is set; `in-progress` steps and statuses the contract does not know yet still count.
 *
 * Money: a step has a price when it names a course (`courseId`, whatever its kind, so a catalogue exam counts
 * too). Its offering is the step's `offeringId`, else the first offering it can still join on or after its
 * `plannedStart` (or today); pots are checked on that offering's start, else on the planned start, else today.
 * A step without a course (workplace learning, coaching, reading, …) has a price when it carries its own
 * `price`: that is planned over the money pots in the same way, checked on its planned start (or today), with
 * `course: null`. A `course` step without a course or price, or with a course the catalogue does not have, is
 * listed with `missing` and adds nothing to the money totals. The totals are in the currency of the first priced step; a step priced in
 * another currency keeps its plan but is marked `countedInTotal: false` and left out of the totals, as cents of
 * two currencies cannot be added.
 *
 * Time: the `estimatedHours` of every step still to do, of every kind, are planned against the time pots in the
 * same order and by the same rules. A step without a known course has no provider, topics or funding tags, so a
 * time pot restricted to those does not pay for its hours (nor a money pot restricted so, for its price).
 *
 * Pure: the inputs are not changed.
 *
 * @param path The learning route, with its steps in order.
 * @param courses The courses the steps name: a map by id, or a lookup function.
 * @param pots The employee's pots, money and time, in any order.
 * @param options `today` (ISO date, default the local date) and `includeDone` (default `false`).
 *
 * @example The personal budget pays step 1 and has ended by step 2
 * ```ts
 * import { planRoute } from '@leerbudget/funding';
 *
 * // path.steps: a € 700 course of 16 h on 20 January, 16 h of workplace learning, a € 2.100 course of 8 h on 2 March.
 * // budget.pots: `personal` € 1.000 until 28 February, `sector` 50 % of each course, `study-time` 24 hours.
 * const route = planRoute(path, new Map(catalogue.map((course) => [course.id, course])), budget.pots, {
 *   today: '2026-01-10',
 * });
 * route.total; // 280000: € 700 in January, € 2.100 in March
 * route.coveredByPot; // [{ potId: 'personal', amount: 70000, … }, { potId: 'sector', amount: 105000, … }]
 * route.ownContribution; // 105000
 * route.steps[1]?.plan?.declined[0]?.reason; // 'expired'
 * route.hours; // { needed: 40, coveredByPot: [{ potId: 'study-time', amount: 24, … }], uncovered: 16 }
 * ```
 */
export function planRoute(
  path: LearningPath,
  courses: RouteCourseSource,
  pots: readonly BudgetPot[],
  options: RouteOptions = {},
): RouteCost {
  const today = isoDay(options.today ?? todayIsoDate());
  const findCourse = courseLookup(courses);
  let potsLeft: readonly BudgetPot[] = pots;
  const steps: RouteStepCost[] = [];
  const plans: FundingPlan[] = [];
  let currency: string | null = null;

  for (const step of path.steps) {
    if (step.status === 'done' && !options.includeDone) continue;
    const cost = costStep(step, findCourse, potsLeft, today, currency);
    const plan = cost?.plan ?? planWithoutCourse(step, potsLeft, today);
    potsLeft = spendPlan(potsLeft, plan);
    plans.push(plan);
    if (cost === null) continue;
    steps.push(cost);
    currency ??= cost.plan?.price.currency ?? null;
  }

  const counted = steps.flatMap((cost) => (cost.plan && cost.countedInTotal ? [cost.plan] : []));
  return {
    currency,
    total: sum(counted.map((plan) => plan.price.amount)),
    coveredByPot: totalsByPot(
      counted.flatMap((plan) => plan.lines),
      'money',
      pots,
    ),
    ownContribution: sum(counted.map((plan) => plan.ownContribution)),
    hours: {
      needed: sumHours(plans.map((plan) => plan.hours.needed)),
      coveredByPot: totalsByPot(
        plans.flatMap((plan) => plan.hours.lines),
        'hours',
        pots,
      ),
      uncovered: sumHours(plans.map((plan) => plan.hours.uncovered)),
    },
    steps,
  };
}

/**
 * The cost of a step with a price (its course's, or its own), or of a `course` step; `null` for other steps.
 * @param routeCurrency the currency of the steps priced so far; `null` when this may be the first.
 */
function costStep(
  step: LearningStep,
  findCourse: (courseId: string) => CourseLike | undefined,
  pots: readonly BudgetPot[],
  today: string,
  routeCurrency: string | null,
): RouteStepCost | null {
  const counted = (plan: FundingPlan) => routeCurrency === null || plan.price.currency === routeCurrency;
  if (!step.courseId) {
    if (!step.price) return step.kind === 'course' ? unpriced(step, 'no-course-chosen') : null;
    const plan = planWithoutCourse(step, pots, today);
    return { step, course: null, offering: null, plan, countedInTotal: counted(plan) };
  }
  const course = findCourse(step.courseId);
  if (course === undefined) return unpriced(step, 'course-not-found');

  const offering = routeOffering(course, step, today);
  const start = offering?.start ?? step.plannedStart ?? null;
  const plan = planFunding(course, { start }, pots, { today, hours: step.estimatedHours });
  return { step, course, offering, plan, countedInTotal: counted(plan) };
}

function unpriced(step: LearningStep, missing: RouteStepProblem): RouteStepCost {
  return { step, missing, countedInTotal: false };
}

/** A plan for a step without a known course: its hours, and its own price when it has one. */
function planWithoutCourse(step: LearningStep, pots: readonly BudgetPot[], today: string): FundingPlan {
  return planFunding(stepWithoutCourse(step), { start: step.plannedStart ?? null }, pots, {
    today,
    hours: step.estimatedHours,
  });
}

function courseLookup(courses: RouteCourseSource): (courseId: string) => CourseLike | undefined {
  if (typeof courses === 'function') return courses;
  return (courseId) => courses.get(courseId);
}

function sum(amounts: readonly number[]): number {
  return amounts.reduce((total, amount) => total + amount, 0);
}

/** Hours add up in hundredths, so 0.1 + 0.2 gives 0.3. */
function sumHours(hours: readonly number[]): number {
  return fromPlanUnits(sum(hours.map((value) => toPlanUnits(value, 'hours'))), 'hours');
}
