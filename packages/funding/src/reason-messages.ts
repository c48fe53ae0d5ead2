import type { FundingReason } from './funding-types.js';
import { utcMidnight } from './calendar.js';

/** The languages funding messages come in. */
export type MessageLocale = 'nl' | 'en';

/** Details that make a {@link reasonMessage} concrete. Everything is optional: without it the message stays general. */
export interface ReasonContext {
  /** `expired`: the pot's last day; `not-yet-valid`: its first day. ISO date. */
  date?: string | null;
  /** The course's start date (ISO). Absent or `null` for self-paced courses, which are checked against today. */
  courseStart?: string | null;
  /** `course-too-short`: the pot's minimum length in hours. */
  minCourseHours?: number | null;
  /** `course-too-short`: the course's length in hours. */
  courseHours?: number;
  /** `other-currency`: the pot's currency, for example `USD`. */
  potCurrency?: string;
  /** `other-currency`: the price's currency, for example `EUR`. */
  priceCurrency?: string;
  /** `no-share` and `nothing-left-to-pay`: whether the pot counts money or hours (default `money`). */
  unit?: 'money' | 'hours';
}

type Texts = { nl: string; en: string };
type Formatters = { date(iso: string): string; hours(hours: number): string };
type MessageBuilder = (context: ReasonContext, nl: Formatters, en: Formatters) => Texts;

/**
 * One builder per reason with the Dutch and English side by side, so a translator sees both.
 * Dutch is B1: short sentences, everyday words, no jargon.
 */
const MESSAGES: Record<FundingReason, MessageBuilder> = {
  expired: ({ date, courseStart }, nl, en) => {
    if (!date) return { nl: 'Dit budget is verlopen.', en: 'This budget has expired.' };
    if (!courseStart) {
      return { nl: `Dit budget is verlopen op ${nl.date(date)}.`, en: `This budget expired on ${en.date(date)}.` };
    }
    return {
      nl: `Je kunt dit budget gebruiken tot en met ${nl.date(date)}. De cursus begint later.`,
      en: `You can use this budget until ${en.date(date)}. The course starts later.`,
    };
  },
  'not-yet-valid': ({ date, courseStart }, nl, en) => {
    if (!date) return { nl: 'Je kunt dit budget nog niet gebruiken.', en: 'You cannot use this budget yet.' };
    if (!courseStart) {
      return {
        nl: `Je kunt dit budget pas gebruiken vanaf ${nl.date(date)}.`,
        en: `You can use this budget from ${en.date(date)}.`,
      };
    }
    return {
      nl: `Je kunt dit budget pas gebruiken vanaf ${nl.date(date)}. De cursus begint eerder.`,
      en: `You can use this budget from ${en.date(date)}. The course starts before that.`,
    };
  },
  'other-currency': ({ potCurrency, priceCurrency }) => {
    if (!potCurrency || !priceCurrency) {
      return {
        nl: 'Dit budget is in een andere munt dan de prijs. Daarom betaalt het niet.',
        en: 'This budget is in another currency than the price, so it does not pay.',
      };
    }
    return {
      nl: `De prijs is in ${priceCurrency}, maar dit budget is in ${potCurrency}. Daarom betaalt het niet.`,
      en: `The price is in ${priceCurrency}, but this budget is in ${potCurrency}, so it does not pay.`,
    };
  },
  'provider-not-eligible': () => ({
    nl: 'Dit budget betaalt alleen cursussen van bepaalde opleiders. Deze opleider hoort daar niet bij.',
    en: 'This budget only pays for courses from certain providers. This provider is not one of them.',
  }),
  'provider-not-certified': () => ({
    nl: 'De opleider heeft geen keurmerk (zoals NRTO of CEDEO). Dit budget betaalt alleen opleiders met een keurmerk.',
    en: 'The provider has no quality mark (such as NRTO or CEDEO). This budget only pays providers with a quality mark.',
  }),
  'topic-not-covered': () => ({
    nl: 'Dit budget betaalt alleen cursussen over bepaalde onderwerpen. Deze cursus hoort daar niet bij.',
    en: 'This budget only pays for courses on certain topics. This course is not one of them.',
  }),
  'funding-tag-missing': () => ({
    nl: 'Deze cursus staat niet op de lijst van cursussen die dit budget betaalt.',
    en: 'This course is not on the list of courses this budget pays for.',
  }),
  'course-too-short': ({ minCourseHours, courseHours }, nl, en) => {
    if (typeof minCourseHours !== 'number' || typeof courseHours !== 'number') {
      return { nl: 'Deze cursus is te kort voor dit budget.', en: 'This course is too short for this budget.' };
    }
    return {
      nl: `Dit budget betaalt alleen cursussen van minstens ${nl.hours(minCourseHours)}. Deze cursus duurt ${nl.hours(courseHours)}.`,
      en: `This budget only pays for courses of at least ${en.hours(minCourseHours)}. This course takes ${en.hours(courseHours)}.`,
    };
  },
  'no-share': ({ unit }) =>
    unit === 'hours'
      ? { nl: 'Dit budget geeft geen uren voor deze cursus.', en: 'This budget gives no hours for this course.' }
      : {
          nl: 'Dit budget betaalt geen deel van de prijs van deze cursus.',
          en: 'This budget pays no part of the price of this course.',
        },
  exhausted: () => ({ nl: 'Er is niets meer over in dit budget.', en: 'There is nothing left in this budget.' }),
  'nothing-left-to-pay': ({ unit }) =>
    unit === 'hours'
      ? { nl: 'Er zijn geen uren meer nodig voor deze cursus.', en: 'No more hours are needed for this course.' }
      : { nl: 'Er is niets meer te betalen voor deze cursus.', en: 'There is nothing left to pay for this course.' },
};

/**
 * A plain-language sentence saying why a pot pays nothing: Dutch at B1 level, or English.
 * Dates and numbers are formatted with `Intl` (nl-NL, en-GB).
 *
 * @example
 * ```ts
 * reasonMessage('expired', 'nl', { date: '2026-12-31', courseStart: '2027-02-01' });
 * // 'Je kunt dit budget gebruiken tot en met 31 december 2026. De cursus begint later.'
 * reasonMessage('course-too-short', 'en', { minCourseHours: 8, courseHours: 4 });
 * // 'This budget only pays for courses of at least 8 hours. This course takes 4 hours.'
 * ```
 */
export function reasonMessage(reason: FundingReason, locale: MessageLocale, context: ReasonContext = {}): string {
  return reasonMessages(reason, context)[locale];
}

/** The Dutch and English sentence for a reason at once, as a {@link DeclinedPot} carries them. */
export function reasonMessages(reason: FundingReason, context: ReasonContext = {}): Texts {
  return MESSAGES[reason](context, formatters('nl'), formatters('en'));
}

// Building Intl formatters is slow, and a catalogue page plans hundreds of courses: build each once.
const formatterCache = new Map<MessageLocale, Formatters>();

function formatters(locale: MessageLocale): Formatters {
  const cached = formatterCache.get(locale);
  if (cached) return cached;
  const created = createFormatters(locale === 'nl' ? 'nl-NL' : 'en-GB');
  formatterCache.set(locale, created);
  return created;
}

function createFormatters(tag: string): Formatters {
  // UTC on both ends, so "31 December" never shows as the 30th west of Greenwich.
  const dates = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const plurals = new Intl.PluralRules(tag);
  const hourWord =
    tag === 'nl-NL' ? () => 'uur' : (hours: number) => (plurals.select(hours) === 'one' ? 'hour' : 'hours');
  return {
    date: (iso) => formatDate(dates, iso),
    hours: (hours) => `${numbers.format(hours)} ${hourWord(hours)}`,
  };
}

/** A date the API sent in a form we cannot read is shown as sent, rather than throwing. */
function formatDate(dates: Intl.DateTimeFormat, iso: string): string {
  const time = utcMidnight(iso);
  return Number.isNaN(time) ? iso : dates.format(time);
}
