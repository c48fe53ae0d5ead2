import { LbEvent } from './lb-event.js';

/** Detail of {@link LbErrorEvent}. */
export interface LbErrorDetail {
  /** The error, usually one of the SDK's typed errors (`HttpError`, `NetworkError`, `ValidationError`…). */
  error: unknown;
  /** The plain-language message the widget shows. */
  message: string;
  /** `true` when data from earlier is still shown. */
  stale: boolean;
}

/** `lb-error`: a widget could not load its data and shows an error (or stale data with a notice). */
export class LbErrorEvent extends LbEvent<LbErrorDetail> {
  constructor(detail: LbErrorDetail) {
    super('lb-error', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lb-error': LbErrorEvent;
  }
}
