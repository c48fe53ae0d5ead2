import type { CourseRequest } from '@leerbudget/contract';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { LbElement } from '../../base/lb-element.js';
import { ResourceController } from '../../data/resource-controller.js';
import { renderEmpty, renderFreshness, renderLoaded } from '../../states/status-views.js';
import { requestListStyles } from './request-list.styles.js';
import { writeFailureText } from './request-text.js';

/** The list's own copy: its title, and what it says while loading and when it lists nothing. */
export interface RequestListTexts {
  title: () => string;
  loading: () => string;
  empty: () => string;
  /** What to do next when the list is empty (the `.next` sibling of `empty`). */
  emptyNext: () => string;
}

/**
 * What `<lb-my-requests>` and `<lb-approvals>` share: a titled box over the requests the SDK watches, a
 * status line that confirms what was done, a problem shown at the request it is about, and the loading,
 * error and empty states. A subclass says which requests it watches and renders one of them.
 */
export abstract class LbRequestList extends LbElement {
  /** The list's styles: tokens with fallbacks, layout, focus and states. */
  static override styles = requestListStyles;

  static override properties: PropertyDeclarations = {
    _busy: { state: true },
    _confirmation: { state: true },
    _problem: { state: true },
  };

  protected readonly requests = new ResourceController<CourseRequest[]>(
    this,
    (client, listener, signal) => client[this.resource].watch(listener, { signal }),
    (state) => this.announceLoadFailure(state),
    'CourseRequest',
  );

  /** A write (a decision, a cancel) is on its way. */
  declare _busy: boolean;
  /** The status line; texts are functions so they render in the widget's language. */
  declare _confirmation: (() => string) | undefined;
  /** Why the last write did not work, at the request it was about. */
  declare _problem: { id: string; text: () => string } | undefined;

  constructor() {
    super();
    this._busy = false;
  }

  protected override willUpdate(): void {
    // Loading again after a user switch: what was said to the previous employee goes too.
    if (!this.reloading) return;
    this._confirmation = undefined;
    this._problem = undefined;
  }

  /** The requests are loading from the start: a first load, a user switch or another client. */
  protected get reloading(): boolean {
    return this.requests.state.status === 'loading';
  }

  /** The SDK resource this widget lists: the employee's own requests, or the approver's queue. */
  protected abstract readonly resource: 'requests' | 'approvals';

  protected abstract readonly texts: RequestListTexts;

  protected abstract renderRequest(request: CourseRequest, index: number): TemplateResult;

  /** The control in the empty state, if the widget has one. */
  protected emptyAction(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** The requests to list; all loaded ones unless a subclass leaves some out. */
  protected listed(requests: CourseRequest[]): CourseRequest[] {
    return requests;
  }

  /** Shows why a write for request `id` failed, at that request, and fires `lb-error` (the list stays). */
  protected showFailure(id: string, error: unknown): void {
    this._problem = { id, text: () => writeFailureText(error) };
    this.announceError(error, true);
  }

  /** Focuses `selector` inside request `id`'s card; `false` when the card has no such element (any more). */
  protected focusIn(id: string, selector: string): boolean {
    const target = this.renderRoot.querySelector<HTMLElement>(`[data-request="${CSS.escape(id)}"] ${selector}`);
    target?.focus();
    return target !== null;
  }

  /** The alert region of request `id`'s card: empty until a write for it fails. */
  protected renderProblem(id: string): TemplateResult {
    return html`<p class="problem" role="alert">${this._problem?.id === id ? this._problem.text() : ''}</p>`;
  }

  /** Loads the requests again, e.g. after an error. */
  refresh(): void {
    this.requests.retry();
  }

  #retry = (): void => this.refresh();

  #list(requests: CourseRequest[]): TemplateResult {
    if (requests.length === 0) return renderEmpty(this.texts.empty(), this.texts.emptyNext(), this.emptyAction());
    return html`<ul class="items">${requests.map((request, index) => this.renderRequest(request, index))}</ul>`;
  }

  override render(): TemplateResult {
    const content = renderLoaded(
      this.requests.state,
      this.#retry,
      (loaded) => html`${this.#list(this.listed(loaded.data))}${renderFreshness(loaded, this.#retry)}`,
      this.texts.loading(),
    );
    return html`<section class="base" part="base" aria-labelledby="title">
      <h2 id="title" tabindex="-1">${this.texts.title()}</h2>
      <p class="confirmation" role="status">${this._confirmation?.() ?? nothing}</p>
      ${content}
    </section>`;
  }
}
