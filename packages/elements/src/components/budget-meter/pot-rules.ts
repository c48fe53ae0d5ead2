import type { BudgetPot } from '@leerbudget/contract';
import { formatAmount } from '../../formatting/amount-format.js';
import { formatAlternatives, formatHours, formatPercent } from '../../formatting/intl-format.js';
import type { Locale } from '../../localization/locale.js';
import { meterMessages as t } from './budget-meter.messages.js';

/** A pot's rules in one line ("betaalt 80% van de prijs · hoogstens € 500 per cursus"), or `''`. */
export function potRulesLine(pot: BudgetPot, locale: Locale): string {
  const { rules } = pot;
  const parts: string[] = [];
  if (rules.coveragePercent < 100) parts.push(t.ruleCoverage(formatPercent(rules.coveragePercent, locale)));
  if (rules.maxPerCourse != null)
    parts.push(t.ruleMaxPerCourse(formatAmount(rules.maxPerCourse, pot.unit, pot.currency, locale)));
  if (rules.requiresCertifiedProvider) parts.push(t.ruleCertified());
  if (rules.minCourseHours != null && rules.minCourseHours > 0)
    parts.push(t.ruleMinHours(formatHours(rules.minCourseHours, locale)));
  if (rules.eligibleTopics?.length) parts.push(t.ruleTopics(formatAlternatives(rules.eligibleTopics, locale)));
  if (rules.eligibleProviders?.length) parts.push(t.ruleProviders());
  if (rules.eligibleFundingTags?.length)
    parts.push(t.ruleFundingTags(formatAlternatives(rules.eligibleFundingTags, locale)));
  if (rules.requiresApproval) parts.push(rules.approver ? t.ruleApprovalBy(rules.approver) : t.ruleApproval());
  return parts.join(' · ');
}
