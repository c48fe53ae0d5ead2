import type { FundingPlan } from '@leerbudget/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { formatMoney } from '../../formatting/intl-format.js';
import { approverLabel } from '../../labels/data-labels.js';
import { fundingReasonText, hoursPlanText } from '../../labels/funding-reasons.js';
import type { Locale } from '../../localization/locale.js';
import { finderMessages as t } from './course-finder.messages.js';

/**
 * What a course costs the employee after their pots, one line per pot ("Werkgever betaalt € 700."),
 * then what they pay themselves and whether the amounts include VAT; the hours beside it for employees with
 * time pots ("Scholingsuren geeft je 16 uur leertijd van je werk."); whether it fits (in words and an
 * icon, never by colour alone), approvals, and why other pots do not pay. `nothing-left-to-pay` is
 * left out: it means earlier pots already pay it all.
 */
export function renderFundingPlan(plan: FundingPlan, locale: Locale): TemplateResult {
  const money = (cents: number) => formatMoney(cents, plan.price.currency, locale);
  const reasons = plan.declined.filter((declined) => declined.reason !== 'nothing-left-to-pay');
  const hasTimePots =
    plan.hours.lines.length > 0 || plan.declined.some((declined) => declined.details.unit === 'hours');
  const hours = hasTimePots ? hoursPlanText(plan.hours, locale) : [];
  const approvers = [...new Set(plan.lines.filter((line) => line.needsApproval).map((line) => line.approver ?? ''))];
  return html`<div class="plan ${plan.fullyCovered ? 'plan--covered' : 'plan--own'}" part="plan">
    <p class="plan-verdict" part="plan-verdict">
      <span aria-hidden="true">${plan.fullyCovered ? '✓' : '€'}</span>
      ${plan.fullyCovered ? t.planCovered() : t.planOwn()}
    </p>
    <ul class="plan-summary lb-plain-list" part="plan-summary">
      ${
        plan.lines.length === 0
          ? html`<li>${t.planNothing()}</li>`
          : plan.lines.map((line) => html`<li>${t.planLine(money(line.amount), line.potName)}</li>`)
      }
      <li><strong>${t.planOwnAmount(money(plan.ownContribution))}</strong></li>
      <li class="small">${plan.price.vatIncluded ? t.planVatIncluded() : t.planVatExcluded()}</li>
      ${hours.map((line) => html`<li class="plan-hours" part="plan-hours">${line}</li>`)}
    </ul>
    ${approvers.map(
      (approver) =>
        html`<p class="small">${approver ? t.planApprovalBy(approverLabel(approver)) : t.planApproval()}</p>`,
    )}
    ${
      reasons.length > 0
        ? html`<details class="reasons" part="plan-reasons">
          <summary>${t.planWhyNot()}</summary>
          <ul>
            ${reasons.map(
              (declined) =>
                html`<li><strong>${declined.potName}:</strong> ${fundingReasonText(declined.reason, declined.details, locale)}</li>`,
            )}
          </ul>
        </details>`
        : nothing
    }
  </div>`;
}
