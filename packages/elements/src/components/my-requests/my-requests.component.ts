import type { CourseRequest } from '@leerbudget/contract';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { sharedClient } from '../../data/shared-client.js';
import { LbRequestCancelEvent } from '../../events/request-cancel-event.js';
import { formatDate, formatMoney } from '../../formatting/intl-format.js';
import { clamped } from '../../rendering/clamped-text.js';
import { renderFinderLink } from '../../rendering/configured-link.js';
import { LbRequestList } from '../request-shared/request-list.js';
import { requestSharedMessages as shared } from '../request-shared/request-shared.messages.js';
import { lineText } from '../request-shared/request-text.js';
import { myRequestsMessages as t } from './my-requests.messages.js';
import { historyText, requestStatusText } from './request-status-text.js';

/** Requests the employee can still cancel: waiting for a decision, or approved and not yet done. */
const CANCELLABLE = new Set<CourseRequest['status']>(['submitted', 'approved']);

/**
 * The employee's course requests, newest first: course, start date, what each pot pays, what they pay
 * themselves and where the request is, in words. "Annuleer" (after a confirmation) while that is still
 * possible; what happened so far on demand.
 *
 * @tagname lb-my-requests
 * @summary The signed-in employee's course requests and their status.
 *
 * @csspart base - The box around everything.
 * @csspart item - One request.
 * @csspart status - Where the request is, in words.
 * @csspart cancel-button - "Annuleer".
 * @csspart finder-link - "Vind een cursus" in the empty state.
 * @csspart state - Loading, empty and error boxes (also `state-loading`, `state-empty`, `state-error`).
 * @csspart notice - "Bijgewerkt om 10:42" and offline notices beside stale data.
 *
 * @fires lb-request-cancel - The employee cancelled a request (`detail.request`).
 * @fires lb-error - Loading or cancelling failed (`detail.error`, `detail.message`, `detail.stale`).
 */
export class LbMyRequests extends LbRequestList {
  static override properties: PropertyDeclarations = {
    finderHref: { attribute: 'finder-href' },
    _confirming: { state: true },
  };

  /** Where "Vind een cursus" leads in the empty state, e.g. `/leren/cursussen`. Only `https:` and relative URLs. */
  declare finderHref?: string;

  /** The request whose "Annuleer" asks for confirmation. */
  declare _confirming: string | undefined;

  protected override readonly resource = 'requests';
  protected override readonly texts = t;

  async #askCancel(id: string): Promise<void> {
    this._confirming = id;
    this._problem = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-request="${CSS.escape(id)}"] .keep`)?.focus();
  }

  async #keep(id: string): Promise<void> {
    this._confirming = undefined;
    await this.updateComplete;
    this.focusIn(id, '.cancel');
  }

  async #cancel(request: CourseRequest): Promise<void> {
    const settings = this.clientSettings();
    if (!settings || this._busy) return;
    this._busy = true;
    try {
      const cancelled = await sharedClient(settings).requests.cancel(request.id);
      this._confirming = undefined;
      this._confirmation = () => t.didCancel(request.courseTitle);
      this.emit(new LbRequestCancelEvent({ request: cancelled }));
    } catch (error) {
      this._confirming = undefined;
      this.showFailure(request.id, error);
    } finally {
      this._busy = false;
    }
    await this.updateComplete;
    // The request stays in the list with its new status: its history toggle keeps the focus near.
    if (!this.focusIn(request.id, 'summary')) this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  #cancelControls(request: CourseRequest): TemplateResult | typeof nothing {
    if (!CANCELLABLE.has(request.status)) return nothing;
    if (this._confirming !== request.id) {
      return html`<div class="actions">
        <button type="button" class="lb-button cancel" part="cancel-button" @click=${() => this.#askCancel(request.id)}>
          ${t.cancel()}
        </button>
      </div>`;
    }
    return html`<div class="actions" role="group" aria-labelledby=${`confirm-${request.id}`}>
      <p id=${`confirm-${request.id}`}>${t.confirmCancel()}</p>
      <button type="button" class="lb-button yes" aria-disabled=${this._busy ? 'true' : 'false'} @click=${() => this.#cancel(request)}>
        ${t.yesCancel()}
      </button>
      <button type="button" class="lb-button keep" @click=${() => this.#keep(request.id)}>${t.keep()}</button>
    </div>`;
  }

  protected override emptyAction(): TemplateResult | typeof nothing {
    return renderFinderLink(this.localName, this.finderHref, t.findCourse);
  }

  protected override renderRequest(request: CourseRequest, index: number): TemplateResult {
    const locale = this.locale;
    const currency = request.price.currency;
    const titleId = `request-${index}-title`;
    return html`<li class="item" part="item" data-request=${request.id} aria-labelledby=${titleId}>
      <h3 id=${titleId}>${clamped(request.courseTitle)}</h3>
      <p class="muted">${request.offeringStart ? t.starts(formatDate(request.offeringStart, locale)) : t.anyTime()}</p>
      <p class="status" part="status">${clamped(requestStatusText(request, locale))}</p>
      <ul>
        ${request.lines.map((line) => html`<li>${lineText(line, currency, locale)}</li>`)}
      </ul>
      <p>${request.ownContribution > 0 ? shared.ownPays(formatMoney(request.ownContribution, currency, locale)) : shared.ownNothing()}</p>
      <details>
        <summary>${t.showHistory()}</summary>
        <ul>
          ${request.history.map((event) => html`<li>${historyText(event, locale)}</li>`)}
        </ul>
      </details>
      ${this.renderProblem(request.id)}
      ${this.#cancelControls(request)}
    </li>`;
  }
}
