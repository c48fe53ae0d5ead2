import type { AvailabilityBucket, FacetCount, FacetName, NumericRange } from '@leerbudget/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { formatHours, formatList } from '../../formatting/intl-format.js';
import type { Locale } from '../../localization/locale.js';
import { finderMessages as t } from './course-finder.messages.js';
import { facetTitle, facetValueLabel } from './course-labels.js';
import { AVAILABILITY_BUCKETS, type FinderFilters, type FinderPolicy } from './finder-filters.js';
import { clamped } from '../../rendering/clamped-text.js';
import { renderStartDateFields, type StartDateRange } from './start-date-range.js';

/** Values a facet group shows before "Toon alle": enough for most facets, short enough for a phone. */
const COLLAPSED_VALUES = 8;

const BUCKET_LABELS: Record<AvailabilityBucket, () => string> = {
  'within-30-days': t.availabilitySoon,
  later: t.availabilityLater,
  'self-paced': t.availabilitySelfPaced,
};

/** What the filter panel shows and calls back. */
export interface FilterPanelView {
  locale: Locale;
  filters: FinderFilters;
  policy: FinderPolicy;
  /** The facets to show, with the engine's counts. */
  facets: ReadonlyArray<[FacetName, readonly FacetCount[]]>;
  expanded: ReadonlySet<FacetName>;
  /** Show "Past binnen mijn budget": a budget is known. */
  budgetKnown: boolean;
  activeCount: number;
  /** Heading level of the panel's title. */
  headingLevel: number;
  /** Groups the visitor folded shut (by facet name, `availability`, `priceEuros`, `hours`). */
  folded: ReadonlySet<string>;
  onFold: (group: string) => void;
  onFacet: (facet: FacetName, value: string, on: boolean) => void;
  onExpand: (facet: FacetName) => void;
  onAvailability: (bucket: AvailabilityBucket, on: boolean) => void;
  onRange: (range: 'priceEuros' | 'hours', end: 'min' | 'max', value: string) => void;
  onStartDate: (end: keyof StartDateRange, day: string | undefined) => void;
  onFitsBudget: (on: boolean) => void;
  onRecognised: (on: boolean) => void;
  onClear: () => void;
}

function checkbox(id: string, label: string, checked: boolean, onChange: (on: boolean) => void): TemplateResult {
  return html`<div class="check">
    <input type="checkbox" id=${id} .checked=${checked} @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)} />
    <label for=${id}>${clamped(label, { focusable: false })}</label>
  </div>`;
}

/**
 * A filter group that folds shut under its title, so a keyboard user can pass a long group with one
 * tab stop. The title stays the group's legend.
 */
function group(
  view: FilterPanelView,
  key: string,
  title: string,
  part: string,
  content: () => unknown,
): TemplateResult {
  const open = !view.folded.has(key);
  const bodyId = `finder-group-${key}`;
  return html`<fieldset class="group ${part === 'range-group' ? 'range' : ''}" part=${part}>
    <legend>
      <button type="button" class="lb-text-button group-toggle" aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${bodyId} @click=${() => view.onFold(key)}>${title}</button>
    </legend>
    <div class="group-body" id=${bodyId} ?hidden=${!open}>${open ? content() : nothing}</div>
  </fieldset>`;
}

function facetGroup(
  view: FilterPanelView,
  facet: FacetName,
  counts: readonly FacetCount[],
): TemplateResult | typeof nothing {
  if (counts.length === 0) return nothing;
  const selected = view.filters.facets[facet] ?? [];
  const expanded = view.expanded.has(facet);
  const visible = expanded
    ? counts
    : counts.filter((count, index) => index < COLLAPSED_VALUES || selected.includes(count.value));
  return group(
    view,
    facet,
    facetTitle(facet),
    'facet-group',
    () => html`
    ${visible.map((count) =>
      checkbox(
        `facet-${facet}-${counts.indexOf(count)}`,
        `${facetValueLabel(facet, count.value, count.label, view.locale)} (${count.count})`,
        selected.includes(count.value),
        (on) => view.onFacet(facet, count.value, on),
      ),
    )}
    ${
      counts.length > COLLAPSED_VALUES
        ? html`<button type="button" class="lb-text-button" aria-expanded=${expanded ? 'true' : 'false'} @click=${() => view.onExpand(facet)}>
          ${expanded ? t.showFewer() : t.showAll(String(counts.length))}
        </button>`
        : nothing
    }`,
  );
}

function rangeGroup(view: FilterPanelView, range: 'priceEuros' | 'hours', legend: string): TemplateResult {
  const values: NumericRange = view.filters[range];
  const field = (end: 'min' | 'max', label: string) => html`<label class="range-field">
    <span>${label}</span>
    <input
      type="number"
      min="0"
      step="1"
      inputmode="numeric"
      .value=${values[end] === undefined ? '' : String(values[end])}
      @change=${(event: Event) => view.onRange(range, end, (event.target as HTMLInputElement).value)}
    />
  </label>`;
  return group(view, range, legend, 'range-group', () => html`${field('min', t.from())} ${field('max', t.to())}`);
}

function policyNote(policy: FinderPolicy, locale: Locale): TemplateResult | typeof nothing {
  const rules = [
    ...(policy.topics && policy.topics.length > 0 ? [t.policyTopics(formatList(policy.topics, locale))] : []),
    ...(policy.minHours !== undefined ? [t.policyMinHours(formatHours(policy.minHours, locale))] : []),
    ...(policy.certifiedOnly ? [t.policyCertified()] : []),
  ];
  if (rules.length === 0) return nothing;
  return html`<ul class="policy small lb-plain-list" part="policy">
    ${rules.map((rule) => html`<li>${rule}</li>`)}
  </ul>`;
}

/** The filters beside the results: budget toggle, facets with counts, start buckets and ranges. */
export function renderFilterPanel(view: FilterPanelView): TemplateResult {
  const { filters } = view;
  return html`<div class="filters" part="filters" role="group" aria-labelledby="finder-filters-title">
    <div class="filters-title lb-heading" id="finder-filters-title" role="heading" aria-level=${view.headingLevel} tabindex="-1">
      ${t.filters()}
    </div>
    ${policyNote(view.policy, view.locale)}
    ${
      view.budgetKnown
        ? html`<div class="fits" part="fits-budget">
          ${checkbox('finder-fits', t.fitsBudget(), filters.fitsBudget, view.onFitsBudget)}
          <p class="hint">${t.fitsBudgetHint()}</p>
        </div>`
        : nothing
    }
    ${checkbox('finder-recognised', t.recognisedOnly(), filters.recognised, view.onRecognised)}
    ${view.facets.map(([facet, counts]) => facetGroup(view, facet, counts))}
    ${group(
      view,
      'availability',
      t.availability(),
      'facet-group',
      () => html`${AVAILABILITY_BUCKETS.map((bucket) =>
        checkbox(`finder-start-${bucket}`, BUCKET_LABELS[bucket](), filters.availability.includes(bucket), (on) =>
          view.onAvailability(bucket, on),
        ),
      )}
      <div class="range">${renderStartDateFields(filters.startDate, view.onStartDate)}</div>`,
    )}
    ${rangeGroup(view, 'priceEuros', t.price())} ${rangeGroup(view, 'hours', t.duration())}
    ${
      view.activeCount > 0
        ? html`<button type="button" class="lb-button" part="clear-filters" data-focus-next="#finder-filters-title" @click=${view.onClear}>
          ${t.clearFilters()}
        </button>`
        : nothing
    }
  </div>`;
}
