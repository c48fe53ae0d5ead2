import type { CourseSummary } from '@leerbudget/contract';

/** The fields every engine searches, as one text per field. */
export function searchFields(course: CourseSummary) {
  return {
    title: course.title,
    summary: course.summary,
    provider: course.provider.name,
    topics: course.topics.join(' '),
    skills: course.skills.map((skill) => skill.label).join(' '),
  };
}

/** The searched fields joined: for an engine that matches all words within one field. */
export function searchText(course: CourseSummary): string {
  return Object.values(searchFields(course)).join(' ');
}
