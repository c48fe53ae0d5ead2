import type { FundingPlan, RouteCost, RouteStepCost } from '@leerbudget/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { formatHours, formatMoney } from '../../formatting/intl-format.js';
import { clamped } from '../../rendering/clamped-text.js';
import { approverLabel } from '../../labels/data-labels.js';
import { fundingReasonText } from '../../labels/funding-reasons.js';
import type { Locale } from '../../localization/locale.js';
import { pathMessages as t } from './learning-path.messages.js';

/**
 * Renders what a route costs after the employee's pots (from `planRoute`): the totals for the whole route,
 * and per course step which pot pays what and why another pot does not.
 */

function row(term: string, value: string, part = 'cost-row'): TemplateResult {
  return html`<div part=${part}><dt>${clamped(term)}</dt><dd>${value}</dd></div>`;
}

/** The whole route: course prices, what each pot pays over all steps, the own contribution, and the hours. */
export function renderRouteCost(cost: RouteCost, locale: Locale): TemplateResult {
  const money = (cents: number) => formatMoney(cents, cost.currency ?? 'EUR', locale);
  const hours = (value: number) => formatHours(value, locale);
  const unknown = cost.steps.some((step) => step.missing !== undefined);
  const priced = cost.currency !== null;
  return html`<dl class="figures">
      ${
        priced
          ? html`${row(t.costTotal(), money(cost.total))}
          ${cost.coveredByPot.map((pot) => row(t.potPays(pot.potName), money(pot.amount), 'cost-row cost-pot'))}
          ${row(t.own(), money(cost.ownContribution), 'cost-row cost-own')}`
          : nothing
      }
      ${row(t.hoursNeeded(), hours(cost.hours.needed))}
      ${cost.hours.coveredByPot.map((pot) => row(t.potPays(pot.potName), hours(pot.amount), 'cost-row cost-pot'))}
      ${cost.hours.uncovered > 0 ? row(t.hoursUncovered(), hours(cost.hours.uncovered)) : nothing}
    </dl>
    ${!priced && !unknown ? html`<p class="small">${t.noCourses()}</p>` : nothing}
    ${unknown ? html`<p class="small">${t.somePricesUnknown()}</p>` : nothing}
    ${cost.hours.uncovered > 0 ? html`<p class="small">${t.hoursAdvice()}</p>` : nothing}`;
}

/** One course step: its price and own share, each paying pot, and why the other pots do not pay. */
export function renderStepCost(cost: RouteStepCost, locale: Locale): TemplateResult {
  if (!cost.plan) return html`<p class="small" part="step-cost">${t.priceUnknown()}</p>`;
  const plan: FundingPlan = cost.plan;
  const money = (cents: number) => formatMoney(cents, plan.price.currency, locale);
  const reasons = plan.declined.filter((declined) => declined.reason !== 'nothing-left-to-pay');
  return html`<div class="small" part="step-cost">
    <p>
      ${plan.price.vatIncluded ? t.stepPriceInclVat(money(plan.price.amount)) : t.stepPriceExclVat(money(plan.price.amount))}
      ${t.stepOwn(money(plan.ownContribution))}
    </p>
    <ul>
      ${plan.lines.map(
        (line) =>
          html`<li>${clamped(t.potPaysAmount(line.potName, money(line.amount)))}${
            line.needsApproval
              ? html` ${line.approver ? t.approvalBy(approverLabel(line.approver)) : t.approval()}`
              : nothing
          }</li>`,
      )}
      ${reasons.map(
        (declined) =>
          html`<li>${clamped(`${declined.potName}: ${fundingReasonText(declined.reason, declined.details, locale)}`)}</li>`,
      )}
    </ul>
  </div>`;
}
