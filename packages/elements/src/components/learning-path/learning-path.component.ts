import {
  SELF_COMPLETABLE_KINDS,
  type Budget,
  type Course,
  type LearningPath,
  type LearningStep,
} from '@leerbudget/contract';
import { isRequestRefusedError, planRoute, todayIsoDate, type RouteCost, type RouteStepCost } from '@leerbudget/sdk';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { LbElement } from '../../base/lb-element.js';
import { ResourceController, type ResourceState } from '../../data/resource-controller.js';
import { sharedClient, type ClientSettings } from '../../data/shared-client.js';
import { formatDate, formatHours } from '../../formatting/intl-format.js';
import { clamped } from '../../rendering/clamped-text.js';
import { fillWidth } from '../../rendering/fill-width.js';
import { courseHref } from '../../security/course-link.js';
import { warnOnce } from '../../base/warn-once.js';
import { errorMessage } from '../../states/status-messages.js';
import {
  renderEmpty,
  renderFreshness,
  renderLoaded,
  renderLoading,
  type LoadedState,
} from '../../states/status-views.js';
import { LbCourseSelectEvent } from '../../events/course-select-event.js';
import { renderCourseOutcomes } from '../../labels/course-outcomes.js';
import { pathMessages as t } from './learning-path.messages.js';
import { learningPathStyles } from './learning-path.styles.js';
import { renderRouteCost, renderStepCost } from './route-cost-view.js';
import { chooseCurrentPath, isOverdue, nextStep } from './route-position.js';
import { kindIcon, kindLabel, statusIcon, statusLabel } from './step-labels.js';
import { LbStepSelectEvent } from '../../events/step-select-event.js';
import { renderRequestAction } from '../request-action/request-action.js';
import { openRequestDialog } from '../request-action/open-request-dialog.js';
import { RequestsCapability } from '../request-action/requests-capability.js';

/** The two layouts of the learning path. */
export type LearningPathVariant = 'card' | 'full';
const VARIANTS: readonly LearningPathVariant[] = ['card', 'full'];

/**
 * Shows an employee's learning route: where they stand, what comes next, and what the rest of the route costs
 * in money and time after their budget pots. Renders the cached route at once, then refreshes it.
 *
 * Course prices come from `client.courses.get(id)` for the course steps still to do (in parallel, aborted when
 * the element goes away): a few small requests instead of the whole catalogue snapshot.
 *
 * @tagname lb-learning-path
 * @summary A learning route as a card (progress and next step) or in full (every step), with its cost.
 *
 * @csspart base - The box around everything.
 * @csspart label - The small title "Je leerroute".
 * @csspart chooser - The route selector, when the employee has several routes.
 * @csspart title - The route's title.
 * @csspart goal - The route's goal.
 * @csspart owner - Who set the route.
 * @csspart progress - The progress bar (it carries `role="progressbar"`).
 * @csspart fill - The filled part of the progress bar.
 * @csspart next-step - The highlighted next step with what to do.
 * @csspart course-link - The link to a course's page.
 * @csspart outcomes - What a course step leads to: its level, credential and skills (`skills` is the list).
 * @csspart course-button - "Bekijk de cursus" when there is no link (fires `lb-course-select`).
 * @csspart steps - The list of all steps (full variant).
 * @csspart step - One step (full variant).
 * @csspart step-button - A step's title; opens what to do (fires `lb-step-select`).
 * @csspart step-cost - The price of a course step and who pays it (full variant).
 * @csspart overdue - "Te laat: dit moest af op …".
 * @csspart cost - What the route costs after the pots.
 * @csspart outcomes - The skills or certificates the route leads to.
 * @csspart state - Loading, empty and error boxes (also `state-loading`, `state-empty`, `state-error`).
 * @csspart notice - "Bijgewerkt om 10:42" and offline notices beside stale data.
 * @csspart retry-button - The "Opnieuw proberen" button.
 *
 * @cssproperty --lb-learning-path-fill - Progress bar colour. Default `--lb-color-primary`.
 * @cssproperty --lb-learning-path-track - Colour of the empty bar. Default `--lb-color-track`.
 * @cssproperty --lb-learning-path-accent - Border of the next step. Default `--lb-color-primary`.
 * @cssproperty --lb-learning-path-overdue-color - Colour of "Te laat". Default `--lb-color-danger`.
 * @cssproperty --lb-learning-path-background - Background. Default `--lb-color-surface`.
 * @cssproperty --lb-learning-path-border-color - Border colour. Default `--lb-color-border`.
 * @cssproperty --lb-learning-path-padding - Inner space. Default `--lb-space-3`.
 *
 * @csspart request-button - "Aanvragen" on a course step: opens the request dialog (when the API takes requests).
 * @csspart done-button - "Markeer als gedaan" on a workplace, coaching or reading step (when the API lets the
 *   employee mark steps done); the route's progress follows, and a polite live region says so.
 * @csspart request-status - "Je aanvraag staat bij Lisa de Boer." after a request (a polite live region).
 *
 * @fires lb-request-submit - The employee sent a request for a step's course (`detail.request`).
 * @fires lb-step-select - The employee opens a step (`detail.path`, `detail.step`).
 * @fires lb-course-select - The employee wants to see a course that has no safe link (`detail.courseId`, `detail.course`).
 * @fires lb-issue - A route from the API did not match the contract and is left out (`detail.id`, `detail.field`).
 * @fires lb-error - Loading failed (`detail.error`, `detail.message`, `detail.stale` when older data stays).
 */
export class LbLearningPath extends LbElement {
  /** The learning path's styles: tokens with fallbacks, layout, focus and states. */
  static override styles = learningPathStyles;

  static override properties: PropertyDeclarations = {
    chosenPathId: { state: true },
    openStepId: { state: true },
    marking: { state: true },
    marked: { state: true },
    pathId: { attribute: 'path-id' },
    variant: { reflect: true },
  };

  readonly #paths = new ResourceController<LearningPath[]>(
    this,
    (client, listener, signal) => client.learningPaths.watch(listener, { signal }),
    (state) => this.announceLoadFailure(state),
    'LearningPath',
  );

  readonly #budget = new ResourceController<Budget>(
    this,
    (client, listener, signal) => client.budget.watch(listener, { signal }),
    (state) => this.announceLoadFailure(state),
  );

  readonly #requests = new RequestsCapability(this, () => this.#budget.state.status === 'fresh');

  /** The courses of the steps still to do, by id; a course that failed to load is left out (its price is unknown). */
  readonly #courses = new Task(this, {
    task: async ([apiBase, cache, courseIds], { signal }): Promise<Map<string, Course>> => {
      if (!apiBase || !cache || courseIds === '') return new Map();
      const client = sharedClient({ apiBase, cache });
      const results = await Promise.allSettled(courseIds.split('\n').map((id) => client.courses.get(id, { signal })));
      signal.throwIfAborted();
      return new Map(
        results.flatMap((result) => (result.status === 'fulfilled' ? [[result.value.id, result.value]] : [])),
      );
    },
    args: () => {
      const settings: ClientSettings | undefined = this.clientSettings();
      return [settings?.apiBase, settings?.cache, this.#courseIds()] as const;
    },
  });

  /** The route picked in the selector. */
  declare private chosenPathId?: string;

  /** The step whose details are open (full variant). */
  declare private openStepId?: string;

  /** The step being marked done, then the one marked (its button stays unusable until the route reloads), or why it failed. */
  declare private marking?: { stepId: string; failed?: { error: unknown } };

  /** The step last marked done and the route the API answered, spoken with its new progress. */
  declare private marked?: { title: string; path: LearningPath };

  /** Show this route (its id). Without it: the employee's current route, with a selector when there are several. */
  declare pathId?: string;

  /** `card`: progress, next step and cost. `full`: also every step in order with its status, due date and cost. */
  variant: LearningPathVariant = 'card';

  override connectedCallback(): void {
    super.connectedCallback();
    // A removal aborted the course requests; load them again (the task would not, its arguments are the same).
    if (this.#courses.status === TaskStatus.ERROR) void this.#courses.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#courses.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant') && !VARIANTS.includes(this.variant)) {
      warnOnce(`variant:${this.variant}`, `<lb-learning-path variant="${this.variant}"> is unknown; use card or full.`);
    }
  }

  #retry = (): void => this.refresh();

  #pathOf(paths: readonly LearningPath[]): LearningPath | undefined {
    return chooseCurrentPath(paths, { required: this.pathId, preferred: this.chosenPathId });
  }

  #currentPath(): LearningPath | undefined {
    const paths = this.#paths.state.status === 'loading' ? undefined : this.#paths.state.data;
    return paths ? this.#pathOf(paths) : undefined;
  }

  /** The course ids of the steps still to do, one per line: the task's argument, compared as one string. */
  #courseIds(): string {
    const steps = this.#currentPath()?.steps ?? [];
    const ids = steps.flatMap((step) => (step.status !== 'done' && step.courseId ? [step.courseId] : []));
    return [...new Set(ids)].join('\n');
  }

  #choose(event: Event): void {
    this.chosenPathId = (event.target as HTMLSelectElement).value;
    this.openStepId = undefined;
  }

  #toggleStep(path: LearningPath, step: LearningStep): void {
    const opening = this.openStepId !== step.id;
    this.openStepId = opening ? step.id : undefined;
    if (opening) this.emit(new LbStepSelectEvent({ path, step }));
  }

  /**
   * Marks the step done, then moves focus to `focusAfter`: the button stays until the route reloads, and on the
   * card it then belongs to the next step, so focus must not stay on it.
   */
  async #markDone(path: LearningPath, step: LearningStep, focusAfter: string): Promise<void> {
    const settings = this.clientSettings();
    if (!settings || (this.marking?.stepId === step.id && !this.marking.failed)) return;
    this.marking = { stepId: step.id };
    try {
      const updated = await sharedClient(settings).learningPaths.completeStep(path.id, step.id);
      this.marked = { title: step.title, path: updated };
      this.renderRoot.querySelector<HTMLElement>(focusAfter)?.focus();
    } catch (error) {
      this.marking = { stepId: step.id, failed: { error } };
      this.announceError(error, true);
    }
  }

  /** "Klaar: …" with the new progress, only while that route is shown (not after a switch of route or employee). */
  #markedText(): string | typeof nothing {
    const marked = this.marked;
    if (!marked || this.#currentPath()?.id !== marked.path.id) return nothing;
    return `${t.markedDone(marked.title)} ${this.#progressText(marked.path)}`;
  }

  /** Why marking a step failed, in words of the widget's language: a step only someone else marks done, or the error. */
  #markFailure(error: unknown): string {
    const refused = isRequestRefusedError(error) && error.reasons[0]?.code === 'not-self-completable';
    return refused ? t.notSelfCompletable() : errorMessage(error);
  }

  /** "Markeer als gedaan" for a workplace, coaching or reading step still to do, when the API takes it. */
  #doneAction(path: LearningPath, step: LearningStep, focusAfter: string): TemplateResult | typeof nothing {
    if (!this.#requests.completesSteps || step.status === 'done' || !SELF_COMPLETABLE_KINDS.includes(step.kind))
      return nothing;
    const marking = this.marking?.stepId === step.id ? this.marking : undefined;
    return html`<button type="button" class="lb-button" part="done-button"
        aria-disabled=${marking && !marking.failed ? 'true' : 'false'} @click=${() => this.#markDone(path, step, focusAfter)}>
        ${t.markDone()}
      </button>
      ${marking?.failed ? html`<p class="line" role="alert">${this.#markFailure(marking.failed.error)}</p>` : nothing}`;
  }

  #number(value: number): string {
    return value.toLocaleString(this.locale, { maximumFractionDigits: 1 });
  }

  #chooser(paths: readonly LearningPath[], current: LearningPath): TemplateResult | typeof nothing {
    if (this.pathId || paths.length < 2) return nothing;
    return html`<p class="chooser" part="chooser">
      <label for="choose">${t.choose()}</label>
      <select id="choose" @change=${this.#choose}>
        ${paths.map((path) => html`<option value=${path.id} ?selected=${path.id === current.id}>${path.title}</option>`)}
      </select>
    </p>`;
  }

  #owner(owner: LearningPath['owner']): string | undefined {
    if (owner === 'self') return t.ownerSelf();
    if (owner === 'manager') return t.ownerManager();
    if (owner === 'hr') return t.ownerHr();
    return undefined;
  }

  #progressText({ progress }: LearningPath): string {
    const { stepsDone, stepsTotal, hoursDone, hoursTotal } = progress;
    return t.progress(
      this.#number(stepsDone),
      this.#number(stepsTotal),
      this.#number(hoursDone),
      this.#number(hoursTotal),
    );
  }

  #progress(path: LearningPath): TemplateResult {
    const { stepsDone, stepsTotal } = path.progress;
    const text = this.#progressText(path);
    return html`<p class="line">${text}</p>
      <div
        class="lb-track"
        part="progress"
        role="progressbar"
        aria-label=${t.progressLabel()}
        aria-valuemin="0"
        aria-valuemax=${stepsTotal}
        aria-valuenow=${Math.min(stepsDone, stepsTotal)}
        aria-valuetext=${text}
      >
        <div class="lb-fill" part="fill" ${fillWidth(stepsTotal > 0 ? stepsDone / stepsTotal : 0)}></div>
      </div>`;
  }

  /** Kind, status, hours and due date in words (with icons beside the words, never instead of them). */
  #stepFacts(step: LearningStep): TemplateResult {
    const locale = this.locale;
    const due = step.due ? formatDate(step.due, locale) : undefined;
    const overdue = isOverdue(step, todayIsoDate());
    return html`<p class="facts small">
      <span class="fact">${kindIcon(step.kind)}${kindLabel(step.kind)}</span>
      <span class="fact status-${step.status}">${statusIcon(step.status)}${statusLabel(step.status)}</span>
      <span class="fact">${formatHours(step.estimatedHours, locale)}</span>
      ${due && !overdue && step.status !== 'done' ? html`<span class="fact">${t.due(due)}</span>` : nothing}
    </p>
    ${due && overdue ? html`<p class="overdue" part="overdue">${t.overdue(due)} ${t.overdueNext()}</p>` : nothing}`;
  }

  /** What to do for a step: its instructions, and for a course a link to its page (or an event for the host). */
  #stepAction(step: LearningStep): TemplateResult {
    const instructions = step.instructions ? html`<p class="line">${clamped(step.instructions)}</p>` : nothing;
    if (step.kind !== 'course' && !step.courseId)
      return html`<p class="line">${clamped(step.instructions ?? t.whatToDo())}</p>`;
    if (!step.courseId) return html`${instructions}<p class="line">${t.chooseCourse()}</p>`;
    const course = this.#courses.value?.get(step.courseId);
    const outcomes = course ? renderCourseOutcomes(course) : nothing;
    const href = courseHref(course?.url);
    if (href)
      return html`${instructions}${outcomes}<a class="action" part="course-link" href=${href}>${t.viewCourse()}</a>`;
    const courseId = step.courseId;
    const select = () => this.emit(new LbCourseSelectEvent({ courseId, ...(course ? { course } : {}) }));
    return html`${instructions}${outcomes}<button type="button" class="lb-button" part="course-button" @click=${select}>${t.viewCourse()}</button>`;
  }

  /** "Aanvragen" for a course step that is still to do, once its course and the budget are known. */
  #requestAction(step: LearningStep): TemplateResult | typeof nothing {
    const course = step.courseId ? this.#courses.value?.get(step.courseId) : undefined;
    const budget = this.#budget.state;
    const pots = budget.status === 'loading' ? undefined : budget.data?.pots;
    const settings = this.clientSettings();
    if (!this.#requests.available || step.status === 'done' || !course || !pots || !settings) return nothing;
    const onRequest = (button: HTMLElement) =>
      openRequestDialog(this.renderRoot as ShadowRoot, {
        course,
        pots,
        settings,
        offeringId: step.offeringId ?? null,
        trigger: button,
      }).catch((error: unknown) => this.announceError(error, false));
    return html`<div class="request">
      ${renderRequestAction({ submitted: this.#requests.submitted.get(course.id), onRequest })}
    </div>`;
  }

  #next(path: LearningPath): TemplateResult {
    const step = nextStep(path);
    if (!step) return html`<p class="next" part="next-step">${t.finished()}</p>`;
    return html`<div class="next" part="next-step">
      ${this.#heading(clamped(t.next(step.title)))} ${this.#stepFacts(step)} ${this.#stepAction(step)} ${this.#requestAction(step)}
      ${this.#doneAction(path, step, '[data-focus-home]')}
    </div>`;
  }

  #steps(path: LearningPath, cost: RouteCost | undefined): TemplateResult {
    const next = nextStep(path);
    const costs = new Map<string, RouteStepCost>(cost?.steps.map((stepCost) => [stepCost.step.id, stepCost]));
    return html`<div>
      ${this.#heading(t.steps())}
      <ol class="steps lb-plain-list" part="steps">
        ${path.steps.map((step, index) => {
          const open = this.openStepId === step.id;
          const doneAction = this.#doneAction(path, step, `.step:nth-child(${index + 1}) .step-button`);
          const stepCost = costs.get(step.id);
          return html`<li class="step ${step === next ? 'is-next' : ''}" part="step" aria-current=${step === next ? 'step' : nothing}>
            <button type="button" class="lb-text-button step-button" part="step-button" aria-expanded=${open ? 'true' : 'false'}
              @click=${() => this.#toggleStep(path, step)}>${clamped(step.title, { focusable: false })}</button>
            ${this.#stepFacts(step)}
            ${stepCost ? renderStepCost(stepCost, this.locale) : nothing}
            ${open ? html`${this.#stepAction(step)} ${this.#requestAction(step)} ${doneAction}` : nothing}
          </li>`;
        })}
      </ol>
    </div>`;
  }

  /** The route's cost, once the budget and the course prices are known. */
  #cost(path: LearningPath): { view: TemplateResult; cost?: RouteCost } {
    const budget = this.#budget.state;
    const wrap = (content: TemplateResult) => html`<div class="cost" part="cost">
      ${this.#heading(t.costTitle())} ${content}
    </div>`;
    if (budget.status === 'error' && !budget.data)
      return { view: wrap(html`<p class="line">${errorMessage(budget.error)}</p>`) };
    const courses = this.#courses.value;
    // While the API is asked about requests too, so the steps' "Aanvragen" and the cost appear together.
    const waiting = this.#courses.status !== TaskStatus.COMPLETE || !courses || this.#requests.pending;
    if (budget.status === 'loading' || !budget.data || waiting) {
      return { view: wrap(renderLoading(t.costLoading())) };
    }
    const cost = planRoute(path, courses, budget.data.pots, { today: todayIsoDate() });
    return { view: wrap(renderRouteCost(cost, this.locale)), cost };
  }

  #outcomes(path: LearningPath): TemplateResult | typeof nothing {
    if (path.outcomes.length === 0) return nothing;
    return html`<div part="outcomes">
      ${this.#heading(t.outcomes())}
      <ul class="outcomes">${path.outcomes.map((outcome) => html`<li>${clamped(outcome)}</li>`)}</ul>
    </div>`;
  }

  #route(paths: readonly LearningPath[], path: LearningPath): TemplateResult {
    const owner = this.#owner(path.owner);
    const { view: costView, cost } = this.#cost(path);
    return html`
      ${this.#chooser(paths, path)}
      <div class="title lb-heading" part="title" role="heading" aria-level=${this.headingLevelOf()}>${clamped(path.title)}</div>
      ${path.goal ? html`<p class="line" part="goal">${clamped(t.goal(path.goal))}</p>` : nothing}
      ${owner ? html`<p class="line muted" part="owner">${owner}</p>` : nothing}
      ${this.#progress(path)} ${this.#next(path)} ${this.variant === 'full' ? this.#steps(path, cost) : nothing}
      ${costView} ${this.#outcomes(path)}
    `;
  }

  #content(state: ResourceState<LearningPath[]>): TemplateResult {
    return renderLoaded(state, this.#retry, (loaded) => this.#loaded(loaded));
  }

  #loaded(state: LoadedState<LearningPath[]>): TemplateResult {
    const notice = renderFreshness(state, this.#retry);
    const path = this.#pathOf(state.data);
    if (!path) {
      const empty = this.pathId ? renderEmpty(t.notFound(), t.notFoundNext()) : renderEmpty(t.empty(), t.emptyNext());
      return html`${empty}${notice}`;
    }
    return html`${this.#route(state.data, path)}${notice}`;
  }

  /** Loads the route and budget again, e.g. after an error. */
  refresh(): void {
    this.#paths.retry();
    this.#budget.retry();
  }

  /** A section heading inside the card: one level below the route's title, and no landmark of its own. */
  #heading(content: unknown): TemplateResult {
    return html`<div class="heading lb-heading" role="heading" aria-level=${this.headingLevelOf(1)}>${content}</div>`;
  }

  override render(): TemplateResult {
    return html`<div class="base" part="base" lang=${this.locale}>
      <p class="label" part="label" tabindex="-1" data-focus-home>${t.title()}</p>
      ${this.#content(this.#paths.state)}
      <p class="lb-visually-hidden" role="status">${this.#markedText()}</p>
    </div>`;
  }
}
