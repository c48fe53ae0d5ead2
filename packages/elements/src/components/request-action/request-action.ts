import type { CourseRequest } from '@leerbudget/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { requestActionMessages as t } from './request-action.messages.js';
import { approverNames } from './approver-names.js';

/** What the card says after a request was sent: who has it now, or that no decision is needed. */
export function submittedText(request: CourseRequest): string {
  if (request.status === 'approved') return t.approvedAtOnce();
  return t.submitted(approverNames(request.approvers));
}

/**
 * The "Aanvragen" button of a course card or step, with the status line beside it where the confirmation
 * appears (a polite live region that exists before the text, so screen readers announce the text).
 */
export function renderRequestAction(view: {
  describedBy?: string;
  submitted: CourseRequest | undefined;
  onRequest: (button: HTMLElement) => void;
}): TemplateResult {
  return html`<button
      type="button"
      class="lb-button request"
      part="request-button"
      aria-describedby=${view.describedBy ?? nothing}
      @click=${(event: Event) => view.onRequest(event.currentTarget as HTMLElement)}
    >
      ${t.open()}
    </button>
    <p class="request-status" part="request-status" role="status">${view.submitted ? submittedText(view.submitted) : nothing}</p>`;
}
