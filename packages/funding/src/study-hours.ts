import type { CourseLike } from '@leerbudget/contract';

/** Hours of study per EC (and ECTS) credit, as Dutch higher education counts them. */
export const HOURS_PER_CREDIT = 28;

/** The course fields {@link studyHours} reads; any course fits. */
export type StudyLoadCourse = Pick<CourseLike, 'durationHours' | 'studyLoad'>;

/**
 * The hours a course asks of the learner, which time pots pay for: its study load in hours (credits at
 * {@link HOURS_PER_CREDIT} hours each), else its duration. A study load in a unit the contract does not
 * know yet falls back to the duration.
 */
export function studyHours(course: StudyLoadCourse): number {
  const load = course.studyLoad;
  if (load?.unit === 'hours') return load.value;
  if (load?.unit === 'ec' || load?.unit === 'ects') return load.value * HOURS_PER_CREDIT;
  return course.durationHours;
}
