import type { ValidationIssue } from '../validation.js';

/** The `issue` event a client dispatches for every list item it had to leave out. */
export type IssueEvent = CustomEvent<ValidationIssue>;

/**
 * Dispatches one `issue` event per bad item, once: the same bad course seen again on the next
 * sync is not reported twice.
 */
export class IssueReporter {
  readonly #seen = new Set<string>();
  readonly #target: EventTarget;

  constructor(target: EventTarget) {
    this.#target = target;
  }

  report(issues: readonly ValidationIssue[]): void {
    for (const issue of issues) {
      const key = `${issue.resource}\u0000${issue.id ?? issue.index}\u0000${issue.field}`;
      if (this.#seen.has(key)) continue;
      this.#seen.add(key);
      this.#target.dispatchEvent(new CustomEvent('issue', { detail: issue }));
    }
  }
}
