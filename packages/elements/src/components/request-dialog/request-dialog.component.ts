import type { BudgetPot, CourseLike, CourseRequest, Offering, ServerPlan } from '@leerbudget/contract';
import { isHttpError, isRequestRefusedError } from '@leerbudget/sdk';
import { planFunding, todayIsoDate } from '@leerbudget/sdk/funding';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { LbElement } from '../../base/lb-element.js';
import { sharedClient, type ClientSettings } from '../../data/shared-client.js';
import { LbRequestSubmitEvent } from '../../events/request-submit-event.js';
import { formatAlternatives, formatCount, formatDate, formatMoney } from '../../formatting/intl-format.js';
import { requestSharedMessages as shared } from '../request-shared/request-shared.messages.js';
import { lineText, writeFailureText } from '../request-shared/request-text.js';
import { hoursPlanText } from '../../labels/funding-reasons.js';
import { requestDialogMessages as t } from './request-dialog.messages.js';
import { requestDialogStyles } from './request-dialog.styles.js';
import { runAvailability, type RunAvailability } from './run-availability.js';

/** What the dialog is opened with. */
export interface RequestDialogOptions {
  course: CourseLike;
  /** The employee's pots now, for the plan shown before sending. */
  pots: readonly BudgetPot[];
  /** The client the opening widget uses, so every widget on the page sees the new reservation. */
  settings: ClientSettings;
  /** The run to select first (a learning-path step's planned run), when it can still be chosen. */
  offeringId?: string | null;
  /** Gets the focus back when the dialog closes. */
  trigger?: HTMLElement | null;
}

/** The plan the dialog shows: the browser's estimate, or the server's after a `409`. */
interface ShownPlan {
  lines: Array<{
    potId: string;
    potName: string;
    unit: 'money' | 'hours';
    amount: number;
    needsApproval: boolean;
    hr: boolean;
  }>;
  ownContribution: number;
  /** Hours no time pot pays; unknown (`undefined`) in the server's plan. */
  hoursUncovered?: number | undefined;
  fromServer: boolean;
}

/** A pot's `approver` naming HR sends the request to HR (the server decides the same way). */
const NAMES_HR = /\bhr\b/i;

/**
 * The "Aanvragen" dialog: choose a run, see what each pot pays and what the employee pays, add a
 * motivation and send. A native modal `<dialog>`: focus moves in, Escape closes, focus returns to the
 * button that opened it. The server's answer is the truth: a refusal shows its reason and plan, and what
 * was typed stays. Loaded only when someone clicks "Aanvragen" (see `open-request-dialog.ts`).
 *
 * @tagname lb-request-dialog
 * @summary The modal dialog behind "Aanvragen" in the course finder and the learning path.
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart send-button - "Verstuur aanvraag".
 * @csspart plan-lines - What each money pot pays.
 * @csspart plan-hours - The hours beside the money: "Scholingsuren geeft je 16 uur leertijd van je werk."
 *
 * @fires lb-request-submit - The server accepted the request (`detail.request`).
 * @fires lb-error - Sending failed for another reason than a refusal (`detail.error`, `detail.message`).
 */
export class LbRequestDialog extends LbElement {
  /** The dialog's styles: tokens with fallbacks, layout, focus and states. */
  static override styles = requestDialogStyles;

  static override properties: PropertyDeclarations = {
    _course: { state: true },
    _offeringId: { state: true },
    _motivation: { state: true },
    _sending: { state: true },
    _failure: { state: true },
    _motivationMissing: { state: true },
    _serverPlan: { state: true },
  };

  declare _course: CourseLike | undefined;
  declare _offeringId: string | undefined;
  declare _motivation: string;
  declare _sending: boolean;
  /** Why sending did not work; a function, so the text follows a language switch (it renders in `render()`). */
  declare _failure: (() => string) | undefined;
  /** The last attempt was refused for want of a motivation. */
  declare _motivationMissing: boolean;
  declare _serverPlan: { offeringId: string; plan: ServerPlan } | undefined;

  #pots: readonly BudgetPot[] = [];
  #settings: ClientSettings | undefined;
  #trigger: HTMLElement | null | undefined;
  readonly #onConnectivity = (): void => this.requestUpdate();

  constructor() {
    super();
    this._motivation = '';
    this._sending = false;
    this._motivationMissing = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.#onConnectivity);
    window.addEventListener('offline', this.#onConnectivity);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onConnectivity);
    window.removeEventListener('offline', this.#onConnectivity);
  }

  override clientSettings(): ClientSettings | undefined {
    return this.#settings;
  }

  /** Opens the dialog for `course`. Reopening for the same course keeps what was typed. */
  async open(options: RequestDialogOptions): Promise<void> {
    if (this._course?.id !== options.course.id) {
      this._motivation = '';
      this._serverPlan = undefined;
    }
    this._failure = undefined;
    this._course = options.course;
    this.#pots = options.pots;
    this.#settings = options.settings;
    this.#trigger = options.trigger;
    this._offeringId = this.#firstChoice(options.course.offerings, options.offeringId ?? undefined);
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const first =
      this.renderRoot.querySelector<HTMLElement>('input[name="run"]:checked') ??
      this.renderRoot.querySelector<HTMLElement>('#title');
    first?.focus();
  }

  /** Closes the dialog; the focus goes back to the button that opened it. */
  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  #firstChoice(offerings: readonly Offering[], preferred: string | undefined): string | undefined {
    const today = todayIsoDate();
    const open = offerings.filter((offering) => runAvailability(offering, today) === 'open');
    return (open.find((offering) => offering.id === preferred) ?? open[0])?.id;
  }

  get #offering(): Offering | undefined {
    return this._course?.offerings.find((offering) => offering.id === this._offeringId);
  }

  #plan(course: CourseLike, offering: Offering): ShownPlan {
    const server = this._serverPlan?.offeringId === offering.id ? this._serverPlan.plan : undefined;
    if (server) {
      const potById = new Map(this.#pots.map((pot) => [pot.id, pot]));
      return {
        lines: server.lines.map((line) => ({
          ...line,
          hr: NAMES_HR.test(potById.get(line.potId)?.rules.approver ?? ''),
        })),
        ownContribution: server.ownContribution,
        fromServer: true,
      };
    }
    const plan = planFunding(course, offering, this.#pots, { today: todayIsoDate() });
    return {
      lines: [...plan.lines, ...plan.hours.lines].map((line) => ({
        ...line,
        hr: NAMES_HR.test(line.approver ?? ''),
      })),
      ownContribution: plan.ownContribution,
      hoursUncovered: plan.hours.uncovered,
      fromServer: false,
    };
  }

  #onClose = (): void => {
    this._sending = false;
    const trigger = this.#trigger;
    // The card may have been re-rendered meanwhile; then the focus goes to the widget itself.
    if (trigger?.isConnected) trigger.focus();
  };

  #choose(offeringId: string): void {
    this._offeringId = offeringId;
    this._failure = undefined;
  }

  #onMotivation = (event: Event): void => {
    this._motivation = (event.target as HTMLTextAreaElement).value;
  };

  #onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const course = this._course;
    const offering = this.#offering;
    const settings = this.#settings;
    if (this._sending || !course || !offering || !settings) return;
    if (!navigator.onLine) {
      this._failure = shared.offline;
      return;
    }
    const plan = this.#plan(course, offering);
    if (plan.lines.length === 0) {
      this._failure = t.nothingPays;
      return;
    }
    const motivation = this._motivation.trim();
    if (!motivation && this.#askingForMotivation(plan).length > 0) {
      this.#missingMotivation();
      return;
    }
    this._sending = true;
    this._failure = undefined;
    this._motivationMissing = false;
    try {
      const request = await sharedClient(settings).requests.create({
        courseId: course.id,
        offeringId: offering.id,
        ...(motivation ? { motivation } : {}),
        expectedOwnContribution: plan.ownContribution,
      });
      this.#submitted(request);
    } catch (error) {
      this.#failed(error, offering.id);
    } finally {
      this._sending = false;
    }
  };

  /** The names of the paying pots whose rules ask for a motivation. */
  #askingForMotivation(plan: ShownPlan): string[] {
    const asking = new Set(this.#pots.filter((pot) => pot.rules.requiresMotivation === true).map((pot) => pot.id));
    return [...new Set(plan.lines.filter((line) => asking.has(line.potId)).map((line) => line.potName))];
  }

  #missingMotivation(): void {
    this._failure = t.motivationMissing;
    this._motivationMissing = true;
    this.renderRoot.querySelector<HTMLTextAreaElement>('#motivation')?.focus();
  }

  #submitted(request: CourseRequest): void {
    this._motivation = '';
    this._serverPlan = undefined;
    this.emit(new LbRequestSubmitEvent({ request }));
    this.close();
  }

  #failed(error: unknown, offeringId: string): void {
    // The server knows the pots' rules best: a pot the browser did not know asks for a motivation.
    if (isHttpError(error) && error.problem?.invalidParams?.some((param) => param.name === 'motivation')) {
      this.#missingMotivation();
      return;
    }
    if (isRequestRefusedError(error)) {
      if (error.plan) this._serverPlan = { offeringId, plan: error.plan };
    } else {
      this.announceError(error, false);
    }
    this._failure = () => writeFailureText(error);
  }

  #runFacts(offering: Offering): string {
    const locale = this.locale;
    const facts: string[] = [];
    facts.push(offering.location?.city ?? t.online());
    if (offering.seatsLeft != null && offering.seatsLeft > 0) {
      facts.push(offering.seatsLeft === 1 ? t.oneSeatLeft() : t.seatsLeft(formatCount(offering.seatsLeft, locale)));
    }
    if (offering.enrolmentDeadline) facts.push(t.deadline(formatDate(offering.enrolmentDeadline, locale)));
    return facts.join(' · ');
  }

  #runDates(offering: Offering): string {
    const locale = this.locale;
    if (!offering.start) return t.runAnyTime();
    if (!offering.end) return t.runStart(formatDate(offering.start, locale));
    return t.runDates(formatDate(offering.start, locale), formatDate(offering.end, locale));
  }

  #whyNot(availability: RunAvailability): string {
    if (availability === 'full') return t.full();
    if (availability === 'closed') return t.closed();
    return t.started();
  }

  #run(offering: Offering, index: number, today: string): TemplateResult {
    const availability = runAvailability(offering, today);
    const id = `run-${index}`;
    const unavailable = availability !== 'open';
    return html`<div class="run ${unavailable ? 'run--unavailable' : ''}">
      <input
        type="radio"
        name="run"
        id=${id}
        .checked=${offering.id === this._offeringId}
        ?disabled=${unavailable}
        aria-describedby=${`${id}-facts${unavailable ? ` ${id}-why` : ''}`}
        @change=${() => this.#choose(offering.id)}
      />
      <label for=${id}>${this.#runDates(offering)}</label>
      <p class="run-facts" id=${`${id}-facts`}>${this.#runFacts(offering)}</p>
      ${unavailable ? html`<p class="run-why" id=${`${id}-why`}>${this.#whyNot(availability)}</p>` : nothing}
    </div>`;
  }

  #planView(course: CourseLike, offering: Offering): TemplateResult {
    const locale = this.locale;
    const currency = course.price.currency;
    const plan = this.#plan(course, offering);
    const approving = plan.lines.filter((line) => line.needsApproval);
    const money = plan.lines.filter((line) => line.unit === 'money');
    const hours = this.#pots.some((pot) => pot.unit === 'hours')
      ? hoursPlanText(
          { lines: plan.lines.filter((line) => line.unit === 'hours'), uncovered: plan.hoursUncovered },
          locale,
        )
      : [];
    const approvers = [
      ...(approving.some((line) => !line.hr) ? [t.approvalByManager()] : []),
      ...(approving.some((line) => line.hr) ? [t.approvalByHr()] : []),
    ];
    return html`<section aria-labelledby="plan-title">
      <h3 id="plan-title">${t.planTitle()}</h3>
      ${plan.fromServer ? html`<p>${t.planFromServer()}</p>` : nothing}
      ${
        plan.lines.length === 0
          ? html`<p>${t.nothingPays()}</p>`
          : money.length > 0
            ? html`<ul class="plan-lines" part="plan-lines">
              ${money.map((line) => html`<li>${lineText(line, currency, locale)}</li>`)}
            </ul>`
            : nothing
      }
      ${hours.map((line) => html`<p class="plan-hours" part="plan-hours">${line}</p>`)}
      <p class="own" part="own">
        ${plan.ownContribution > 0 ? shared.ownPays(formatMoney(plan.ownContribution, currency, locale)) : shared.ownNothing()}
        ${course.price.vatIncluded ? shared.vatIncluded() : shared.vatExcluded()}
      </p>
      ${approvers.length > 0 ? approvers.map((line) => html`<p>${line}</p>`) : html`<p>${t.noApproval()}</p>`}
    </section>`;
  }

  #form(course: CourseLike): TemplateResult {
    const today = todayIsoDate();
    const offering = this.#offering;
    const asking = offering ? this.#askingForMotivation(this.#plan(course, offering)) : [];
    const required = asking.length > 0;
    const missing = required && this._motivationMissing;
    return html`<form @submit=${this.#onSubmit} novalidate>
      <fieldset>
        <legend>${t.chooseRun()}</legend>
        ${
          course.offerings.length === 0
            ? html`<p>${t.noRuns()}</p>`
            : course.offerings.map((run, index) => this.#run(run, index, today))
        }
      </fieldset>
      ${offering ? this.#planView(course, offering) : nothing}
      <label for="motivation">${t.motivation()}</label>
      <p class="hint" id="motivation-hint">
        ${required ? t.motivationRequired(formatAlternatives(asking, this.locale)) : t.motivationOptional()}
      </p>
      <textarea
        id="motivation"
        maxlength="2000"
        ?required=${required}
        aria-invalid=${missing ? 'true' : 'false'}
        aria-describedby="motivation-hint"
        .value=${this._motivation}
        @input=${this.#onMotivation}
      ></textarea>
      <div class="failure" part="failure" role="alert">${this._failure?.() ?? nothing}</div>
      <div class="actions">
        <button
          type="submit"
          class="lb-button send"
          part="send-button"
          aria-disabled=${this._sending || !offering ? 'true' : 'false'}
        >
          ${this._sending ? t.sending() : t.send()}
        </button>
        <button type="button" class="lb-button" @click=${() => this.close()}>${t.close()}</button>
      </div>
    </form>`;
  }

  override render(): TemplateResult {
    const course = this._course;
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.#onClose}>
      ${
        course
          ? html`<h2 id="title" tabindex="-1">${t.title(course.title)}</h2>
            ${navigator.onLine ? nothing : html`<p class="lb-notice" role="status">${shared.offline()}</p>`}
            ${this.#form(course)}`
          : nothing
      }
    </dialog>`;
  }
}
