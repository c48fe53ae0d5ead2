import type { CourseLike, Offering } from '@leerbudget/contract';
import type { FundingPlan } from '@leerbudget/sdk';
import { LbEvent } from './lb-event.js';

/** Detail of {@link LbCourseSelectEvent}. */
export interface LbCourseSelectDetail {
  /** The id of the chosen course. */
  courseId: string;
  /** The course, when it is loaded already. */
  course?: CourseLike;
  /** The run the employee chose or that comes next, when known. */
  offering?: Offering | null;
  /** How the employee's pots pay for it, when a budget is known. */
  plan?: FundingPlan;
}

/**
 * `lb-course-select`: the employee chose a course (in `<lb-course-finder>`) or wants to see one (in
 * `<lb-learning-path>` when there is no safe link to its page). The host page decides what happens next.
 */
export class LbCourseSelectEvent extends LbEvent<LbCourseSelectDetail> {
  constructor(detail: LbCourseSelectDetail) {
    super('lb-course-select', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lb-course-select': LbCourseSelectEvent;
  }
}
