import { CERTIFICATIONS, type BudgetPot } from '@leerbudget/contract';
import type { FundableCourse, FundingReason } from './funding-types.js';
import { isoDay } from './calendar.js';
import { lastUsableDay } from './carry-over.js';
import { startsAfter } from './pot-start.js';

/**
 * The first rule that stops a pot from paying for this course at all, or `null` when the pot may pay.
 * Amounts (what is left, coverage, caps) are not checked here.
 * @param checkDate ISO date the pot must be valid on: the offering's start, or today for self-paced courses.
 */
export function eligibilityProblem(pot: BudgetPot, course: FundableCourse, checkDate: string): FundingReason | null {
  const rules = pot.rules;
  // Carry-over only matters once `expiresAt` has passed: the common case asks nothing more.
  if (pot.expiresAt !== null && isoDay(pot.expiresAt) < checkDate && lastUsableDay(pot)! < checkDate) return 'expired';
  if (startsAfter(pot, checkDate)) return 'not-yet-valid';
  if (pot.unit === 'money' && pot.currency !== course.price.currency) return 'other-currency';
  if (!allows(rules.eligibleCourses, course.id === undefined ? [] : [course.id])) return 'not-in-catalogue';
  if (!allows(rules.eligibleProviders, [course.provider.id])) return 'provider-not-eligible';
  if (rules.requiresCertifiedProvider && !hasQualityMark(course)) return 'provider-not-certified';
  if (!allows(rules.eligibleTopics, course.topics)) return 'topic-not-covered';
  if (!allows(rules.eligibleFundingTags, course.fundingTags)) return 'funding-tag-missing';
  if (rules.requiresRecognisedCredential && course.credential?.recognised !== true) return 'credential-not-recognised';
  if (isTooShort(course.durationHours, rules.minCourseHours)) return 'course-too-short';
  return null;
}

/**
 * A rule list allows a course when it is missing or empty (no restriction), or when one of the course's
 * values is on it. Values match exactly, as the API sends them.
 */
function allows(allowed: readonly string[] | null | undefined, values: readonly string[]): boolean {
  if (allowed === null || allowed === undefined || allowed.length === 0) return true;
  return values.some((value) => allowed.includes(value));
}

/** Only known marks count: a mark the contract does not know yet arrives as `other` and proves nothing. */
function hasQualityMark(course: FundableCourse): boolean {
  const known: readonly string[] = CERTIFICATIONS;
  return course.provider.certifications.some((mark) => known.includes(mark));
}

function isTooShort(courseHours: number, minCourseHours: number | null | undefined): boolean {
  if (minCourseHours === null || minCourseHours === undefined) return false;
  // "not at least" rather than "less than", so a course of unknown length (NaN) never meets a minimum.
  return !(courseHours >= minCourseHours);
}
