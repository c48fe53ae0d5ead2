import type { Insights, MonthAmount } from '@leerbudget/contract';
import { isHttpError } from '@leerbudget/sdk';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { LbElement } from '../../base/lb-element.js';
import { warnOnce } from '../../base/warn-once.js';
import { ResourceController, type ResourceState } from '../../data/resource-controller.js';
import { formatCount, formatDate, formatMoney, formatMonth, formatPercent } from '../../formatting/intl-format.js';
import { renderEmpty, renderFreshness, renderLoaded } from '../../states/status-views.js';
import { barChart, chartLegend, chartPatterns, type BarRow } from './bar-chart.js';
import { insightMessages as t } from './budget-insights.messages.js';
import { budgetInsightsStyles } from './budget-insights.styles.js';
import { insightFigures, type InsightFigures } from './insight-figures.js';

/** How HR's numbers are grouped. */
export type InsightsGrouping = 'department' | 'potKind';
const GROUPINGS: readonly InsightsGrouping[] = ['department', 'potKind'];
const STATUSES = ['submitted', 'approved', 'completed', 'declined', 'cancelled', 'expired'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * HR's view of the organisation's learning money: four charts (money per group, what expires per month,
 * spending per month, requests and decline reasons), each with a plain-language summary above it and its
 * numbers in a table one click away. Groups under five people are folded together by the server; the widget
 * never receives a person.
 *
 * @tagname lb-budget-insights
 * @summary Four charts of unspent, expiring and spent learning money for HR.
 *
 * @csspart base - The box around everything.
 * @csspart chart - One chart with its summary and table.
 * @csspart state - Loading, empty and error boxes.
 * @csspart notice - "Bijgewerkt om 10:42" beside stale data.
 * @csspart retry-button - The "Opnieuw proberen" button.
 *
 * @cssproperty --lb-insights-spent - Colour of spent money (and of one-part bars). Default `#0b5cad`.
 * @cssproperty --lb-insights-reserved - Colour under the hatching of reserved money. Default `#8a4b00`.
 * @cssproperty --lb-insights-available - Colour under the dots of money left. Default `#1e6e41`.
 *
 * @fires lb-error - Loading failed (`detail.error`, `detail.message`, `detail.stale`).
 */
export class LbBudgetInsights extends LbElement {
  /** The insight charts' styles: tokens with fallbacks, patterns, forced colours and states. */
  static override styles = budgetInsightsStyles;

  static override properties: PropertyDeclarations = {
    groupBy: { attribute: 'group-by', reflect: true },
    from: {},
    to: {},
  };

  /** `department` (default) or `potKind`. Read when the widget connects. */
  groupBy: InsightsGrouping = 'department';
  /** First day (`YYYY-MM-DD`); default: twelve months before `to`. Read when the widget connects. */
  declare from?: string;
  /** Last day (`YYYY-MM-DD`); default: today. Read when the widget connects. */
  declare to?: string;

  readonly #insights = new ResourceController<Insights>(
    this,
    (client, listener, signal) => client.organisationInsights.watch(listener, { signal, ...this.#query() }),
    (state) => this.announceLoadFailure(state),
  );

  /** Loads the numbers again, e.g. after an error. */
  refresh(): void {
    this.#insights.retry();
  }

  #retry = (): void => this.#insights.retry();

  #query(): { groupBy: InsightsGrouping; from?: string; to?: string } {
    if (!GROUPINGS.includes(this.groupBy)) {
      warnOnce(
        `group-by:${this.groupBy}`,
        `<lb-budget-insights group-by="${this.groupBy}"> is unknown; use department or potKind.`,
      );
    }
    const date = (name: 'from' | 'to') => {
      const value = this[name];
      if (value === undefined || ISO_DATE.test(value)) return value;
      warnOnce(
        `${name}:${value}`,
        `<lb-budget-insights ${name}="${value}"> is not a date like 2026-12-31; it is left out.`,
      );
      return undefined;
    };
    const from = date('from');
    const to = date('to');
    return {
      groupBy: GROUPINGS.includes(this.groupBy) ? this.groupBy : 'department',
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    };
  }

  #money(cents: number): string {
    return formatMoney(cents, 'EUR', this.locale);
  }

  /** A chart with its summary above and its numbers in a table one click away. */
  #figure(
    id: string,
    title: string,
    summary: string,
    chart: TemplateResult,
    table: { head: string[]; rows: string[][] },
  ): TemplateResult {
    return html`<figure part="chart" data-chart=${id} aria-labelledby="${id}-title">
      <div class="lb-heading subtitle" id="${id}-title" role="heading" aria-level=${this.headingLevelOf(1)}>${title}</div>
      <p class="summary" data-summary>${summary}</p>
      ${chart}
      <details>
        <summary>${t.showTable()}</summary>
        <div class="table-wrap">
          <table>
            <caption class="muted">${title}</caption>
            <thead>
              <tr>${table.head.map((cell) => html`<th scope="col">${cell}</th>`)}</tr>
            </thead>
            <tbody>
              ${table.rows.map(
                ([first, ...rest]) =>
                  html`<tr><th scope="row">${first}</th>${rest.map((cell) => html`<td>${cell}</td>`)}</tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>
    </figure>`;
  }

  #moneyChart(insights: Insights, figures: InsightFigures): TemplateResult {
    const label = (key: string) => t.group(key, insights.groupBy);
    const title = insights.groupBy === 'potKind' ? t.moneyTitleKind() : t.moneyTitleDepartment();
    const percent = figures.granted === 0 ? 0 : (figures.spent / figures.granted) * 100;
    const summary = [
      t.moneySummary(this.#money(figures.spent), this.#money(figures.granted), formatPercent(percent, this.locale)),
      figures.mostAvailable
        ? t.moneyMost(label(figures.mostAvailable.key), this.#money(figures.mostAvailable.available))
        : '',
    ].join(' ');
    const rows: BarRow[] = figures.groups.map((group) => ({
      label: label(group.key),
      valueText: this.#money(group.available),
      segments: [
        { kind: 'spent', label: `${t.spent()}: ${this.#money(group.spent)}`, value: group.spent },
        { kind: 'reserved', label: `${t.reserved()}: ${this.#money(group.reserved)}`, value: group.reserved },
        { kind: 'available', label: `${t.available()}: ${this.#money(group.available)}`, value: group.available },
      ],
    }));
    const legend = chartLegend([
      { kind: 'spent', label: t.spent() },
      { kind: 'reserved', label: t.reserved() },
      { kind: 'available', label: t.available() },
    ]);
    return this.#figure('money', title, summary, html`${legend}${barChart(rows, title)}`, {
      head: [t.groupHeading(), t.spent(), t.reserved(), t.available()],
      rows: figures.groups.map((group) => [
        label(group.key),
        this.#money(group.spent),
        this.#money(group.reserved),
        this.#money(group.available),
      ]),
    });
  }

  #monthChart(
    id: string,
    title: string,
    summary: string,
    months: readonly MonthAmount[],
    column: string,
  ): TemplateResult {
    const rows: BarRow[] = months.map((month) => ({
      label: formatMonth(month.month, this.locale),
      valueText: this.#money(month.amount),
      segments: [{ kind: 'single', label: this.#money(month.amount), value: month.amount }],
    }));
    return this.#figure(id, title, summary, barChart(rows, title), {
      head: [t.month(), column],
      rows: months.map((month) => [formatMonth(month.month, this.locale), this.#money(month.amount)]),
    });
  }

  #requestsChart(figures: InsightFigures): TemplateResult {
    const locale = this.locale;
    const title = t.requestsTitle();
    const [reason] = figures.declineReasons;
    const summary =
      figures.requestCount === 0
        ? t.requestsNone()
        : [
            t.requestsSummary(
              formatCount(figures.requestCount, locale),
              formatCount(figures.requests.completed, locale),
            ),
            reason ? t.requestsDeclined(formatCount(figures.requests.declined, locale), t.reason(reason.code)) : '',
          ].join(' ');
    const statusRows: BarRow[] = STATUSES.map((status) => ({
      label: t.status[status](),
      valueText: formatCount(figures.requests[status], locale),
      segments: [
        { kind: 'single', label: formatCount(figures.requests[status], locale), value: figures.requests[status] },
      ],
    }));
    const reasonRows: BarRow[] = figures.declineReasons.map((entry) => ({
      label: t.reason(entry.code),
      valueText: formatCount(entry.count, locale),
      segments: [{ kind: 'single', label: formatCount(entry.count, locale), value: entry.count }],
    }));
    const charts = html`${barChart(statusRows, title)}
    ${reasonRows.length > 0 ? html`<div class="lb-heading muted" role="heading" aria-level=${this.headingLevelOf(2)}>${t.reasonsTitle()}</div>${barChart(reasonRows, t.reasonsTitle())}` : nothing}`;
    return this.#figure('requests', title, summary, charts, {
      head: [t.groupHeading(), t.count()],
      rows: [
        ...STATUSES.map((status) => [t.status[status](), formatCount(figures.requests[status], locale)]),
        ...figures.declineReasons.map((entry) => [
          `${t.status.declined()}: ${t.reason(entry.code)}`,
          formatCount(entry.count, locale),
        ]),
      ],
    });
  }

  #charts(insights: Insights): TemplateResult {
    const figures = insightFigures(insights);
    const locale = this.locale;
    const expiring = figures.mostExpiring90
      ? t.expiringSummary(
          this.#money(figures.expiring90),
          t.group(figures.mostExpiring90.key, insights.groupBy),
          this.#money(figures.mostExpiring90.amount),
        )
      : t.expiringNone();
    const spentTotal = figures.spentByMonth.reduce((sum, month) => sum + month.amount, 0);
    const spending = [
      t.spendingSummary(formatCount(figures.spentByMonth.length, locale), this.#money(spentTotal)),
      figures.busiestMonth
        ? t.spendingBusiest(formatMonth(figures.busiestMonth.month, locale), this.#money(figures.busiestMonth.amount))
        : '',
    ].join(' ');
    return html`
      <p class="muted">
        ${t.period(formatDate(insights.from, locale), formatDate(insights.to, locale))}
        ${t.privacy(formatCount(insights.minGroupSize, locale))}
      </p>
      ${chartPatterns()}
      <div class="charts">
        ${this.#moneyChart(insights, figures)}
        ${this.#monthChart('expiring', t.expiringTitle(), expiring, figures.expiringByMonth, t.expiring())}
        ${this.#monthChart('spending', t.spendingTitle(), spending, figures.spentByMonth, t.spent())}
        ${this.#requestsChart(figures)}
      </div>
    `;
  }

  #content(state: ResourceState<Insights>): TemplateResult {
    if (state.status === 'error' && !state.data && isHttpError(state.error) && state.error.status === 403)
      return renderEmpty(t.forbidden(), t.forbiddenNext());
    return renderLoaded(state, this.#retry, (loaded) => {
      const notice = renderFreshness(loaded, this.#retry);
      if (loaded.data.groups.length === 0) return html`${renderEmpty(t.empty(), t.emptyNext())}${notice}`;
      return html`${this.#charts(loaded.data)}${notice}`;
    });
  }

  override render(): TemplateResult {
    return html`<section class="base" part="base" aria-labelledby="title">
      <div class="lb-heading title" id="title" role="heading" aria-level=${this.headingLevelOf()}>${t.title()}</div>
      ${this.#content(this.#insights.state)}
    </section>`;
  }
}
