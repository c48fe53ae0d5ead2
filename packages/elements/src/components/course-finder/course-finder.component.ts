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
  type TypeaheadSuggestion,
} from '@leerbudget/sdk';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { LbElement } from '../../base/lb-element.js';
import { ResourceController, type ResourceState } from '../../data/resource-controller.js';
import type { ClientSettings } from '../../data/shared-client.js';
import { LbCourseSelectEvent } from '../../events/course-select-event.js';
import { LbErrorEvent } from '../../events/error-event.js';
import type { Locale } from '../../localization/locale.js';
import { inLocale } from '../../localization/msg.js';
import { warnOnce } from '../../base/warn-once.js';
import { errorMessage } from '../../states/status-messages.js';
import { renderEmpty, renderError, renderFreshness, renderLoading } from '../../states/status-views.js';
import { finderMessages as t } from './course-finder.messages.js';
import { courseFinderStyles } from './course-finder.styles.js';
import { renderFilterPanel } from './filter-panel.js';
import {
  SORTS,
  activeFilterCount,
  emptyFilters,
  searchQueryOf,
  toggleAvailability,
  toggleFacetValue,
  type FinderFilters,
  type FinderPolicy,
} from './finder-filters.js';
import { renderResultCard } from './result-card.js';
import { CLOSED_COMBOBOX, comboboxKey, renderSearchCombobox, type ComboboxState } from './search-combobox.js';
import { filtersFromSearchParams, numberOf, replacePageQuery } from './url-state.js';

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
const SUGGESTION_COUNT = 8;

/** A count with thousands separators in the widget's language: `12.345` / `12,345`. */
function formatCount(count: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL').format(count);
}

/** The inputs of the search on screen; a new search runs only when one of them changed. */
interface SearchInputs {
  index: CatalogueIndex;
  pots: readonly BudgetPot[] | undefined;
  version: number;
  shown: number;
}

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
 * @csspart card - One result; `card-title`, `provider`, `facts`, `price`, `badges`, `badge`, `actions` inside.
 * @csspart plan - What the pots pay; `plan-verdict`, `plan-summary`, `plan-reasons` inside.
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
 * @fires lb-course-select - The visitor chose a course (`detail.courseId`, `course`, `offering`, `plan`).
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
    (client, listener, signal) => client.catalogue.watch(listener, { signal }),
    (state) => this.#announce(state),
  );

  // In vendor mode this never starts: the finder asks for nothing personal (and its client has no token).
  readonly #budget = new ResourceController<Budget>(this, (client, listener, signal) => {
    if (!this.#vendorMode) client.budget.watch(listener, { signal });
  });

  #filters: FinderFilters = emptyFilters();
  /** Bumped on every change of the visitor's choices or of the attributes that shape the query. */
  #version = 0;
  #searched: SearchInputs | undefined;
  #result: CatalogueSearchResult | undefined;
  #suggestions: TypeaheadSuggestion[] = [];
  #suggestedFor = '';
  #combobox: ComboboxState = CLOSED_COMBOBOX;
  #shown = DEFAULT_PAGE_SIZE;
  #expanded = new Set<FacetName>();
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #focusPosition: number | undefined;
  #urlRead = false;

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
    return this.provider !== undefined && this.provider !== null;
  }

  /** Vendor mode gets its own client without a token, even on a page where an employee is signed in. */
  override clientSettings(): ClientSettings | undefined {
    const settings = super.clientSettings();
    return settings && this.#vendorMode ? { ...settings, anonymous: true } : settings;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
    this.#searchTimer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.syncUrl && !this.#urlRead) {
      this.#urlRead = true;
      this.#filters = filtersFromSearchParams(new URLSearchParams(location.search));
    }
    const shapesQuery = ['provider', 'topics', 'minHours', 'certifiedOnly', 'pageSize'] as const;
    if (shapesQuery.some((name) => changed.has(name))) this.#changed({ resetPages: true });
    this.#search();
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

  get #pageSize(): number {
    if (this.pageSize === undefined || this.pageSize === null) return DEFAULT_PAGE_SIZE;
    const size = numberOf(this.pageSize);
    if (size === undefined || size < 1) {
      warnOnce(
        `page-size:${this.pageSize}`,
        `<lb-course-finder page-size="${this.pageSize}"> is not a positive number; using ${DEFAULT_PAGE_SIZE}.`,
      );
      return DEFAULT_PAGE_SIZE;
    }
    return Math.min(MAX_PAGE_SIZE, Math.floor(size));
  }

  get #policy(): FinderPolicy {
    const policy: FinderPolicy = {};
    if (this.#vendorMode && this.provider) policy.provider = this.provider;
    const topics = (this.topics ?? '')
      .split(',')
      .map((topic) => topic.trim())
      .filter(Boolean);
    if (topics.length > 0) policy.topics = topics;
    const minHours = numberOf(this.minHours);
    if (this.minHours && minHours === undefined)
      warnOnce(
        `min-hours:${this.minHours}`,
        `<lb-course-finder min-hours="${this.minHours}"> is not a number; it is ignored.`,
      );
    if (minHours !== undefined) policy.minHours = minHours;
    if (this.certifiedOnly) policy.certifiedOnly = true;
    return policy;
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

  /**
   * Runs the engine when the query, the index or the pots changed. It runs inside the update, so what
   * is on screen always matches them: after a user switch the old employee's plans are gone at once.
   */
  #search(): void {
    const index = this.#index;
    if (!index) {
      this.#result = undefined;
      this.#searched = undefined;
      return;
    }
    const inputs: SearchInputs = { index, pots: this.#pots, version: this.#version, shown: this.#shown };
    const last = this.#searched;
    if (
      last &&
      last.index === index &&
      last.pots === inputs.pots &&
      last.version === inputs.version &&
      last.shown === inputs.shown
    )
      return;
    this.#searched = inputs;
    this.#result = index.search(
      searchQueryOf(this.#filters, { policy: this.#policy, pots: inputs.pots, limit: this.#shown }),
    );
    if (this.#suggestedFor !== this.#filters.text || last?.index !== index) {
      this.#suggestedFor = this.#filters.text;
      this.#suggestions = this.#filters.text.trim() ? index.typeahead(this.#filters.text, SUGGESTION_COUNT) : [];
    }
    if (this.syncUrl) replacePageQuery(this.#filters);
  }

  /** Records a change of the visitor's choices and schedules the search for the next task. */
  #changed({ resetPages }: { resetPages: boolean }): void {
    this.#version++;
    if (resetPages) this.#shown = this.#pageSize;
  }

  /**
   * Typing does the cheap part now (the text) and leaves the search and render to one task later, so
   * the keystroke's own task stays short and fast typing coalesces into one search.
   */
  #scheduleSearch(): void {
    if (this.#searchTimer !== undefined) return;
    this.#searchTimer = setTimeout(() => {
      this.#searchTimer = undefined;
      this.requestUpdate();
    });
  }

  #setFilters(filters: FinderFilters): void {
    this.#filters = filters;
    this.#changed({ resetPages: true });
    this.requestUpdate();
  }

  #announce(state: Exclude<ResourceState<CatalogueState>, { status: 'loading' }>): void {
    if (state.status !== 'error') return;
    const message = inLocale(this.locale, () => errorMessage(state.error));
    this.emit(new LbErrorEvent({ error: state.error, message, stale: state.data !== undefined }));
  }

  #onInput = (event: InputEvent): void => {
    const text = (event.target as HTMLInputElement).value;
    this.#filters = { ...this.#filters, text };
    this.#combobox = { open: text.trim() !== '', active: -1 };
    this.#changed({ resetPages: true });
    this.#scheduleSearch();
  };

  #onSearchKey = (event: KeyboardEvent): void => {
    const { state, action, handled } = comboboxKey(event.key, this.#combobox, this.#suggestions.length);
    if (handled) event.preventDefault();
    const active = this.#combobox.active;
    this.#combobox = state;
    if (action === 'pick') this.#pick(active);
    else if (action === 'clear' && this.#filters.text) this.#setFilters({ ...this.#filters, text: '' });
    else this.requestUpdate();
  };

  #onSearchBlur = (): void => {
    if (!this.#combobox.open) return;
    this.#combobox = CLOSED_COMBOBOX;
    this.requestUpdate();
  };

  #pick = (position: number): void => {
    const suggestion = this.#suggestions[position];
    this.#combobox = CLOSED_COMBOBOX;
    if (!suggestion) return;
    if (suggestion.kind === 'title') {
      this.#setFilters({ ...this.#filters, text: suggestion.label });
      return;
    }
    // A topic or provider becomes a facet filter; the words typed so far have done their job.
    const facet: FacetName = suggestion.kind;
    this.#setFilters(toggleFacetValue({ ...this.#filters, text: '' }, facet, suggestion.value, true));
  };

  #onSort = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    const sort = SORTS.find((candidate) => candidate === value) ?? 'relevance';
    this.#setFilters({ ...this.#filters, sort });
  };

  #onRange = (range: 'priceEuros' | 'hours', end: 'min' | 'max', text: string): void => {
    const next = { ...this.#filters[range] };
    const value = numberOf(text);
    if (value === undefined) delete next[end];
    else next[end] = value;
    this.#setFilters({ ...this.#filters, [range]: next });
  };

  #onExpand = (facet: FacetName): void => {
    if (!this.#expanded.delete(facet)) this.#expanded.add(facet);
    this.requestUpdate();
  };

  #onShowMore = (): void => {
    this.#focusPosition = this.#shown;
    this.#shown += this.#pageSize;
    this.requestUpdate();
  };

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

  #retry = (): void => this.refresh();

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
        ${sorts.map((sort) => html`<option value=${sort} ?selected=${this.#filters.sort === sort}>${labels[sort]()}</option>`)}
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
    return html`${catalogueNotice}${budgetFailed ? html`<p class="lb-notice" part="notice">${t.budgetUnavailable()}</p>` : nothing}`;
  }

  #results(result: CatalogueSearchResult, catalogueSize: number): TemplateResult {
    if (catalogueSize === 0) return renderEmpty(t.emptyCatalogue());
    if (result.textPending) return html``;
    if (result.total === 0) {
      const clear =
        activeFilterCount(this.#filters) > 0 || this.#filters.text
          ? html`<button type="button" class="lb-button" @click=${() => this.#setFilters({ ...emptyFilters(), sort: this.#filters.sort })}>${t.clearFilters()}</button>`
          : nothing;
      return html`<div class="lb-state lb-state--empty" part="state state-empty"><p class="lb-state__text">${t.noResults()}</p>${clear}</div>`;
    }
    const locale = this.locale;
    const remaining = result.total - result.items.length;
    return html`<ul class="cards" part="results" aria-labelledby="finder-results-title">
        ${result.items.map((hit, position) => renderResultCard({ hit, position, locale, onChoose: this.#onChoose }))}
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
    const state = this.#catalogue.state;
    if (state.status === 'loading') return renderLoading(t.loading());
    if (!state.data)
      return state.status === 'error' ? renderError(state.error, this.#retry) : renderLoading(t.loading());
    const result = this.#result;
    if (!result) return renderLoading(t.loading());
    const pots = this.#pots;
    return html`<div class="layout">
      ${renderFilterPanel({
        locale: this.locale,
        filters: this.#filters,
        policy: this.#policy,
        facets: this.#visibleFacets(result),
        expanded: this.#expanded,
        budgetKnown: pots !== undefined,
        activeCount: activeFilterCount(this.#filters),
        onFacet: (facet, value, on) => this.#setFilters(toggleFacetValue(this.#filters, facet, value, on)),
        onExpand: this.#onExpand,
        onAvailability: (bucket, on) => this.#setFilters(toggleAvailability(this.#filters, bucket, on)),
        onRange: this.#onRange,
        onFitsBudget: (on) => this.#setFilters({ ...this.#filters, fitsBudget: on }),
        onClear: () => this.#setFilters({ ...emptyFilters(), text: this.#filters.text, sort: this.#filters.sort }),
      })}
      <section class="results" aria-labelledby="finder-results-title">
        <h2 class="visually-hidden" id="finder-results-title">${t.results()}</h2>
        <div class="toolbar">
          <p class="count" part="count" role="status">${this.#countText(result)}</p>
          ${this.#sortSelect()}
        </div>
        ${this.#notices(state)} ${this.#results(result, state.data.courses.length)}
      </section>
    </div>`;
  }

  override render(): TemplateResult {
    return html`<div class="base" part="base">
      ${renderSearchCombobox({
        value: this.#filters.text,
        suggestions: this.#suggestions,
        state: this.#combobox,
        onInput: this.#onInput,
        onKeyDown: this.#onSearchKey,
        onPick: this.#pick,
        onBlur: this.#onSearchBlur,
      })}
      ${this.#body()}
    </div>`;
  }
}
