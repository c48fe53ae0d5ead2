import type { BudgetPot } from '@leerbudget/contract';
import type {
  CatalogueIndex,
  CatalogueSearchResult,
  CatalogueSort,
  FacetName,
  NumericRange,
  TypeaheadSuggestion,
} from '@leerbudget/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warnOnce } from '../../base/warn-once.js';
import {
  emptyFilters,
  searchQueryOf,
  toggleFacetValue,
  type FinderFilters,
  type FinderPolicy,
} from './finder-filters.js';
import { CLOSED_COMBOBOX, comboboxKey, type ComboboxState } from './search-combobox.js';
import { filtersFromSearchParams, numberOf, replacePageQuery } from './url-state.js';

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
const SUGGESTION_COUNT = 8;

/** The finder's attributes that shape the query. */
export interface FinderHost extends ReactiveControllerHost {
  readonly provider?: string | null;
  readonly topics?: string;
  readonly minHours?: string;
  readonly certifiedOnly: boolean;
  readonly pageSize?: string;
  readonly syncUrl: boolean;
}

/** Where the data comes from: the catalogue's index and the employee's pots, once each is known. */
export interface FinderSources {
  index(): CatalogueIndex | undefined;
  pots(): readonly BudgetPot[] | undefined;
}

/** The inputs of the search on screen; a new search runs only when one of them changed. */
interface SearchInputs {
  index: CatalogueIndex;
  pots: readonly BudgetPot[] | undefined;
  version: number;
  shown: number;
}

/**
 * The course finder's state machine: the visitor's filters, the search box's combobox and
 * suggestions, paging, the employer policy from the attributes, the memo of the last search and the
 * `sync-url` page query. Every change asks the host to update; the search runs in the host's update,
 * so what is on screen always matches the index and the pots, and the URL is written after it.
 */
export class FinderController implements ReactiveController {
  readonly #host: FinderHost;
  readonly #sources: FinderSources;
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
  #urlRead = false;
  #urlStale = false;

  constructor(host: FinderHost, sources: FinderSources) {
    this.#host = host;
    this.#sources = sources;
    host.addController(this);
  }

  get filters(): FinderFilters {
    return this.#filters;
  }

  /** The last search's result; `undefined` until the index is known. */
  get result(): CatalogueSearchResult | undefined {
    return this.#result;
  }

  get suggestions(): readonly TypeaheadSuggestion[] {
    return this.#suggestions;
  }

  get combobox(): ComboboxState {
    return this.#combobox;
  }

  /** How many results are asked for: one page per "Toon meer". */
  get shown(): number {
    return this.#shown;
  }

  get expanded(): ReadonlySet<FacetName> {
    return this.#expanded;
  }

  get vendorMode(): boolean {
    return this.#host.provider !== undefined && this.#host.provider !== null;
  }

  get policy(): FinderPolicy {
    const host = this.#host;
    const policy: FinderPolicy = {};
    if (this.vendorMode && host.provider) policy.provider = host.provider;
    const topics = (host.topics ?? '')
      .split(',')
      .map((topic) => topic.trim())
      .filter(Boolean);
    if (topics.length > 0) policy.topics = topics;
    const minHours = numberOf(host.minHours);
    if (host.minHours && minHours === undefined) {
      warnOnce(
        `min-hours:${host.minHours}`,
        `<lb-course-finder min-hours="${host.minHours}"> is not a number; it is ignored.`,
      );
    }
    if (minHours !== undefined) policy.minHours = minHours;
    if (host.certifiedOnly) policy.certifiedOnly = true;
    return policy;
  }

  get #pageSize(): number {
    const pageSize = this.#host.pageSize;
    if (pageSize === undefined || pageSize === null) return DEFAULT_PAGE_SIZE;
    const size = numberOf(pageSize);
    if (size === undefined || size < 1) {
      warnOnce(
        `page-size:${pageSize}`,
        `<lb-course-finder page-size="${pageSize}"> is not a positive number; using ${DEFAULT_PAGE_SIZE}.`,
      );
      return DEFAULT_PAGE_SIZE;
    }
    return Math.min(MAX_PAGE_SIZE, Math.floor(size));
  }

  /** An attribute that shapes the query changed: search again from the first page. */
  queryShapeChanged(): void {
    this.#changed({ resetPages: true });
  }

  /** New filters (a facet, a range, the sort, "clear"): search again from the first page. */
  setFilters(filters: FinderFilters): void {
    this.#filters = filters;
    this.#changed({ resetPages: true });
    this.#host.requestUpdate();
  }

  setSort(sort: CatalogueSort): void {
    this.setFilters({ ...this.#filters, sort });
  }

  setRange(range: 'priceEuros' | 'hours', end: 'min' | 'max', value: number | undefined): void {
    const next: NumericRange = { ...this.#filters[range] };
    if (value === undefined) delete next[end];
    else next[end] = value;
    this.setFilters({ ...this.#filters, [range]: next });
  }

  /**
   * Typing does the cheap part now (the text) and leaves the search and render to one task later, so
   * the keystroke's own task stays short and fast typing coalesces into one search.
   */
  typeText(text: string): void {
    this.#filters = { ...this.#filters, text };
    this.#combobox = { open: text.trim() !== '', active: -1 };
    this.#changed({ resetPages: true });
    if (this.#searchTimer !== undefined) return;
    this.#searchTimer = setTimeout(() => {
      this.#searchTimer = undefined;
      this.#host.requestUpdate();
    });
  }

  /** A key in the search box; returns whether the combobox used it (the caller then prevents the default). */
  searchKey(key: string): boolean {
    const { state, action, handled } = comboboxKey(key, this.#combobox, this.#suggestions.length);
    const active = this.#combobox.active;
    this.#combobox = state;
    if (action === 'pick') this.pick(active);
    else if (action === 'clear' && this.#filters.text) this.setFilters({ ...this.#filters, text: '' });
    else this.#host.requestUpdate();
    return handled;
  }

  closeSuggestions(): void {
    if (!this.#combobox.open) return;
    this.#combobox = CLOSED_COMBOBOX;
    this.#host.requestUpdate();
  }

  /** Takes suggestion `position`: a title becomes the text, a topic or provider a facet filter. */
  pick(position: number): void {
    const suggestion = this.#suggestions[position];
    this.#combobox = CLOSED_COMBOBOX;
    if (!suggestion) return;
    if (suggestion.kind === 'title') {
      this.setFilters({ ...this.#filters, text: suggestion.label });
      return;
    }
    // The words typed so far have done their job once a topic or provider is chosen.
    const facet: FacetName = suggestion.kind;
    this.setFilters(toggleFacetValue({ ...this.#filters, text: '' }, facet, suggestion.value, true));
  }

  toggleExpanded(facet: FacetName): void {
    if (!this.#expanded.delete(facet)) this.#expanded.add(facet);
    this.#host.requestUpdate();
  }

  showMore(): void {
    this.#shown += this.#pageSize;
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    if (this.#host.syncUrl && !this.#urlRead) {
      this.#urlRead = true;
      this.#filters = filtersFromSearchParams(new URLSearchParams(location.search));
      this.#version++;
    }
    this.#search();
  }

  hostUpdated(): void {
    if (!this.#urlStale) return;
    this.#urlStale = false;
    if (this.#host.syncUrl) replacePageQuery(this.#filters);
  }

  hostDisconnected(): void {
    clearTimeout(this.#searchTimer);
    this.#searchTimer = undefined;
  }

  #changed({ resetPages }: { resetPages: boolean }): void {
    this.#version++;
    if (resetPages) this.#shown = this.#pageSize;
  }

  /** Runs the engine when the query, the index or the pots changed: after a user switch the old plans go at once. */
  #search(): void {
    const index = this.#sources.index();
    if (!index) {
      this.#result = undefined;
      this.#searched = undefined;
      return;
    }
    const inputs: SearchInputs = { index, pots: this.#sources.pots(), version: this.#version, shown: this.#shown };
    const last = this.#searched;
    if (
      last &&
      last.index === index &&
      last.pots === inputs.pots &&
      last.version === inputs.version &&
      last.shown === inputs.shown
    ) {
      return;
    }
    this.#searched = inputs;
    this.#result = index.search(
      searchQueryOf(this.#filters, { policy: this.policy, pots: inputs.pots, limit: this.#shown }),
    );
    if (this.#suggestedFor !== this.#filters.text || last?.index !== index) {
      this.#suggestedFor = this.#filters.text;
      this.#suggestions = this.#filters.text.trim() ? index.typeahead(this.#filters.text, SUGGESTION_COUNT) : [];
    }
    this.#urlStale = true;
  }
}
