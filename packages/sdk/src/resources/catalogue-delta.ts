import type { CourseSummary } from '@leerbudget/contract';

/**
 * Applies a `?since=` delta: changed courses replace theirs in place, new ones are appended,
 * deleted ids are removed. Catalogue order is kept so results stay stable.
 */
export function applyCatalogueDelta(
  courses: readonly CourseSummary[],
  changed: readonly CourseSummary[],
  deleted: readonly string[],
): CourseSummary[] {
  const changedById = new Map(changed.map((course) => [course.id, course]));
  const gone = new Set(deleted);
  const result: CourseSummary[] = [];
  for (const course of courses) {
    if (gone.has(course.id)) continue;
    const replacement = changedById.get(course.id);
    result.push(replacement ?? course);
    changedById.delete(course.id);
  }
  for (const course of changedById.values()) {
    if (!gone.has(course.id)) result.push(course);
  }
  return result;
}
