import type { Course } from '@leerbudget/contract';
import { addDays, todayIsoDate } from '@leerbudget/sdk/funding';
import { callStore, testServers } from '@leerbudget/test-kit/servers';

/** A course title that would run script if it were ever parsed as HTML. */
export const HOSTILE_TITLE = '<img src=x onerror="window.__lbXss=1">Veilig werken<script>window.__lbXss=1</script>';

/** The only topic of the test course, so a finder with `topics="aanvraagtest"` shows just this course. */
export const REQUEST_TOPIC = 'aanvraagtest';
export const REQUEST_COURSE_ID = 'request-test-course';

/**
 * Puts a € 1.000 course (excl. VAT) into the reference server with four runs: an open one with seats,
 * a full one, one whose enrolment closed yesterday, and an open online one. Remove it with
 * {@link removeRequestCourse}, so other tests see the demo catalogue unchanged.
 */
export async function installRequestCourse(): Promise<Course> {
  const { apiBase } = await testServers();
  const source = (await (await fetch(`${apiBase}/v1/courses/ict-sql-databases`)).json()) as Course;
  const today = todayIsoDate();
  const course: Course = {
    ...source,
    id: REQUEST_COURSE_ID,
    title: HOSTILE_TITLE,
    topics: [REQUEST_TOPIC],
    fundingTags: [],
    price: { amount: 100_000, currency: 'EUR', vatIncluded: false },
    offerings: [
      {
        id: `${REQUEST_COURSE_ID}-open`,
        start: addDays(today, 30),
        end: addDays(today, 32),
        location: { city: 'Utrecht' },
        seatsLeft: 5,
        enrolmentDeadline: addDays(today, 20),
      },
      {
        id: `${REQUEST_COURSE_ID}-full`,
        start: addDays(today, 40),
        end: addDays(today, 41),
        location: { city: 'Zwolle' },
        seatsLeft: 0,
        enrolmentDeadline: addDays(today, 35),
      },
      {
        id: `${REQUEST_COURSE_ID}-closed`,
        start: addDays(today, 5),
        end: addDays(today, 6),
        location: null,
        seatsLeft: 8,
        enrolmentDeadline: addDays(today, -1),
      },
      {
        id: `${REQUEST_COURSE_ID}-online`,
        start: addDays(today, 60),
        end: addDays(today, 90),
        location: null,
        seatsLeft: null,
        enrolmentDeadline: null,
      },
    ],
    updatedAt: new Date().toISOString(),
  };
  await callStore('upsertCourse', course);
  return course;
}

export async function removeRequestCourse(): Promise<void> {
  await callStore('deleteCourse', REQUEST_COURSE_ID);
}
