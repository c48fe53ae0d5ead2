import type { CourseRequest } from '@leerbudget/contract';
import { isHttpError, isRequestRefusedError } from '@leerbudget/sdk';
import { daysBetween, todayIsoDate } from '@leerbudget/sdk/funding';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { sharedClient } from '../../data/shared-client.js';
import { LbRequestDecisionEvent } from '../../events/request-decision-event.js';
import { formatAmount } from '../../formatting/intl-format.js';
import { formatCount, formatDate, formatMoney } from '../../formatting/intl-format.js';
import { clamped } from '../../rendering/clamped-text.js';
import { LbRequestList } from '../request-shared/request-list.js';
import { requestSharedMessages as shared } from '../request-shared/request-shared.messages.js';
import { lineText } from '../request-shared/request-text.js';
import { approvalsMessages as t } from './approvals.messages.js';

/** Someone else decided first: `409 not-submitted`, or `412` (the request changed since this list was loaded). */
function decidedElsewhere(error: unknown): boolean {
  return (
    (isRequestRefusedError(error) && error.reasons.some((reason) => reason.code === 'not-submitted')) ||
    (isHttpError(error) && error.status === 412)
  );
}

/**
 * The approver's queue: who asks for which course and run, what each pot pays and keeps after a yes, the
 * motivation and how long it has waited. "Goedkeuren", or "Afwijzen" with a reason the employee reads. When
 * someone else decided first it says so and shows the fresh queue; a decision never counts twice. After a
 * decision the focus moves to the next request, or to the heading when the queue is empty.
 *
 * @tagname lb-approvals
 * @summary Course requests waiting for the signed-in manager (or HR) to decide.
 *
 * @csspart base - The box around everything.
 * @csspart item - One request.
 * @csspart approve-button - "Goedkeuren".
 * @csspart decline-button - "Afwijzen".
 * @csspart state - Loading, empty and error boxes (also `state-loading`, `state-empty`, `state-error`).
 * @csspart notice - "Bijgewerkt om 10:42" and offline notices beside stale data.
 *
 * @fires lb-request-decision - The approver decided (`detail.decision`, `detail.request`).
 * @fires lb-error - Loading or deciding failed (`detail.error`, `detail.message`, `detail.stale`).
 */
export class LbApprovals extends LbRequestList {
  static override properties: PropertyDeclarations = {
    _declining: { state: true },
    _reason: { state: true },
  };

  /** Requests decided here, left out until the fresh queue arrives without them. */
  readonly #decided = new Set<string>();

  /** The request whose decline reason is being written. */
  declare _declining: string | undefined;
  /** The reason typed so far, kept when something goes wrong. */
  declare _reason: string;

  protected override readonly resource = 'approvals';
  protected override readonly texts = t;

  constructor() {
    super();
    this._reason = '';
  }

  protected override willUpdate(): void {
    super.willUpdate();
    if (this.reloading) this.#decided.clear();
  }

  /** The queue less the requests decided here. */
  protected override listed(requests: CourseRequest[]): CourseRequest[] {
    return requests.filter((request) => !this.#decided.has(request.id));
  }

  get #items(): CourseRequest[] {
    const state = this.requests.state;
    return this.listed(state.status === 'loading' ? [] : (state.data ?? []));
  }

  async #startDecline(id: string): Promise<void> {
    if (this._declining !== id) this._reason = '';
    this._declining = id;
    this._problem = undefined;
    await this.updateComplete;
    this.focusIn(id, 'textarea');
  }

  async #stopDecline(id: string): Promise<void> {
    this._declining = undefined;
    await this.updateComplete;
    this.focusIn(id, '.decline');
  }

  async #decide(request: CourseRequest, decision: 'approve' | 'decline'): Promise<void> {
    const settings = this.clientSettings();
    if (!settings || this._busy) return;
    const note = this._reason.trim();
    if (decision === 'decline' && note === '') {
      this._problem = { id: request.id, text: t.reasonNeeded };
      this.focusIn(request.id, 'textarea');
      return;
    }
    const position = this.#items.indexOf(request);
    this._busy = true;
    this._problem = undefined;
    try {
      const decided = await sharedClient(settings).approvals.decide(
        request.id,
        {
          decision,
          ...(decision === 'decline' ? { note } : {}),
        },
        { version: request.version },
      );
      this.#decided.add(request.id);
      this._declining = undefined;
      this._reason = '';
      const name = request.employee.displayName;
      this._confirmation = () =>
        decision === 'approve' ? t.didApprove(name, request.courseTitle) : t.didDecline(name, request.courseTitle);
      this.emit(new LbRequestDecisionEvent({ decision, request: decided }));
    } catch (error) {
      if (decidedElsewhere(error)) {
        // The other decision stands: this request leaves the queue, and the fresh queue is loaded.
        this.#decided.add(request.id);
        this._declining = undefined;
        this._confirmation = () => `${shared.refusedDecided()} ${shared.refusedDecidedNext()}`;
        this.requests.retry();
      } else {
        this.showFailure(request.id, error);
      }
    } finally {
      this._busy = false;
    }
    await this.updateComplete;
    this.#focusAfter(position, request.id);
  }

  /** The next request's heading (the one now in the decided one's place), else the widget's heading. */
  #focusAfter(position: number, id: string): void {
    if (!this.#decided.has(id)) {
      this.focusIn(id, 'h3');
      return;
    }
    const headings = [...this.renderRoot.querySelectorAll<HTMLElement>('.item h3')];
    (headings[Math.min(position, headings.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('h2'))?.focus();
  }

  #waiting(request: CourseRequest): string {
    const days = Math.max(0, daysBetween(request.createdAt.slice(0, 10), todayIsoDate()));
    if (days === 0) return t.waitingToday();
    if (days === 1) return t.waitingOneDay();
    return t.waitingDays(formatCount(days, this.locale));
  }

  #decisionControls(request: CourseRequest): TemplateResult {
    const busy = this._busy ? 'true' : 'false';
    if (this._declining !== request.id) {
      return html`<div class="actions">
        <button type="button" class="lb-button approve" part="approve-button" aria-disabled=${busy} aria-describedby=${`approval-${request.id}`} @click=${() => this.#decide(request, 'approve')}>
          ${t.approve()}
        </button>
        <button type="button" class="lb-button decline" part="decline-button" aria-describedby=${`approval-${request.id}`} @click=${() => this.#startDecline(request.id)}>
          ${t.decline()}
        </button>
      </div>`;
    }
    const fieldId = `reason-${request.id}`;
    return html`<label for=${fieldId}>${t.reason()}</label>
      <textarea id=${fieldId} maxlength="2000" required aria-required="true"
        .value=${this._reason} @input=${(event: Event) => (this._reason = (event.target as HTMLTextAreaElement).value)}></textarea>
      <div class="actions">
        <button type="button" class="lb-button send-decline" aria-disabled=${busy} @click=${() => this.#decide(request, 'decline')}>
          ${t.sendDecline()}
        </button>
        <button type="button" class="lb-button" @click=${() => this.#stopDecline(request.id)}>${t.back()}</button>
      </div>`;
  }

  protected override renderRequest(request: CourseRequest): TemplateResult {
    const locale = this.locale;
    const currency = request.price.currency;
    const headingId = `approval-${request.id}`;
    return html`<li class="item" part="item" data-request=${request.id} aria-labelledby=${headingId}>
      <h3 id=${headingId} tabindex="-1">${clamped(t.wants(request.employee.displayName, request.courseTitle))}</h3>
      <p class="muted">
        ${request.offeringStart ? t.starts(formatDate(request.offeringStart, locale)) : t.anyTime()} ·
        ${t.price(formatMoney(request.price.amount, currency, locale))}
      </p>
      <ul>
        ${request.lines.map(
          (line) => html`<li>
            ${lineText(line, currency, locale)}.
            ${line.availableAfter === undefined ? nothing : t.leftAfter(line.potName, formatAmount(line.availableAfter, line.unit, currency, locale))}
          </li>`,
        )}
      </ul>
      <p>${request.ownContribution > 0 ? t.employeePays(formatMoney(request.ownContribution, currency, locale)) : nothing}</p>
      ${
        request.motivation
          ? html`<p>${t.motivation()}</p><blockquote>${request.motivation}</blockquote>`
          : html`<p class="muted">${t.noMotivation()}</p>`
      }
      <p class="muted">${this.#waiting(request)}
        ${request.enrolmentDeadline ? t.deadline(formatDate(request.enrolmentDeadline, locale)) : nothing}</p>
      ${this.renderProblem(request.id)}
      ${this.#decisionControls(request)}
    </li>`;
  }
}
