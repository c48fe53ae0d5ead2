import type { CourseRequest } from '@leerbudget/contract';
import { LbEvent } from './lb-event.js';

/** Detail of {@link LbRequestCancelEvent}. */
export interface LbRequestCancelDetail {
  /** The cancelled request; everything it held is released. */
  request: CourseRequest;
}

/** `lb-request-cancel`: the employee cancelled one of their requests in `<lb-my-requests>`. */
export class LbRequestCancelEvent extends LbEvent<LbRequestCancelDetail> {
  constructor(detail: LbRequestCancelDetail) {
    super('lb-request-cancel', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lb-request-cancel': LbRequestCancelEvent;
  }
}
