import type { LearningPath, LearningStep } from '@leerbudget/contract';
import { LbEvent } from './lb-event.js';

/** Detail of {@link LbStepSelectEvent}. */
export interface LbStepSelectDetail {
  /** The route the step belongs to. */
  path: LearningPath;
  /** The step the employee opened. */
  step: LearningStep;
}

/** `lb-step-select`: the employee opens a step of a learning route to see what to do. */
export class LbStepSelectEvent extends LbEvent<LbStepSelectDetail> {
  constructor(detail: LbStepSelectDetail) {
    super('lb-step-select', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lb-step-select': LbStepSelectEvent;
  }
}
