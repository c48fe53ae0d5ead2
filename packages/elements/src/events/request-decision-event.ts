import type { CourseRequest } from '@leerbudget/contract';
import { LbEvent } from './lb-event.js';

/** Detail of {@link LbRequestDecisionEvent}. */
export interface LbRequestDecisionDetail {
  decision: 'approve' | 'decline';
  /** The request after the decision (`approved` or `declined`). */
  request: CourseRequest;
}

/** `lb-request-decision`: the approver approved or declined a request in `<lb-approvals>`. */
export class LbRequestDecisionEvent extends LbEvent<LbRequestDecisionDetail> {
  constructor(detail: LbRequestDecisionDetail) {
    super('lb-request-decision', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lb-request-decision': LbRequestDecisionEvent;
  }
}
