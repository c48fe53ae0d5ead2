import { str } from '@lit/localize';
import { createMsg } from '../../localization/msg.js';

// This group's English (scripts/split-locales.mjs) loads only when one of its widgets renders in English.
const msg = createMsg({ en: () => import('../../generated/team/en.js') });

/** The team view's copy, in plain B1 Dutch (source) with English translations in `xliff/en.xlf`. */
export const teamMessages = {
  title: () => msg('Leerbudget van je team', { id: 'team.title' }),
  summary: (people: string, money: string) =>
    msg(str`Je team heeft samen nog ${money} over. Het team telt ${people} mensen.`, { id: 'team.summary' }),
  expiringSoon: (money: string) =>
    msg(str`${money} vervalt binnen 90 dagen. Help je team om dit op tijd te gebruiken.`, {
      id: 'team.expiring-soon',
    }),
  sortLabel: () => msg('Sorteer op', { id: 'team.sort-label' }),
  sortExpiry: () => msg('Vervalt het eerst', { id: 'team.sort.expiry' }),
  sortName: () => msg('Naam', { id: 'team.sort.name' }),
  sortAvailable: () => msg('Meeste budget over', { id: 'team.sort.available' }),
  sorted: (order: string) => msg(str`Gesorteerd op: ${order}.`, { id: 'team.sorted' }),
  money: () => msg('Geld over', { id: 'team.money' }),
  hours: () => msg('Uren over', { id: 'team.hours' }),
  nextExpiry: () => msg('Vervalt het eerst', { id: 'team.next-expiry' }),
  lastDay: (amount: string, date: string) =>
    msg(str`${amount} is te gebruiken tot en met ${date}`, { id: 'team.last-day' }),
  noExpiry: () => msg('Niets binnen 90 dagen', { id: 'team.no-expiry' }),
  route: () => msg('Leerroute', { id: 'team.route' }),
  routeSteps: (done: string, total: string) =>
    msg(str`${done} van ${total} stappen gedaan`, { id: 'team.route-steps' }),
  openRequests: () => msg('Aanvragen', { id: 'team.open-requests' }),
  waiting: (count: number) =>
    count === 1
      ? msg('1 aanvraag wacht op jou', { id: 'team.waiting-one' })
      : msg(str`${count} aanvragen wachten op jou`, { id: 'team.waiting-many' }),
  noneWaiting: () => msg('Geen aanvragen', { id: 'team.none-waiting' }),
  toApprovals: () => msg('Bekijk de aanvragen', { id: 'team.to-approvals' }),
  teamPotsTitle: () => msg('Teambudget dat jij beheert', { id: 'team.pots-title' }),
  teamPotsNote: () =>
    msg('Dit geld is voor het hele team. Het hoort bij niemand persoonlijk.', { id: 'team.pots-note' }),
  teamPotLeft: (available: string, total: string) => msg(str`${available} van ${total} over`, { id: 'team.pot-left' }),
  empty: () => msg('Er staat nog niemand in je team.', { id: 'team.empty' }),
  emptyNext: () => msg('Vraag HR om je team goed in te stellen.', { id: 'team.empty.next' }),
  forbidden: () => msg('Dit overzicht is alleen voor leidinggevenden.', { id: 'team.forbidden' }),
  forbiddenNext: () => msg('Denk je dat dit niet klopt? Vraag het aan HR.', { id: 'team.forbidden.next' }),
};
