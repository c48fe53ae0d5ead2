import type { Budget, BudgetPot } from '@leerbudget/contract';
import {
  FACET_NAMES,
  isHttpError,
  type CatalogueHit,
  type CatalogueIndex,
  type CatalogueSearchResult,
  type CatalogueSort,
  type CatalogueState,
  type FacetCount,
  type FacetName,
} from '@leerbudget/sdk';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { LbElement } from '../../base/lb-element.js';
import { formatCount } from '../../formatting/intl-format.js';
import { ResourceController, type ResourceState } from '../../data/resource-controller.js';
import type { ClientSettings } from '../../data/shared-client.js';
import { LbCourseSelectEvent } from '../../events/course-select-event.js';
import {
  renderEmpty,
  renderFreshness,
  renderLoaded,
  renderLoading,
  renderSideNotice,
  type LoadedState,
} from '../../states/status-views.js';
import { finderMessages as t } from './course-finder.messages.js';
import { courseFinderStyles } from './course-finder.styles.js';
import { renderFilterPanel } from './filter-panel.js';
import { FinderController } from './finder-controller.js';
import { SORTS, activeFilterCount, emptyFilters, toggleAvailability, toggleFacetValue } from './finder-filters.js';
import { renderResultCard } from './result-card.js';
import { renderSearchCombobox } from './search-combobox.js';
import { numberOf } from './url-state.js';
import { openRequestDialog } from '../request-action/open-request-dialog.js';
import { RequestsCapability } from '../request-action/requests-capability.js';
import { VendorSchemes } from './vendor-schemes.js';

/**
 * Finds courses in the catalogue and shows what each costs the employee after all their budget pots.
 * On a vendor's public site (`provider="…"`) it lists that provider's courses for anyone, with no
 * login and no personal data. Search, facets and funding plans run in the browser.
 *
 * @tagname lb-course-finder
 * @summary Course search with typeahead, facets with counts, ranges, "fits my budget" and funding plans.
 *
 * @csspart base - The box around everything.
 * @csspart search - The search area; `search-input` is the text box, `suggestions` / `suggestion` its list.
 * @csspart filters - The filter panel; `facet-group`, `range-group`, `fits-budget`, `policy`, `clear-filters` inside.
 * @csspart count - The result count (a polite live region).
 * @csspart sort - The sort select.
 * @csspart results - The list of result cards.
 * @csspart card - One result; `card-title`, `provider`, `facts`, `price`, `scheme-price`, `outcomes`, `skills`,
 *   `badges`, `badge`, `actions` inside.
 * @csspart plan - What the pots pay; `plan-verdict`, `plan-summary`, `plan-hours`, `plan-reasons` inside.
 * @csspart choose-button - "Kies deze cursus".
 * @csspart course-link - "Meer informatie", the course page (https only).
 * @csspart show-more - "Toon meer".
 * @csspart state - Loading, empty and error boxes (also `state-loading`, `state-empty`, `state-error`).
 * @csspart notice - "Bijgewerkt om 10:42" and offline notices beside stale data.
 * @csspart retry-button - The "Opnieuw proberen" button.
 *
 * @cssproperty --lb-course-finder-background - Background. Default `--lb-color-surface`.
 * @cssproperty --lb-course-finder-border-color - Borders of cards and fields. Default `--lb-color-border`.
 * @cssproperty --lb-course-finder-covered-color - The "fits your budget" verdict. Default `#1a7f37`.
 * @cssproperty --lb-course-finder-filters-width - Width of the filter column on wide screens. Default `16rem`.
 *
 * @csspart request-button - "Aanvragen": opens the request dialog (when the API takes requests).
 * @csspart request-status - "Je aanvraag staat bij Lisa de Boer." after a request (a polite live region).
 *
 * @fires lb-course-select - The visitor chose a course (`detail.courseId`, `course`, `offering`, `plan`).
 * @fires lb-request-submit - The employee sent a request from a card and the server accepted it (`detail.request`).
 * @fires lb-issue - A course from the API did not match the contract and is left out (`detail.id`, `detail.field`).
 * @fires lb-error - The catalogue could not be loaded (`detail.error`, `detail.message`, `detail.stale`).
 */
export class LbCourseFinder extends LbElement {
  /** The finder's styles: tokens with fallbacks, layout, focus and states. */
  static override styles = courseFinderStyles;

  static override properties: PropertyDeclarations = {
    provider: {},
    topics: {},
    minHours: { attribute: 'min-hours' },
    certifiedOnly: { attribute: 'certified-only', type: Boolean },
    pageSize: { attribute: 'page-size' },
    syncUrl: { attribute: 'sync-url', type: Boolean },
  };

  readonly #catalogue = new ResourceController<CatalogueState>(
    this,
    // In vendor mode the API sends only that provider's catalogue (`?provider=`), cached apart.
    (client, listener, signal) =>
      client.catalogue.watch(listener, { signal, ...(this.provider ? { provider: this.provider } : {}) }),
    (state) => this.announceLoadFailure(state),
    'Course',
  );

  // In vendor mode this never starts: the finder asks for nothing personal (and its client has no token).
  readonly #budget = new ResourceController<Budget>(this, (client, listener, signal) => {
    if (!this.#vendorMode) client.budget.watch(listener, { signal });
  });

  readonly #requests = new RequestsCapability(this, () => !this.#vendorMode && this.#budget.state.status === 'fresh');

  readonly #schemes = new VendorSchemes(this, () => this.#vendorMode);

  readonly #finder = new FinderController(this, { index: () => this.#index, pots: () => this.#pots });
  /** After "Toon meer": the first new card's button takes the focus once it is rendered. */
  #focusPosition: number | undefined;
  /** Filter groups the visitor folded shut. */
  #folded = new Set<string>();
  /** In a narrow container the filters hide behind "Filters (n)"; this opens them. */
  #filtersOpen = false;

  /**
   * Vendor mode: show only this provider's courses (its provider id), for anyone. No login, no
   * personal data: the finder uses a client without a token and never asks for a budget.
   */
  declare provider?: string | null;

  /** Employer policy: only these topics (comma-separated), e.g. `installatietechniek, veiligheid`. */
  declare topics?: string;

  /** Employer policy: only courses of at least this many hours. */
  declare minHours?: string;

  /** Employer policy: only providers with a quality mark (NRTO, CEDEO, NVAO). */
  declare certifiedOnly: boolean;

  /** Results per page before "Toon meer"; default 20, at most 100. */
  declare pageSize?: string;

  /** Keep the search and filters in the page URL (`?lb-q=…`), so a search can be shared. */
  declare syncUrl: boolean;

  constructor() {
    super();
    this.certifiedOnly = false;
    this.syncUrl = false;
  }

  get #vendorMode(): boolean {
    return this.#finder.vendorMode;
  }

  /** Vendor mode gets its own client without a token, even on a page where an employee is signed in. */
  override clientSettings(): ClientSettings | undefined {
    const settings = super.clientSettings();
    return settings && this.#vendorMode ? { ...settings, anonymous: true } : settings;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const shapesQuery = ['provider', 'topics', 'minHours', 'certifiedOnly', 'pageSize'] as const;
    if (shapesQuery.some((name) => changed.has(name))) this.#finder.queryShapeChanged();
    if (changed.has('provider') && changed.get('provider') !== undefined) this.#catalogue.resubscribe();
  }

  protected override updated(): void {
    if (this.#focusPosition === undefined) return;
    const button = this.renderRoot.querySelector<HTMLElement>(`[data-position="${this.#focusPosition}"] .choose`);
    this.#focusPosition = undefined;
    button?.focus();
  }

  /** Loads the catalogue (and the budget) again, e.g. after an error. */
  refresh(): void {
    this.#catalogue.retry();
    this.#budget.retry();
  }

  /** The employee's pots, when their budget is known (never in vendor mode). */
  get #pots(): readonly BudgetPot[] | undefined {
    if (this.#vendorMode) return undefined;
    const state = this.#budget.state;
    return state.status === 'loading' ? undefined : state.data?.pots;
  }

  get #index(): CatalogueIndex | undefined {
    const state = this.#catalogue.state;
    return state.status === 'loading' ? undefined : state.data?.index;
  }

  #onChoose = (hit: CatalogueHit): void => {
    this.emit(
      new LbCourseSelectEvent({
        courseId: hit.course.id,
        course: hit.course,
        offering: hit.nextOffering,
        ...(hit.plan ? { plan: hit.plan } : {}),
      }),
    );
  };

  #onRequest = (hit: CatalogueHit, button: HTMLElement): void => {
    const settings = this.clientSettings();
    const pots = this.#pots;
    if (!settings || !pots) return;
    openRequestDialog(this.renderRoot as ShadowRoot, { course: hit.course, pots, settings, trigger: button }).catch(
      (error: unknown) => this.announceError(error, false),
    );
  };

  #retry = (): void => this.refresh();

  #onInput = (event: InputEvent): void => this.#finder.typeText((event.target as HTMLInputElement).value);

  #onSearchKey = (event: KeyboardEvent): void => {
    if (this.#finder.searchKey(event.key)) event.preventDefault();
  };

  #onSearchBlur = (): void => this.#finder.closeSuggestions();

  #pick = (position: number): void => this.#finder.pick(position);

  #onSort = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    this.#finder.setSort(SORTS.find((candidate) => candidate === value) ?? 'relevance');
  };

  #onRange = (range: 'priceEuros' | 'hours', end: 'min' | 'max', text: string): void =>
    this.#finder.setRange(range, end, numberOf(text));

  #onExpand = (facet: FacetName): void => this.#finder.toggleExpanded(facet);

  #onFold = (group: string): void => {
    if (!this.#folded.delete(group)) this.#folded.add(group);
    this.requestUpdate();
  };

  #toggleFilters = (): void => {
    this.#filtersOpen = !this.#filtersOpen;
    this.requestUpdate();
  };

  /** The skip link: links to an id do not work inside a shadow root, so it moves focus itself. */
  #toResults = (event: Event): void => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#finder-results-title')?.focus();
  };

  #onShowMore = (): void => {
    this.#focusPosition = this.#finder.shown;
    this.#finder.showMore();
  };

  #visibleFacets(result: CatalogueSearchResult): Array<[FacetName, readonly FacetCount[]]> {
    // In vendor mode every course has the same provider: that group would only repeat the page's name.
    const names = FACET_NAMES.filter((name) => !(this.#vendorMode && name === 'provider'));
    return names.map((name) => [name, result.facets[name] ?? []]);
  }

  #sortSelect(): TemplateResult {
    const budgetKnown = this.#pots !== undefined;
    const labels: Record<CatalogueSort, () => string> = {
      relevance: t.sortRelevance,
      price: t.sortPrice,
      'own-contribution': t.sortOwn,
      'start-date': t.sortStart,
      duration: t.sortDuration,
    };
    const sorts = SORTS.filter((sort) => budgetKnown || sort !== 'own-contribution');
    return html`<label class="sort" part="sort">
      <span>${t.sort()}</span>
      <select @change=${this.#onSort}>
        ${sorts.map((sort) => html`<option value=${sort} ?selected=${this.#finder.filters.sort === sort}>${labels[sort]()}</option>`)}
      </select>
    </label>`;
  }

  #countText(result: CatalogueSearchResult): string {
    if (result.textPending) return t.preparing();
    return t.count(result.total, formatCount(result.total, this.locale));
  }

  #notices(state: ResourceState<CatalogueState>): TemplateResult {
    const catalogueNotice = renderFreshness(state, this.#retry);
    const budget = this.#budget.state;
    // No token (401) simply means nobody is signed in: the finder then works without a budget.
    const budgetFailed =
      !this.#vendorMode &&
      budget.status === 'error' &&
      !budget.data &&
      !(isHttpError(budget.error) && budget.error.status === 401);
    return html`${catalogueNotice}${
      budgetFailed && budget.status === 'error'
        ? renderSideNotice(`${t.budgetUnavailable()} ${t.budgetUnavailableNext()}`, budget.error, () =>
            this.#budget.retry(),
          )
        : nothing
    }${this.#paidByNotice()}`;
  }

  /** "Je ziet alleen cursussen die … nog betaalt", when the finder was opened from the meter's expiry nudge. */
  #paidByNotice(): TemplateResult | typeof nothing {
    const filters = this.#finder.filters;
    const pot = filters.paidBy ? this.#pots?.find((candidate) => candidate.id === filters.paidBy) : undefined;
    if (!pot) return nothing;
    return html`<div class="lb-notice" part="notice">
      <p class="lb-notice__text">${t.paidBy(pot.name)}</p>
      <button type="button" class="lb-button" @click=${() => this.#finder.setFilters({ ...filters, paidBy: '' })}>
        ${t.allCourses()}
      </button>
    </div>`;
  }

  #results(result: CatalogueSearchResult, catalogueSize: number): TemplateResult {
    if (catalogueSize === 0) return renderEmpty(t.emptyCatalogue(), t.emptyCatalogueNext());
    if (result.textPending) return html``;
    if (result.total === 0) {
      const filters = this.#finder.filters;
      const clear =
        activeFilterCount(filters) > 0 || filters.text
          ? html`<button type="button" class="lb-button" data-focus-next="#finder-results-title"
              @click=${() => this.#finder.setFilters({ ...emptyFilters(), sort: filters.sort })}>${t.clearFilters()}</button>`
          : nothing;
      return renderEmpty(t.noResults(), t.noResultsNext(), clear);
    }
    const locale = this.locale;
    const remaining = result.total - result.items.length;
    const headingLevel = this.headingLevelOf(1);
    const requests = this.#requests.available && this.#pots !== undefined ? this.#requests : undefined;
    return html`<ul class="cards lb-plain-list" part="results" aria-labelledby="finder-results-title">
        ${result.items.map((hit, position) =>
          renderResultCard({
            hit,
            position,
            locale,
            headingLevel,
            onChoose: this.#onChoose,
            schemePrice: this.#schemes.priceText(hit, locale),
            ...(requests
              ? { request: { submitted: requests.submitted.get(hit.course.id), onRequest: this.#onRequest } }
              : {}),
          }),
        )}
      </ul>
      ${
        remaining > 0
          ? html`<button type="button" class="lb-button show-more" part="show-more" @click=${this.#onShowMore}>
            ${t.showMore(formatCount(remaining, locale))}
          </button>`
          : nothing
      }`;
  }

  #body(): TemplateResult {
    return renderLoaded(this.#catalogue.state, this.#retry, (loaded) => this.#search(loaded), t.loading());
  }

  #search(state: LoadedState<CatalogueState>): TemplateResult {
    const finder = this.#finder;
    const result = finder.result;
    if (!result) return renderLoading(t.loading());
    const filters = finder.filters;
    const activeCount = activeFilterCount(filters);
    const count = result.textPending ? '' : formatCount(result.total, this.locale);
    return html`<a class="skip-link" href="#finder-results-title" @click=${this.#toResults}>${t.skipToResults(count)}</a>
      <button type="button" class="lb-button filters-toggle" part="filters-toggle" aria-expanded=${this.#filtersOpen ? 'true' : 'false'}
        aria-controls="finder-filters" @click=${this.#toggleFilters}>${t.filtersToggle(formatCount(activeCount, this.locale))}</button>
      <div class="layout">
      <div id="finder-filters" class="filters-wrap ${this.#filtersOpen ? 'is-open' : ''}">
      ${renderFilterPanel({
        locale: this.locale,
        filters,
        policy: finder.policy,
        facets: this.#visibleFacets(result),
        expanded: finder.expanded,
        budgetKnown: this.#pots !== undefined,
        activeCount,
        headingLevel: this.headingLevelOf(),
        folded: this.#folded,
        onFold: this.#onFold,
        onFacet: (facet, value, on) => finder.setFilters(toggleFacetValue(filters, facet, value, on)),
        onExpand: this.#onExpand,
        onAvailability: (bucket, on) => finder.setFilters(toggleAvailability(filters, bucket, on)),
        onRange: this.#onRange,
        onStartDate: (end, day) => finder.setFilters({ ...filters, startDate: { ...filters.startDate, [end]: day } }),
        onFitsBudget: (on) => finder.setFilters({ ...filters, fitsBudget: on }),
        onRecognised: (on) => finder.setFilters({ ...filters, recognised: on }),
        onClear: () => finder.setFilters({ ...emptyFilters(), text: filters.text, sort: filters.sort }),
      })}
      </div>
      <section class="results" aria-labelledby="finder-results-title">
        <div class="toolbar">
          <div part="count" role="status">
            <div class="count lb-heading" id="finder-results-title" role="heading" aria-level=${this.headingLevelOf()} tabindex="-1">
              ${this.#countText(result)}
            </div>
          </div>
          ${this.#sortSelect()}
        </div>
        ${this.#notices(state)} ${this.#results(result, state.data.courses.length)}
      </section>
    </div>`;
  }

  override render(): TemplateResult {
    return html`<div class="base" part="base" lang=${this.locale}>
      ${renderSearchCombobox({
        value: this.#finder.filters.text,
        suggestions: this.#finder.suggestions,
        state: this.#finder.combobox,
        onInput: this.#onInput,
        onKeyDown: this.#onSearchKey,
        onPick: this.#pick,
        onBlur: this.#onSearchBlur,
      })}
      ${this.#body()}
    </div>`;
  }
}
