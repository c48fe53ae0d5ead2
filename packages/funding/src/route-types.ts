import type { CourseLike, LearningStep, Offering, PotKind } from '@leerbudget/contract';
import type { FundingPlan } from './funding-types.js';

/** Where {@link planRoute} looks up a step's course: a map by course id, or a function (for example over a catalogue index). */
export type RouteCourseSource = ReadonlyMap<string, CourseLike> | ((courseId: string) => CourseLike | undefined);

/**
 * Why a course step has no funding plan.
 * - `course-not-found`: the step names a course the catalogue does not have (removed, or not synced yet).
 * - `no-course-chosen`: a `course` step without a `courseId`, for example "take a course on EV safety" set by a
 *   manager before the employee picked one.
 */
export type RouteStepProblem = 'course-not-found' | 'no-course-chosen';

/**
 * A step with a price, and how it is split over what the pots had left at that point: a course step with a
 * known course, or a step without a course that carries its own `price` (then `course` and `offering` are `null`).
 */
export interface PricedRouteStep {
  step: LearningStep;
  /** The step's course; `null` for a step priced by itself (coaching, workplace learning, …). */
  course: CourseLike | null;
  /** The offering the plan is checked on: the step's `offeringId`, or the first one it can still join; `null` when none (or no course). */
  offering: Offering | null;
  plan: FundingPlan;
  /**
   * `false` when the price is in another currency than the route's ({@link RouteCost.currency}): the plan is
   * still given and its pots are still used, but its amounts are not added to the route's money totals.
   */
  countedInTotal: boolean;
  missing?: undefined;
}

/** A course step whose cost is unknown; its hours still count. */
export interface UnpricedRouteStep {
  step: LearningStep;
  missing: RouteStepProblem;
  course?: undefined;
  offering?: undefined;
  plan?: undefined;
  /** Always `false`: the step has no price to add. */
  countedInTotal: false;
}

/** One priced or course step of a route with its plan, or why there is none. Narrow on `missing` (or on `plan`). */
export type RouteStepCost = PricedRouteStep | UnpricedRouteStep;

/** What one pot pays across the whole route: cents for money pots, hours for time pots. Always more than zero. */
export interface RoutePotTotal {
  potId: string;
  potName: string;
  kind: PotKind;
  amount: number;
}

/** What a learning route still costs in money and time, after the employee's pots. */
export interface RouteCost {
  /** Currency of the route's money totals: that of the first priced step; `null` when no step has a price. */
  currency: string | null;
  /** Sum of the prices still to pay (courses and priced steps), in cents (steps in `currency` only). */
  total: number;
  /** Money per pot, summed over the steps, in pot order: `total === sum(coveredByPot) + ownContribution`. */
  coveredByPot: RoutePotTotal[];
  /** Cents the employee pays, summed over the steps. */
  ownContribution: number;
  /**
   * The `estimatedHours` of every step still to do, of every kind, against the time pots (hours, to the hundredth):
   * `needed === sum(coveredByPot) + uncovered`.
   */
  hours: { needed: number; coveredByPot: RoutePotTotal[]; uncovered: number };
  /** The priced and course steps still to do, in route order, each with its plan or why it has none. */
  steps: RouteStepCost[];
}

/** Options for {@link planRoute}. */
export interface RouteOptions {
  /** ISO date used as today, and as the start of steps without a planned start or offering; default the local date. */
  today?: string;
  /** Also cost steps that are `done`; default `false`, because those are paid for already. */
  includeDone?: boolean;
}
