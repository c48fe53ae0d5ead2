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
  HoursPlan,
  PlanOptions,
  ReasonDetails,
} from './funding-types.js';
export {
  moneyLeftIn,
  ownContributionRange,
  planFunding,
  planHours,
  type OwnContributionRange,
} from './plan-funding.js';
export { studyHours, HOURS_PER_CREDIT, type StudyLoadCourse } from './study-hours.js';
export { proRataTotal, type ProRataRule } from './pro-rata.js';
export { carryOverOf, lastUsableDay, usableOn, type CarryOver } from './carry-over.js';
export { nextExpiry, type NextExpiry } from './next-expiry.js';
export { startsLater, type LaterAmount } from './pot-start.js';
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
export { potTotal, usableAvailable } from './pot-amounts.js';
