import type { ValidationIssue } from '../validation.js';

/** The `issue` event a client dispatches for every list item it had to leave out. */
export type IssueEvent = CustomEvent<ValidationIssue>;

/** What tells two reports of a bad item apart: the resource, the item and the field. */
export function issueKey(issue: ValidationIssue): string {
  return `${issue.resource}\u0000${issue.id ?? issue.index}\u0000${issue.field}`;
}

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
      const key = issueKey(issue);
      if (this.#seen.has(key)) continue;
      this.#seen.add(key);
      this.#target.dispatchEvent(new CustomEvent('issue', { detail: issue }));
    }
  }
}
