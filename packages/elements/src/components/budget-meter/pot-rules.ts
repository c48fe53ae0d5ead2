import type { BudgetPot } from '@leerbudget/contract';
import { formatAmount } from '../../formatting/intl-format.js';
import { formatAlternatives, formatCount, formatHours, formatPercent } from '../../formatting/intl-format.js';
import { potTotal } from '@leerbudget/sdk/funding';
import { approverLabel, fundingTagName } from '../../labels/data-labels.js';
import type { Locale } from '../../localization/locale.js';
import { meterMessages as t } from './budget-meter.messages.js';

/** A pot's rules, one short sentence each ("Dit budget betaalt 80% van de prijs."). */
export function potRules(pot: BudgetPot, locale: Locale): string[] {
  const { rules } = pot;
  const lines: string[] = [];
  const amount = (value: number) => formatAmount(value, pot.unit, pot.currency, locale);
  const proRata = rules.proRata;
  if (proRata && proRata.contractHours < proRata.fullTimeHours) {
    const hours = (value: number) => formatCount(value, locale);
    lines.push(
      t.ruleProRata(
        hours(proRata.contractHours),
        hours(proRata.fullTimeHours),
        amount(potTotal(pot)),
        amount(proRata.fullTimeTotal),
      ),
    );
  }
  if (rules.coveragePercent < 100) lines.push(t.ruleCoverage(formatPercent(rules.coveragePercent, locale)));
  if (rules.maxPerCourse != null) lines.push(t.ruleMaxPerCourse(amount(rules.maxPerCourse)));
  if (rules.requiresCertifiedProvider) lines.push(t.ruleCertified());
  if (rules.minCourseHours != null && rules.minCourseHours > 0)
    lines.push(t.ruleMinHours(formatHours(rules.minCourseHours, locale)));
  if (rules.eligibleTopics?.length) lines.push(t.ruleTopics(formatAlternatives(rules.eligibleTopics, locale)));
  if (rules.eligibleCourses?.length) lines.push(t.ruleCourses());
  if (rules.eligibleProviders?.length) lines.push(t.ruleProviders());
  if (rules.eligibleFundingTags?.length)
    lines.push(t.ruleFundingTags(formatAlternatives(rules.eligibleFundingTags.map(fundingTagName), locale)));
  if (rules.requiresApproval)
    lines.push(rules.approver ? t.ruleApprovalBy(approverLabel(rules.approver)) : t.ruleApproval());
  return lines;
}
