import './zod-config.js';
import * as z from 'zod/mini';
import { BudgetPot } from './budget.js';
import { CurrencyCode, Id, IsoDate, IsoDateTime, openEnum } from './common.js';
import { DeclineReason } from './request.js';

/**
 * The first expiry of a person's unused budget within 90 days: the amount lost after that day. What carries over to
 * the next period is not lost then; in the carry-over period the date is the end of the carry-over.
 */
export const ExpiryNotice = z.object({
  date: IsoDate,
  unit: z.enum(['money', 'hours']),
  /** Cents for money, hours for time. */
  amount: z.number().check(z.nonnegative()),
});
export type ExpiryNotice = z.infer<typeof ExpiryNotice>;

/** One direct report of the manager: what they can still use and what waits for a decision. No pot details. */
export const TeamMember = z.object({
  id: Id,
  displayName: z.string(),
  /** Money the person can still use from their own pots (team pots excluded), in cents. */
  availableMoney: z.int().check(z.nonnegative()),
  currency: CurrencyCode,
  /** Hours of learning time the person can still use. */
  availableHours: z.number().check(z.nonnegative()),
  /** The earliest expiry within 90 days, or `null` when nothing expires that soon. */
  nextExpiry: z.nullable(ExpiryNotice),
  /** Requests of this person waiting for a decision. */
  openRequests: z.int().check(z.nonnegative()),
  /** Steps done of all the person's learning routes together; absent from APIs that do not count them. */
  routeProgress: z.optional(
    z.object({ stepsDone: z.int().check(z.nonnegative()), stepsTotal: z.int().check(z.nonnegative()) }),
  ),
});
export type TeamMember = z.infer<typeof TeamMember>;

/** `GET /v1/team/budgets`: the manager's direct reports, and the team pots the manager holds for the team. */
export const TeamBudget = z.object({
  managerId: Id,
  asOf: IsoDateTime,
  /** Ordered by next expiry (soonest first), then by name. */
  members: z.array(TeamMember),
  /** Team money the manager looks after; never part of anyone's own budget. */
  teamPots: z.array(BudgetPot),
});
export type TeamBudget = z.infer<typeof TeamBudget>;

export const INSIGHT_GROUPINGS = ['department', 'potKind'] as const;

/** An amount per calendar month (`YYYY-MM`), in cents. */
export const MonthAmount = z.object({
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  amount: z.int().check(z.nonnegative()),
});
export type MonthAmount = z.infer<typeof MonthAmount>;

/**
 * The numbers of one group of at least five people. Money in cents. `granted`, `spent`, `reserved` and
 * `available` are the pots valid at some day from `from` to `to`, as their ledger stood at the end of `to` (pots that
 * expired before then count as `expired`, not `available`, except what carried over and is still in its carry-over
 * period); `expiring` is what is still available then and is lost within 30, 90 or 365 days after `to`: what carries
 * over counts on the end of its carry-over, not on the pot's own last day.
 */
export const InsightGroup = z.object({
  /** A department name or a pot kind; `overig` for the groups folded together because they were too small. */
  key: z.string(),
  people: z.int().check(z.nonnegative()),
  granted: z.int().check(z.nonnegative()),
  spent: z.int().check(z.nonnegative()),
  reserved: z.int().check(z.nonnegative()),
  available: z.int().check(z.nonnegative()),
  /** Never used: what pots that expired between `from` and `to` still had on their last day. */
  expired: z.int().check(z.nonnegative()),
  /** `spent / granted`, 0 to 1 (0 when nothing was granted). */
  utilisation: z.number().check(z.minimum(0), z.maximum(1)),
  expiring: z.object({
    days30: z.int().check(z.nonnegative()),
    days90: z.int().check(z.nonnegative()),
    days365: z.int().check(z.nonnegative()),
  }),
  /** Spent per month from the month of `from` to the month of `to`, oldest first. */
  spentByMonth: z.array(MonthAmount),
  /** Available at `to` that is lost in each of the 12 months from the month of `to` (carried-over money at its end). */
  expiringByMonth: z.array(MonthAmount),
  /** Requests created between `from` and `to`, by their status now. */
  requests: z.object({
    submitted: z.int().check(z.nonnegative()),
    approved: z.int().check(z.nonnegative()),
    completed: z.int().check(z.nonnegative()),
    declined: z.int().check(z.nonnegative()),
    cancelled: z.int().check(z.nonnegative()),
    expired: z.int().check(z.nonnegative()),
  }),
  /** The declined requests by reason, most frequent first. */
  declineReasons: z.array(z.object({ code: DeclineReason, count: z.int().check(z.positive()) })),
});
export type InsightGroup = z.infer<typeof InsightGroup>;

/**
 * `GET /v1/organisation/insights` (HR only): money pots in aggregate, never a person. Groups smaller than
 * `minGroupSize` people are folded into `overig`; when even that stays too small, the next smallest group joins it.
 */
export const Insights = z.object({
  asOf: IsoDateTime,
  groupBy: openEnum(INSIGHT_GROUPINGS),
  from: IsoDate,
  to: IsoDate,
  currency: CurrencyCode,
  minGroupSize: z.int().check(z.positive()),
  /** Largest available first; `overig` last. */
  groups: z.array(InsightGroup),
});
export type Insights = z.infer<typeof Insights>;
