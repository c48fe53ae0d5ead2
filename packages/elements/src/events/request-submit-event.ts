import type { CourseRequest } from '@leerbudget/contract';
import { LbEvent } from './lb-event.js';

/** Detail of {@link LbRequestSubmitEvent}. */
export interface LbRequestSubmitDetail {
  /** The request as the server stored it: its status, the amount per pot and who decides. */
  request: CourseRequest;
}

/** `lb-request-submit`: the employee sent a course request and the server accepted it. */
export class LbRequestSubmitEvent extends LbEvent<LbRequestSubmitDetail> {
  constructor(detail: LbRequestSubmitDetail) {
    super('lb-request-submit', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lb-request-submit': LbRequestSubmitEvent;
  }
}
