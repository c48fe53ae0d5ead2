import type { CourseLike, Offering, PotKind } from '@leerbudget/contract';

/**
 * Why a pot pays nothing for a course. Every declined pot carries one code; the first rule that fails wins,
 * checked in this order: dates, currency, course list, provider, topic, funding tag, credential, course length, then
 * the amounts.
 *
 * - `expired`: the pot's last day (`expiresAt`, or `carryOverUntil` when something carries over) is before the course starts.
 * - `not-yet-valid`: the pot starts (`validFrom`) after the course starts.
 * - `other-currency`: a money pot in another currency than the price.
 * - `not-in-catalogue`: the pot pays only for courses on the employer's own list (`eligibleCourses`).
 * - `provider-not-eligible`: the pot pays only for some providers (`eligibleProviders`).
 * - `provider-not-certified`: the pot needs a provider with a quality mark (NRTO, CEDEO, NVAO).
 * - `topic-not-covered`: the pot pays only for some topics (`eligibleTopics`).
 * - `funding-tag-missing`: the pot pays only for courses with a funding tag (`eligibleFundingTags`).
 * - `credential-not-recognised`: the pot pays only for courses that lead to a recognised credential.
 * - `course-too-short`: the course is shorter than the pot's `minCourseHours`.
 * - `no-share`: the pot's coverage or cap leaves it nothing to pay (0 %, a cap of 0, or less than one cent).
 * - `exhausted`: nothing is left in the pot.
 * - `nothing-left-to-pay`: earlier pots already pay the whole price (or all hours), or there is nothing to pay.
 */
export type FundingReason =
  | 'expired'
  | 'not-yet-valid'
  | 'other-currency'
  | 'not-in-catalogue'
  | 'provider-not-eligible'
  | 'provider-not-certified'
  | 'topic-not-covered'
  | 'funding-tag-missing'
  | 'credential-not-recognised'
  | 'course-too-short'
  | 'no-share'
  | 'exhausted'
  | 'nothing-left-to-pay';

/** What one pot pays for a course: cents for money pots, hours for time pots. Always more than zero. */
export interface FundingLine {
  potId: string;
  potName: string;
  kind: PotKind;
  unit: 'money' | 'hours';
  /** Integer cents for money pots; hours (to the hundredth) for time pots. */
  amount: number;
  /** The pot's rules say someone must approve before it pays. */
  needsApproval: boolean;
  /** Who approves, when the pot names someone. */
  approver?: string;
}

/**
 * The facts behind a {@link FundingReason}, for the words a widget shows (the planner returns codes and
 * data, never sentences; `@leerbudget/elements` turns them into Dutch and English). Fields not known
 * for a pot are left out or `null`.
 */
export interface ReasonDetails {
  /** `expired`: the pot's last usable day (the end of its carry-over, if any); `not-yet-valid`: its first day. ISO date. */
  date?: string | null;
  /** The course's start date (ISO). Absent or `null` for self-paced courses, which are checked against today. */
  courseStart?: string | null;
  /** `course-too-short`: the pot's minimum length in hours. */
  minCourseHours?: number | null;
  /** `course-too-short`: the course's length in hours. */
  courseHours?: number;
  /** `other-currency`: the pot's currency, for example `USD`. */
  potCurrency?: string;
  /** `other-currency`: the price's currency, for example `EUR`. */
  priceCurrency?: string;
  /** Whether the pot counts money or hours. */
  unit: 'money' | 'hours';
  /**
   * `true` for a route step without a course (workplace learning, coaching, reading): it has no provider, topics
   * or funding tags, so a rule about those fails because the step is not a course, not because of its provider.
   */
  withoutProvider?: true;
}

/** A pot that pays nothing for a course: the reason code and the facts behind it. */
export interface DeclinedPot {
  potId: string;
  potName: string;
  reason: FundingReason;
  details: ReasonDetails;
}

/** How a course's price and hours are split over the employee's pots. */
export interface FundingPlan {
  /**
   * The course price, normalised to whole, non-negative cents, as the employee pays it to the provider;
   * `vatIncluded` says whether VAT is in it (copied from the course), so every plan can say so.
   */
  price: { amount: number; currency: string; vatIncluded: boolean };
  /** Money lines, in the order the pots were used. */
  lines: FundingLine[];
  /** Cents the employee pays: `sum(lines) + ownContribution === price.amount`, exactly. */
  ownContribution: number;
  /** Time pots: hours needed, the lines paying them, and the hours no pot covers. */
  hours: { needed: number; lines: FundingLine[]; uncovered: number };
  /** Every pot that pays nothing (money and time), in pot order, with why. */
  declined: DeclinedPot[];
  /** At least one paying pot needs approval first. */
  needsApproval: boolean;
  /** The employee pays nothing (`ownContribution === 0`). */
  fullyCovered: boolean;
}

/** Options for {@link planFunding}. */
export interface PlanOptions {
  /** ISO date used when the offering has no start (self-paced, or no offering chosen) and as "today"; default: today. */
  today?: string;
  /** Hours to plan against time pots; default the course's study load (`studyHours(course)`). */
  hours?: number;
}

/** The course fields a funding plan reads; any {@link CourseLike} fits. */
export type FundableCourse = Pick<
  CourseLike,
  'price' | 'durationHours' | 'studyLoad' | 'topics' | 'provider' | 'fundingTags'
> &
  Partial<Pick<CourseLike, 'credential'>> & {
    /** Checked against a pot's own course list (`eligibleCourses`); a step without a course has none, so is on no list. */
    id?: string;
  };

/** How a course's hours split over the time pots: {@link FundingPlan}'s `hours` with the time pots that pay nothing. */
export interface HoursPlan {
  /** Hours the course asks (its study load, or `PlanOptions.hours`). */
  needed: number;
  /** What each time pot pays, in hours, in the order the pots were used. */
  lines: FundingLine[];
  /** Hours no time pot pays: the employee learns them in their own time. */
  uncovered: number;
  /** Time pots that pay nothing, with why. */
  declined: DeclinedPot[];
}

/**
 * The offering fields a funding plan reads; any {@link Offering} fits, and so does
 * `{ start: step.plannedStart ?? null }` for a learning-path step.
 */
export type FundableOffering = Pick<Offering, 'start'>;
