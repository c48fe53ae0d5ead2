import type { ValidationIssue } from '@leerbudget/sdk';
import { LbEvent } from './lb-event.js';

/**
 * `lb-issue`: a record from the API did not match the contract and was left out (the rest is shown).
 * Fired once per bad record, with the record's id and the bad field, so the host can tell whoever
 * feeds the API.
 */
export class LbIssueEvent extends LbEvent<ValidationIssue> {
  constructor(detail: ValidationIssue) {
    super('lb-issue', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lb-issue': LbIssueEvent;
  }
}
