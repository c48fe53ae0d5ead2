import type { Budget } from '@leerbudget/contract';
import { carryOverOf, lastUsableDay, todayIsoDate, type CarryOver, type LaterAmount } from '@leerbudget/sdk/funding';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { LbElement } from '../../base/lb-element.js';
import { ResourceController, type ResourceState } from '../../data/resource-controller.js';
import { formatAmount, formatCount, formatDate } from '../../formatting/intl-format.js';
import { renderEmpty, renderFreshness, renderLoaded, type LoadedState } from '../../states/status-views.js';
import { configuredHref, renderFinderLink } from '../../rendering/configured-link.js';
import { clamped } from '../../rendering/clamped-text.js';
import { fillWidth } from '../../rendering/fill-width.js';
import { warnOnce } from '../../base/warn-once.js';
import { LbBudgetLoadEvent } from '../../events/budget-load-event.js';
import { meterMessages as t } from './budget-meter.messages.js';
import { budgetMeterStyles } from './budget-meter.styles.js';
import {
  firstExpiryOf,
  summarizeBudget,
  type BudgetSummary,
  type PotSummary,
  type UnitTotal,
} from './budget-summary.js';
import { potRules } from './pot-rules.js';

/** The two layouts of the meter. */
export type BudgetMeterVariant = 'compact' | 'full';
const VARIANTS: readonly BudgetMeterVariant[] = ['compact', 'full'];

/**
 * Shows an employee's learning budget: what is left, what expires soon and where to spend it.
 * Renders the cached budget at once, then refreshes it.
 *
 * @tagname lb-budget-meter
 * @summary The employee's learning budget as a meter, compact (one total) or full (every pot).
 *
 * @csspart base - The box around everything.
 * @csspart label - The title "Je leerbudget".
 * @csspart value - The big amount that is left.
 * @csspart track - The empty bar (it carries `role="meter"`).
 * @csspart fill - The filled part of a bar.
 * @csspart nudge - "Let op: € 450 kun je gebruiken tot en met 31 december."
 * @csspart nudge-link - "Zoek cursussen die je hiervan nog kunt betalen": the finder filtered on the expiring pot.
 * @csspart pots - The list of pots (full variant).
 * @csspart pot - One pot (full variant).
 * @csspart pot-name - The name of a pot.
 * @csspart pot-figures - Spent / reserved / left of a pot.
 * @csspart pot-rules - The rules of a pot, one per line.
 * @csspart pot-requests - "€ 300 gereserveerd voor 1 aanvraag" (when the API tracks requests).
 * @csspart pot-carry-over - "€ 500 gaat mee naar volgend jaar, tot 31 december 2027" (pots that carry over).
 * @csspart later - "€ 500 komt erbij vanaf 1 februari 2027": a pot that has not started, apart from what is left now.
 * @csspart team - The team pots the employee manages, apart from their own budget ("Teambudget dat jij beheert").
 * @csspart finder-link - The "Vind een cursus" link.
 * @csspart state - Loading, empty and error boxes (also `state-loading`, `state-empty`, `state-error`).
 * @csspart notice - "Bijgewerkt om 10:42" and offline notices beside stale data.
 * @csspart retry-button - The "Opnieuw proberen" button.
 *
 * @cssproperty --lb-budget-meter-fill - Bar colour. Default `--lb-color-primary`.
 * @cssproperty --lb-budget-meter-hours-fill - Bar colour of the time budget. Default `--lb-budget-meter-fill`.
 * @cssproperty --lb-budget-meter-track - Colour of the empty bar. Default `--lb-color-track`.
 * @cssproperty --lb-budget-meter-track-height - Height of the main bar. Default `0.75em`.
 * @cssproperty --lb-budget-meter-pot-track-height - Height of a pot's bar. Default `0.5em`.
 * @cssproperty --lb-budget-meter-nudge-color - Colour of expiry nudges. Default `--lb-color-warning`.
 * @cssproperty --lb-budget-meter-background - Background. Default `--lb-color-surface`.
 * @cssproperty --lb-budget-meter-border-color - Border colour. Default `--lb-color-border`.
 * @cssproperty --lb-budget-meter-padding - Inner space. Default `--lb-space-3`.
 *
 * @fires lb-budget-load - A budget is shown (`detail.budget`, `detail.stale` for the cached one).
 * @fires lb-error - Loading failed (`detail.error`, `detail.message`, `detail.stale` when older data stays).
 */
export class LbBudgetMeter extends LbElement {
  /** The meter's styles: tokens with fallbacks, layout, focus and states. */
  static override styles = budgetMeterStyles;

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    finderHref: { attribute: 'finder-href' },
  };

  readonly #budget = new ResourceController<Budget>(
    this,
    (client, listener, signal) => client.budget.watch(listener, { signal }),
    (state) => this.#announce(state),
  );

  /** `compact`: the total left, one bar and the most urgent expiry. `full`: every pot with its details. */
  variant: BudgetMeterVariant = 'compact';

  /**
   * Where "Vind een cursus" leads, e.g. `/leren/cursussen`. Only `https:` and relative URLs are used;
   * anything else (such as `javascript:`) gives one console warning and no link.
   */
  declare finderHref?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant') && !VARIANTS.includes(this.variant)) {
      warnOnce(
        `variant:${this.variant}`,
        `<lb-budget-meter variant="${this.variant}"> is unknown; use compact or full.`,
      );
    }
  }

  /** Loads the budget again, e.g. after an error. */
  refresh(): void {
    this.#budget.retry();
  }

  #announce(state: Exclude<ResourceState<Budget>, { status: 'loading' }>): void {
    if (state.data) this.emit(new LbBudgetLoadEvent({ budget: state.data, stale: state.status !== 'fresh' }));
    this.announceLoadFailure(state);
  }

  #retry = (): void => this.#budget.retry();

  #finderLink(): TemplateResult | typeof nothing {
    return renderFinderLink(this.localName, this.finderHref, t.findCourse);
  }

  /**
   * One bar. Its spoken value names what is left of what, and, when part of it expires, how much would be
   * lost and the last day it can be used ("€ 450 daarvan kun je gebruiken tot en met 23 december 2026"), what
   * carries over instead, and money that comes later.
   */
  #meter(total: UnitTotal, label: string): TemplateResult {
    const scale = total.unit === 'money' ? 100 : 1;
    return html`<div
      class="lb-track ${total.unit}"
      part="track"
      role="meter"
      aria-label=${label}
      aria-valuemin="0"
      aria-valuemax=${total.total / scale}
      aria-valuenow=${total.available / scale}
      aria-valuetext=${this.#valueText(total)}
    >
      <div class="lb-fill" part="fill" ${fillWidth(total.fraction)}></div>
    </div>`;
  }

  #valueText(total: UnitTotal): string {
    const locale = this.locale;
    const amount = (value: number) => formatAmount(value, total.unit, total.currency, locale);
    // A pot that has not started has nothing left "now": only when it comes is worth saying.
    const onlyLater = total.available === 0 && total.later.length > 0;
    const parts = onlyLater ? [] : [t.valueText(amount(total.available), amount(total.total))];
    const expiry = total.firstExpiry;
    if (expiry && expiry.amount > 0) {
      const lastDay = formatDate(expiry.lastDay, locale);
      parts.push(
        expiry.amount >= total.available
          ? t.valueTextUntil(lastDay)
          : t.valueTextPartUntil(amount(expiry.amount), lastDay),
      );
    }
    if (expiry?.carried) parts.push(this.#carryOverText(expiry.carried, total.unit, total.currency));
    parts.push(...total.later.map((later) => this.#laterText(later, total.unit, total.currency)));
    return parts.join(' ');
  }

  /** "€ 500 komt erbij vanaf 1 februari 2027." */
  #laterText(later: LaterAmount, unit: UnitTotal['unit'], currency: string | undefined): string {
    return t.later(formatAmount(later.amount, unit, currency, this.locale), formatDate(later.from, this.locale));
  }

  #laterLines(total: UnitTotal): TemplateResult[] {
    return total.later.map(
      (later) => html`<p class="line" part="later">${this.#laterText(later, total.unit, total.currency)}</p>`,
    );
  }

  /** "€ 500 gaat mee naar volgend jaar, tot 31 december 2027." */
  #carryOverText(carried: CarryOver, unit: UnitTotal['unit'], currency: string | undefined): string {
    const amount = formatAmount(carried.amount, unit, currency, this.locale);
    return carried.until ? t.carryOver(amount, formatDate(carried.until, this.locale)) : t.carryOverNoEnd(amount);
  }

  #nudgeText(summary: BudgetSummary): string | undefined {
    const nudge = summary.nudge;
    if (!nudge) return undefined;
    const amount = formatAmount(nudge.available, nudge.pot.unit, nudge.pot.currency, this.locale);
    return t.expiresOn(amount, formatDate(nudge.expiresAt, this.locale, 'auto'));
  }

  /** The expiry nudge, with a link to the courses the expiring pot can still pay (the finder, filtered on it). */
  #nudge(text: string, summary: BudgetSummary): TemplateResult {
    const href = configuredHref(this.localName, 'finder-href', this.finderHref);
    const potId = summary.nudge?.pot.id;
    if (!href || !potId) return html`<p class="nudge" part="nudge">${clamped(text)}</p>`;
    const url = new URL(href);
    url.searchParams.set('lb-pot', potId);
    return html`<p class="nudge" part="nudge">
      ${clamped(text)}
      <a class="nudge-link" part="nudge-link" href=${url.href}>${t.nudgeLink()}</a>
    </p>`;
  }

  #figure(total: UnitTotal): TemplateResult {
    const locale = this.locale;
    return html`<p class="figure">
      <span class="value" part="value">${t.left(formatAmount(total.available, total.unit, total.currency, locale))}</span>
      <span class="muted">${t.ofTotal(formatAmount(total.total, total.unit, total.currency, locale))}</span>
    </p>`;
  }

  #compact(summary: BudgetSummary): TemplateResult {
    const [main, ...otherCurrencies] = summary.money.length > 0 ? summary.money : summary.hours ? [summary.hours] : [];
    if (!main) return html``;
    const visibleNudge = this.#nudgeText(summary);
    const hoursBeside = summary.money.length > 0 ? summary.hours : undefined;
    return html`
      ${this.#figure(main)} ${this.#meter(main, t.title())} ${this.#laterLines(main)}
      ${otherCurrencies.map(
        (total) => html`${this.#figure(total)} ${this.#meter(total, t.title())} ${this.#laterLines(total)}`,
      )}
      ${
        hoursBeside
          ? html`<p class="line">${t.alsoHours(formatAmount(hoursBeside.available, 'hours', undefined, this.locale))}</p>`
          : nothing
      }
      ${visibleNudge ? this.#nudge(visibleNudge, summary) : nothing}
    `;
  }

  #full(summary: BudgetSummary): TemplateResult {
    const totals = [...summary.money, ...(summary.hours ? [summary.hours] : [])];
    const visibleNudge = this.#nudgeText(summary);
    return html`
      <div class="summary">
        ${totals.map(
          (total) => html`<div>
          <p class="label">${total.unit === 'hours' ? t.timeTitle() : t.moneyTitle()}</p>
          ${this.#figure(total)} ${this.#laterLines(total)}
        </div>`,
        )}
      </div>
      ${visibleNudge ? this.#nudge(visibleNudge, summary) : nothing}
      <ul class="pots lb-plain-list" part="pots">
        ${summary.pots.map((pot) => this.#pot(pot))}
      </ul>
    `;
  }

  #pot(summary: PotSummary): TemplateResult {
    const { pot } = summary;
    const locale = this.locale;
    const amount = (value: number) => formatAmount(value, pot.unit, pot.currency, locale);
    const expiry = summary.expired
      ? t.expiredOn(formatDate(lastUsableDay(pot) as string, locale))
      : summary.expiry?.inCarryOver
        ? t.carriedUntil(formatDate(summary.expiry.lastDay, locale))
        : pot.expiresAt
          ? t.validUntil(formatDate(pot.expiresAt, locale))
          : t.noExpiry();
    const rules = potRules(pot, locale);
    const unitTotal = potTotal(summary);
    return html`<li class="pot" part="pot">
      <p class="pot-head">
        <span class="pot-name" part="pot-name">${clamped(pot.name)}</span>
        <span>${summary.later ? amount(summary.later.amount) : t.left(amount(summary.available))}</span>
      </p>
      ${this.#meter(unitTotal, pot.name)}
      ${
        summary.later
          ? nothing
          : html`<dl class="figures small" part="pot-figures">
            <div><dt>${t.spent()}</dt><dd>${amount(summary.spent)}</dd></div>
            <div><dt>${t.reserved()}</dt><dd>${amount(summary.reserved)}</dd></div>
            <div><dt>${t.available()}</dt><dd>${amount(summary.available)}</dd></div>
          </dl>`
      }
      ${this.#heldLine(pot)}
      <p class="line small muted">${clamped(pot.unit === 'hours' ? t.funderHours(pot.funder.name) : t.funder(pot.funder.name))}</p>
      ${summary.later ? html`<p class="line small">${t.validFrom(formatDate(summary.later.from, locale))}</p>` : nothing}
      <p class="line small muted">${expiry}</p>
      ${this.#carryOverLine(summary)}
      ${
        rules.length > 0
          ? html`<ul class="rules small muted" part="pot-rules">
            ${rules.map((rule) => html`<li>${clamped(rule)}</li>`)}
          </ul>`
          : nothing
      }
    </li>`;
  }

  /** Money that carries over is not lost; once it has moved on (the carry-over period) there is nothing to say. */
  #carryOverLine(summary: PotSummary): TemplateResult | typeof nothing {
    const carried = summary.expired || summary.expiry?.inCarryOver ? null : carryOverOf(summary.pot);
    if (!carried) return nothing;
    const text = this.#carryOverText(carried, summary.pot.unit, summary.pot.currency);
    return html`<p class="line small" part="pot-carry-over">${text}</p>`;
  }

  /** What the employee's open requests hold of this pot, so "reserved" has a reason beside it. */
  #heldLine(pot: PotSummary['pot']): TemplateResult | typeof nothing {
    const held = pot.openRequests;
    if (!held || held.count === 0) return nothing;
    const amount = formatAmount(held.amount, pot.unit, pot.currency, this.locale);
    const text =
      held.count === 1 ? t.heldForOneRequest(amount) : t.heldForRequests(amount, formatCount(held.count, this.locale));
    return html`<p class="line small" part="pot-requests">${text}</p>`;
  }

  /** The team's money, apart and under its own heading: a manager never reads it as their own budget. */
  #team(summary: BudgetSummary): TemplateResult | typeof nothing {
    if (summary.teamPots.length === 0) return nothing;
    const compact = (pot: PotSummary) => {
      const total = potTotal(pot);
      return html`<li class="pot" part="pot">
        <p class="pot-head"><span class="pot-name" part="pot-name">${clamped(pot.pot.name)}</span></p>
        ${this.#figure(total)} ${this.#meter(total, pot.pot.name)}
      </li>`;
    };
    return html`<section class="team" part="team" aria-labelledby="team-title">
      <div class="label lb-heading" id="team-title" role="heading" aria-level=${this.headingLevelOf(1)}>${t.teamTitle()}</div>
      <p class="line small muted">${t.teamNote()}</p>
      <ul class="pots lb-plain-list">
        ${summary.teamPots.map((pot) => (this.variant === 'full' ? this.#pot(pot) : compact(pot)))}
      </ul>
    </section>`;
  }

  #content(state: ResourceState<Budget>): TemplateResult {
    return renderLoaded(state, this.#retry, (loaded) => this.#loaded(loaded));
  }

  #loaded(state: LoadedState<Budget>): TemplateResult {
    const summary = summarizeBudget(state.data, todayIsoDate());
    const notice = renderFreshness(state, this.#retry);
    if (summary.pots.length === 0) {
      return html`${renderEmpty(t.empty(), t.emptyNext(), this.#finderLink())}${this.#team(summary)}${notice}`;
    }
    const body = this.variant === 'full' ? this.#full(summary) : this.#compact(summary);
    return html`${body}${this.#finderLink()}${this.#team(summary)}${notice}`;
  }

  override render(): TemplateResult {
    return html`<div class="base" part="base" lang=${this.locale}>
      <div class="label lb-heading" part="label" role="heading" aria-level=${this.headingLevelOf()} tabindex="-1" data-focus-home>
        ${t.title()}
      </div>
      ${this.#content(this.#budget.state)}
    </div>`;
  }
}

/** One pot as a total of its own: what is left of it, what of it ends when, and when it starts if it has not. */
function potTotal(summary: PotSummary): UnitTotal {
  const { pot } = summary;
  return {
    unit: pot.unit,
    currency: pot.currency,
    total: summary.total,
    available: summary.available,
    fraction: summary.fraction,
    firstExpiry: firstExpiryOf([summary]),
    later: summary.later && summary.later.amount > 0 ? [summary.later] : [],
  };
}
