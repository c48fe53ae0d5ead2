import { LbEvent } from './lb-event.js';

/** Detail of {@link LbSignInEvent}. */
export interface LbSignInDetail {
  /** The widget whose data needs a signed-in employee, e.g. `lb-budget-meter`. */
  tagName: string;
}

/**
 * `lb-sign-in`: the employee pressed "Inloggen" after the API answered 401 and the page configured no
 * `signInUrl`. Start the host's sign-in, then call `refresh()`.
 */
export class LbSignInEvent extends LbEvent<LbSignInDetail> {
  constructor(detail: LbSignInDetail) {
    super('lb-sign-in', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lb-sign-in': LbSignInEvent;
  }
}
