import './zod-config.js';
import * as z from 'zod/mini';
import { CurrencyCode, Id, IsoDate, IsoDateTime, openEnum } from './common.js';

export const POT_KINDS = ['personal', 'team', 'sector-fund', 'government', 'learning-account', 'time'] as const;
export const PotKind = openEnum(POT_KINDS);
export type PotKind = z.infer<typeof PotKind>;

export const PotRules = z.object({
  /** Share of the price this pot pays, 0 to 100. */
  coveragePercent: z._default(z.number().check(z.minimum(0), z.maximum(100)), 100),
  /** Most this pot pays for one course, in the pot's unit. */
  maxPerCourse: z.optional(z.nullable(z.number().check(z.nonnegative()))),
  /** When set, only courses with one of these topics. */
  eligibleTopics: z.optional(z.nullable(z.array(z.string()))),
  /**
   * The employer's own course list (policy `in-catalogue`): when set, only courses with one of these ids.
   * The list travels with the pot, so the browser plans with it and the server checks it the same way.
   */
  eligibleCourses: z.optional(z.nullable(z.array(Id))),
  /** When set, only courses of these provider ids. */
  eligibleProviders: z.optional(z.nullable(z.array(z.string()))),
  /** When set, only courses carrying one of these funding tags (for example `stap-eligible`). */
  eligibleFundingTags: z.optional(z.nullable(z.array(z.string()))),
  requiresCertifiedProvider: z._default(z.boolean(), false),
  /** Only courses that lead to a recognised credential (see `Credential.recognised`). */
  requiresRecognisedCredential: z.optional(z.boolean()),
  minCourseHours: z.optional(z.nullable(z.number().check(z.nonnegative()))),
  requiresApproval: z._default(z.boolean(), false),
  /** The employee must say why they want the course (a motivation) when this pot pays part of it. */
  requiresMotivation: z.optional(z.boolean()),
  approver: z.optional(z.nullable(z.string())),
  /**
   * The pot follows the employee's contract hours: someone who works `fullTimeHours` a week gets
   * `fullTimeTotal`, someone who works `contractHours` gets that share (never more than the full amount).
   * The API already sends the employee's share as the pot's `total`, so balances and the ledger count the
   * employee's own amount; these numbers explain it ("Je werkt 24 van 36 uur") and let a planner check it.
   * They sit on the pot, not on the employee, because a pot is already one employee's and a planner only sees pots.
   */
  proRata: z.optional(
    z.nullable(
      z.object({
        /** Hours a week of a full-time job, for example 36. */
        fullTimeHours: z.number().check(z.positive()),
        /** Hours a week in this employee's contract, for example 24. */
        contractHours: z.number().check(z.nonnegative()),
        /** What the pot holds for a full-time employee, in the pot's unit. */
        fullTimeTotal: z.number().check(z.nonnegative()),
      }),
    ),
  ),
  /**
   * With `carryOver`: the most that moves on to the next period after `expiresAt`, in the pot's unit.
   * Absent or `null`: everything that is left moves on.
   */
  carryOverMax: z.optional(z.nullable(z.number().check(z.nonnegative()))),
  /**
   * With `carryOver`: the last day the amount that moved on can be used. Absent or `null` when not known;
   * a planner then does not count on it after `expiresAt`.
   */
  carryOverUntil: z.optional(z.nullable(IsoDate)),
});
export type PotRules = z.infer<typeof PotRules>;

/**
 * One source of learning money or time. Money amounts are integer minor units (cents) in `currency`;
 * time amounts are hours. `available` is what is left after `spent` and `reserved`.
 */
export const BudgetPot = z
  .object({
    id: Id,
    name: z.string().check(z.minLength(1)),
    kind: PotKind,
    funder: z.object({ name: z.string() }),
    unit: z.enum(['money', 'hours']),
    /** Required when `unit` is `money`. */
    currency: z.optional(CurrencyCode),
    total: z.number().check(z.nonnegative()),
    spent: z.number().check(z.nonnegative()),
    reserved: z.number().check(z.nonnegative()),
    available: z.number().check(z.nonnegative()),
    /** First day the pot can be used; `null` when it can be used now. */
    validFrom: z.nullable(IsoDate),
    /** Last day the pot can be used; `null` when it does not expire. */
    expiresAt: z.nullable(IsoDate),
    /**
     * What is left on `expiresAt` moves on to the next period instead of being lost: up to `rules.carryOverMax`,
     * usable until `rules.carryOverUntil`.
     */
    carryOver: z._default(z.boolean(), false),
    /** Lower numbers are used first. */
    priority: z.int(),
    rules: z._default(PotRules, () => PotRules.parse({})),
    /**
     * The course requests that hold money of this pot now (waiting for a decision, or approved and not yet
     * done): how many, and how much of `reserved` they hold. Absent when the API does not track requests.
     */
    openRequests: z.optional(
      z.object({ count: z.int().check(z.nonnegative()), amount: z.number().check(z.nonnegative()) }),
    ),
  })
  .check(
    z.refine((pot) => pot.unit !== 'money' || pot.currency !== undefined, {
      message: 'currency is required for money pots',
      path: ['currency'],
    }),
  );
export type BudgetPot = z.infer<typeof BudgetPot>;

export const Budget = z.object({
  userId: Id,
  asOf: IsoDateTime,
  pots: z.array(BudgetPot),
});
export type Budget = z.infer<typeof Budget>;
