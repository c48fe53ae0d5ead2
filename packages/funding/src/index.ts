/**
 * Funding plans: how a course's price and hours split over an employee's budget pots, what a whole learning
 * route costs after them, and which pots expire soon. Pure functions, computed in the browser so no balance is
 * ever sent to a course vendor.
 * @module
 */
export type {
  DeclinedPot,
  FundableCourse,
  FundableOffering,
  FundingLine,
  FundingPlan,
  FundingReason,
  PlanOptions,
  ReasonDetails,
} from './funding-types.js';
export { moneyLeftIn, ownContributionRange, planFunding, type OwnContributionRange } from './plan-funding.js';
export { spendPlan } from './spend-plan.js';
export { bestSchemePlan, schemeAsPot, type SchemePlan } from './scheme-plan.js';
export { expiringSoon, type ExpiringSoonOptions, type ExpiryNudge } from './expiring-soon.js';
export { planRoute } from './plan-route.js';
export type {
  PricedRouteStep,
  RouteCost,
  RouteCourseSource,
  RouteOptions,
  RoutePotTotal,
  RouteStepCost,
  RouteStepProblem,
  UnpricedRouteStep,
} from './route-types.js';
export { addDays, dayNumber, daysBetween, isoDay, todayIsoDate } from './calendar.js';
export { usableAvailable } from './pot-amounts.js';
