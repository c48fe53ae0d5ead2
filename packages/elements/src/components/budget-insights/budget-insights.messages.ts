import { str } from '@lit/localize';
import { createMsg } from '../../localization/msg.js';

// This group's English (scripts/split-locales.mjs) loads only when one of its widgets renders in English.
const msg = createMsg({ en: () => import('../../generated/insights/en.js') });

/** Decline reason codes in words; unknown codes read as "een andere reden". */
const REASONS: Record<string, () => string> = {
  'bad-timing': () => msg('niet het goede moment', { id: 'insights.reason.bad-timing' }),
  'not-job-related': () => msg('past niet bij het werk', { id: 'insights.reason.not-job-related' }),
  'too-expensive': () => msg('te duur', { id: 'insights.reason.too-expensive' }),
  'budget-needed-elsewhere': () =>
    msg('geld nodig voor iets anders', { id: 'insights.reason.budget-needed-elsewhere' }),
  other: () => msg('een andere reden', { id: 'insights.reason.other' }),
};

/** Pot kinds in words, for `group-by="potKind"`. */
const KINDS: Record<string, () => string> = {
  personal: () => msg('Persoonlijk budget', { id: 'insights.kind.personal' }),
  team: () => msg('Teambudget', { id: 'insights.kind.team' }),
  'sector-fund': () => msg('Sectorfonds', { id: 'insights.kind.sector-fund' }),
  government: () => msg('Overheid', { id: 'insights.kind.government' }),
  'learning-account': () => msg('Leerrekening', { id: 'insights.kind.learning-account' }),
};

/** The insight widget's copy, in plain B1 Dutch (source) with English translations in `xliff/en.xlf`. */
export const insightMessages = {
  title: () => msg('Leerbudget in de organisatie', { id: 'insights.title' }),
  privacy: (size: string) =>
    msg(str`Je ziet alleen groepen van ${size} mensen of meer. Kleinere groepen staan samen bij Overig.`, {
      id: 'insights.privacy',
    }),
  period: (from: string, to: string) => msg(str`Periode: ${from} tot en met ${to}.`, { id: 'insights.period' }),
  // Chart 1: where the money is.
  moneyTitleDepartment: () => msg('Geld per afdeling', { id: 'insights.money.title-department' }),
  moneyTitleKind: () => msg('Geld per soort budget', { id: 'insights.money.title-kind' }),
  moneySummary: (spent: string, granted: string, percent: string) =>
    msg(str`Van ${granted} is ${spent} uitgegeven. Dat is ${percent}.`, { id: 'insights.money.summary' }),
  moneyMost: (group: string, amount: string) =>
    msg(str`Het meeste geld staat nog bij ${group}: ${amount}.`, { id: 'insights.money.most' }),
  spent: () => msg('Uitgegeven', { id: 'insights.spent' }),
  reserved: () => msg('Gereserveerd', { id: 'insights.reserved' }),
  available: () => msg('Nog over', { id: 'insights.available' }),
  // Chart 2: what expires.
  expiringTitle: () => msg('Wat vervalt per maand', { id: 'insights.expiring.title' }),
  expiringSummary: (amount: string, group: string, groupAmount: string) =>
    msg(str`${amount} vervalt in de komende 3 maanden, het meest bij ${group}: ${groupAmount}.`, {
      id: 'insights.expiring.summary',
    }),
  expiringNone: () => msg('In de komende 3 maanden vervalt geen geld.', { id: 'insights.expiring.none' }),
  expiring: () => msg('Vervalt', { id: 'insights.expiring' }),
  // Chart 3: spending.
  spendingTitle: () => msg('Uitgaven per maand', { id: 'insights.spending.title' }),
  spendingSummary: (months: string, amount: string) =>
    msg(str`In de laatste ${months} maanden is ${amount} uitgegeven.`, { id: 'insights.spending.summary' }),
  spendingBusiest: (month: string, amount: string) =>
    msg(str`De meeste uitgaven waren in ${month}: ${amount}.`, { id: 'insights.spending.busiest' }),
  // Chart 4: requests.
  requestsTitle: () => msg('Aanvragen en redenen van afwijzing', { id: 'insights.requests.title' }),
  requestsSummary: (count: string, completed: string) =>
    msg(str`Er zijn ${count} aanvragen gedaan. ${completed} daarvan zijn afgerond.`, {
      id: 'insights.requests.summary',
    }),
  requestsDeclined: (declined: string, reason: string) =>
    msg(str`${declined} zijn afgewezen. De meest gekozen reden: ${reason}.`, { id: 'insights.requests.declined' }),
  requestsNone: () => msg('In deze periode zijn geen aanvragen gedaan.', { id: 'insights.requests.none' }),
  reasonsTitle: () => msg('Redenen van afwijzing', { id: 'insights.reasons.title' }),
  count: () => msg('Aantal', { id: 'insights.count' }),
  status: {
    submitted: () => msg('Wacht op besluit', { id: 'insights.status.submitted' }),
    approved: () => msg('Goedgekeurd', { id: 'insights.status.approved' }),
    completed: () => msg('Afgerond', { id: 'insights.status.completed' }),
    declined: () => msg('Afgewezen', { id: 'insights.status.declined' }),
    cancelled: () => msg('Ingetrokken', { id: 'insights.status.cancelled' }),
    expired: () => msg('Verlopen zonder besluit', { id: 'insights.status.expired' }),
  },
  reason: (code: string) => (REASONS[code] ?? REASONS.other!)(),
  group: (key: string, groupBy: string) => {
    if (key === 'overig') return msg('Overig (kleine groepen samen)', { id: 'insights.group.other' });
    return groupBy === 'potKind' ? (KINDS[key]?.() ?? key) : key;
  },
  showTable: () => msg('Bekijk de cijfers in een tabel', { id: 'insights.show-table' }),
  month: () => msg('Maand', { id: 'insights.month' }),
  groupHeading: () => msg('Groep', { id: 'insights.group-heading' }),
  empty: () =>
    msg('Er zijn nog geen groepen van 5 mensen of meer. Daarom zie je hier niets.', { id: 'insights.empty' }),
  emptyNext: () =>
    msg('Kijk later nog eens. Of vraag de beheerder van het leerbudget om hulp.', { id: 'insights.empty.next' }),
  forbidden: () => msg('Dit overzicht is alleen voor HR.', { id: 'insights.forbidden' }),
  forbiddenNext: () => msg('Heb je het nodig? Vraag het aan je HR-afdeling.', { id: 'insights.forbidden.next' }),
};
