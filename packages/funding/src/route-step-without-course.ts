import type { LearningStep } from '@leerbudget/contract';
import type { FundableCourse } from './funding-types.js';

/** The provider of a step without a course: none. Contract ids are never empty, so no real course looks like it. */
const NO_PROVIDER: FundableCourse['provider'] = { id: '', name: '', certifications: [] };

/** Whether `course` is a route step without a course ({@link stepWithoutCourse}): it has no provider. */
export function hasNoProvider(course: FundableCourse): boolean {
  return course.provider.id === NO_PROVIDER.id;
}

/**
 * What `planFunding` sees for a step without a known course (workplace learning, coaching, reading, or a course
 * not chosen or not found), so the step's hours go through the same time-pot rules as a course's.
 *
 * Its price is the step's own `price` (a coach's fee, say); without one it is free (in the currency `XXX`, ISO
 * 4217's "no currency"), so no money pot pays. It has no provider, topics or funding tags, so a pot that pays only
 * for some providers, certified providers, topics or funding tags does not pay for it: nothing shows that the step meets those rules, and a plan must not promise hours the
 * pot may not give. A pot's `minCourseHours` is checked against the step's own hours.
 */
export function stepWithoutCourse(step: LearningStep): FundableCourse {
  return {
    price: step.price ?? { amount: 0, currency: 'XXX', vatIncluded: true },
    durationHours: step.estimatedHours,
    topics: [],
    provider: { ...NO_PROVIDER, certifications: [] },
    fundingTags: [],
  };
}
