import type { FundingLine, FundingReason, ReasonDetails } from '@leerbudget/sdk/funding';
import { str } from '@lit/localize';
import { formatDate, formatHours } from '../formatting/intl-format.js';
import type { Locale } from '../localization/locale.js';
import { createMsg } from '../localization/msg.js';

// This group's English (scripts/split-locales.mjs) loads only when one of its widgets renders in English.
const msg = createMsg({ en: () => import('../generated/funding/en.js') });

/**
 * Why a pot pays nothing, in plain words, from the planner's reason code and details. The planner
 * returns codes and data; the sentences live here, with the rest of the copy, in `msg()` and xliff.
 * Each reason says what is the case and, where the employee can act, what to do.
 */
export function fundingReasonText(reason: FundingReason, details: ReasonDetails, locale: Locale): string {
  if (details.withoutProvider) {
    const stepText = stepReasonText(reason);
    if (stepText) return stepText;
  }
  const date = (iso: string) => formatDate(iso, locale);
  const hours = (value: number) => formatHours(value, locale);
  switch (reason) {
    case 'expired':
      if (!details.date) return msg('Dit budget is verlopen.', { id: 'funding.expired' });
      if (!details.courseStart)
        return msg(str`Dit budget is verlopen. De laatste dag was ${date(details.date)}.`, {
          id: 'funding.expired-on',
        });
      return msg(str`Je kunt dit budget gebruiken tot en met ${date(details.date)}. De cursus begint later.`, {
        id: 'funding.expired-before-start',
      });
    case 'not-yet-valid':
      if (!details.date) return msg('Je kunt dit budget nog niet gebruiken.', { id: 'funding.not-yet-valid' });
      if (!details.courseStart)
        return msg(str`Je kunt dit budget pas gebruiken vanaf ${date(details.date)}.`, {
          id: 'funding.valid-from',
        });
      return msg(str`Je kunt dit budget pas gebruiken vanaf ${date(details.date)}. De cursus begint eerder.`, {
        id: 'funding.valid-from-after-start',
      });
    case 'other-currency':
      if (!details.potCurrency || !details.priceCurrency)
        return msg('Dit budget is in een andere munt dan de prijs. Daarom betaalt het niet.', {
          id: 'funding.other-currency',
        });
      return msg(str`De prijs is in ${details.priceCurrency}. Dit budget is in ${details.potCurrency}.`, {
        id: 'funding.other-currency-named',
      });
    case 'not-in-catalogue':
      return msg(
        'Dit budget betaalt alleen cursussen van de eigen lijst van je werkgever. Deze cursus staat er niet op.',
        {
          id: 'funding.not-in-catalogue',
        },
      );
    case 'provider-not-eligible':
      return msg('Dit budget betaalt alleen bij bepaalde opleiders. Deze opleider hoort daar niet bij.', {
        id: 'funding.provider-not-eligible',
      });
    case 'provider-not-certified':
      return msg('Dit budget betaalt alleen opleiders met een keurmerk. Deze opleider heeft dat niet.', {
        id: 'funding.provider-not-certified',
      });
    case 'topic-not-covered':
      return msg('Dit budget betaalt alleen cursussen over bepaalde onderwerpen. Deze cursus hoort daar niet bij.', {
        id: 'funding.topic-not-covered',
      });
    case 'funding-tag-missing':
      return msg('Dit budget betaalt alleen cursussen van een vaste lijst. Deze cursus staat er niet op.', {
        id: 'funding.funding-tag-missing',
      });
    case 'credential-not-recognised':
      return msg(
        'Dit budget betaalt alleen cursussen met een erkend diploma of certificaat. Deze cursus heeft dat niet.',
        {
          id: 'funding.credential-not-recognised',
        },
      );
    case 'course-too-short':
      if (typeof details.minCourseHours !== 'number' || typeof details.courseHours !== 'number')
        return msg('Deze cursus is te kort voor dit budget.', { id: 'funding.course-too-short' });
      return msg(
        str`Dit budget betaalt cursussen van minstens ${hours(details.minCourseHours)}. Deze cursus duurt ${hours(details.courseHours)}.`,
        { id: 'funding.course-too-short-named' },
      );
    case 'no-share':
      return details.unit === 'hours'
        ? msg('Dit budget geeft geen uren voor deze cursus.', { id: 'funding.no-share-hours' })
        : msg('Dit budget betaalt niets van de prijs van deze cursus.', { id: 'funding.no-share' });
    case 'exhausted':
      return msg('Dit budget is op.', { id: 'funding.exhausted' });
    case 'nothing-left-to-pay':
      return details.unit === 'hours'
        ? msg('Er zijn geen uren meer nodig voor deze cursus.', { id: 'funding.nothing-left-hours' })
        : msg('Er is niets meer te betalen voor deze cursus.', { id: 'funding.nothing-left' });
    default:
      return msg('Dit budget betaalt niet voor deze cursus.', { id: 'funding.other' });
  }
}

/**
 * Rules about the provider or the kind of course, for a route step without a course (workplace learning,
 * coaching, reading): "Deze opleider heeft dat niet" would be odd when there is no provider at all.
 */
function stepReasonText(reason: FundingReason): string | undefined {
  switch (reason) {
    case 'provider-not-eligible':
      return msg('Dit budget betaalt alleen bij bepaalde opleiders. Deze stap heeft geen opleider.', {
        id: 'funding.provider-not-eligible-step',
      });
    case 'provider-not-certified':
      return msg('Dit budget betaalt alleen opleiders met een keurmerk. Deze stap heeft geen opleider.', {
        id: 'funding.provider-not-certified-step',
      });
    case 'not-in-catalogue':
    case 'topic-not-covered':
    case 'funding-tag-missing':
    case 'credential-not-recognised':
      return msg('Dit budget betaalt alleen bepaalde cursussen. Deze stap hoort daar niet bij.', {
        id: 'funding.course-rule-step',
      });
    default:
      return undefined;
  }
}

// In this module, not one of its own, so its copy stays in the funding group's chunk (not the shared one).
/** The hours side of a plan: what time pots pay, and what no pot pays (when known). */
export interface HoursPlanView {
  lines: ReadonlyArray<Pick<FundingLine, 'potName' | 'amount'>>;
  uncovered?: number | undefined;
}

/**
 * The hours plan beside the money plan, one sentence each: "Scholingsuren geeft je 16 uur leertijd van je
 * werk." and "4 uur leer je in je eigen tijd.". Show it only to employees who have time pots.
 */
export function hoursPlanText(hours: HoursPlanView, locale: Locale): string[] {
  const text = hours.lines.map((line) => {
    const pot = line.potName;
    const amount = formatHours(line.amount, locale);
    return msg(str`${pot} geeft je ${amount} leertijd van je werk.`, { id: 'funding.hours.from-work' });
  });
  if (hours.uncovered) {
    const own = formatHours(hours.uncovered, locale);
    text.push(msg(str`${own} leer je in je eigen tijd.`, { id: 'funding.hours.own-time' }));
  }
  return text;
}
