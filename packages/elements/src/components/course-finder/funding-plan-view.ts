import type { FundingPlan } from '@leerbudget/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { formatMoney } from '../../formatting/intl-format.js';
import type { Locale } from '../../localization/locale.js';
import { finderMessages as t } from './course-finder.messages.js';

/**
 * What a course costs the employee after their pots: "€ 700 Werkgever + € 500 O&O-fonds, jij betaalt
 * € 0", whether it fits (in words and an icon, never by colour alone), approvals, and why other pots
 * do not pay. `nothing-left-to-pay` is left out: it means earlier pots already pay it all.
 */
export function renderFundingPlan(plan: FundingPlan, locale: Locale): TemplateResult {
  const money = (cents: number) => formatMoney(cents, plan.price.currency, locale);
  const own = money(plan.ownContribution);
  const summary =
    plan.lines.length === 0
      ? t.planNothing(own)
      : t.planPays(plan.lines.map((line) => `${money(line.amount)} ${line.potName}`).join(' + '), own);
  const reasons = plan.declined.filter((declined) => declined.reason !== 'nothing-left-to-pay');
  const approvers = [...new Set(plan.lines.filter((line) => line.needsApproval).map((line) => line.approver ?? ''))];
  return html`<div class="plan ${plan.fullyCovered ? 'plan--covered' : 'plan--own'}" part="plan">
    <p class="plan-verdict" part="plan-verdict">
      <span aria-hidden="true">${plan.fullyCovered ? '✓' : '€'}</span>
      ${plan.fullyCovered ? t.planCovered() : t.planOwn()}
    </p>
    <p class="plan-summary" part="plan-summary">${summary}</p>
    ${approvers.map((approver) => html`<p class="small">${approver ? t.planApprovalBy(approver) : t.planApproval()}</p>`)}
    ${
      reasons.length > 0
        ? html`<details class="reasons" part="plan-reasons">
          <summary>${t.planWhyNot()}</summary>
          <ul>
            ${reasons.map((declined) => html`<li><strong>${declined.potName}:</strong> ${declined.message[locale]}</li>`)}
          </ul>
        </details>`
        : nothing
    }
  </div>`;
}
