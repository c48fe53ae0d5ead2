import { str } from '@lit/localize';
import { msg } from '../request-shared/request-msg.js';

/** The copy of `<lb-my-requests>`, in plain B1 Dutch (source) with English in `xliff/en.xlf`. */
export const myRequestsMessages = {
  title: () => msg('Mijn aanvragen', { id: 'my-requests.title' }),
  loading: () => msg('Je aanvragen worden geladen.', { id: 'my-requests.loading' }),
  empty: () => msg('Je hebt nog geen aanvragen.', { id: 'my-requests.empty' }),
  emptyNext: () => msg('Zoek een cursus en kies Aanvragen.', { id: 'my-requests.empty.next' }),
  findCourse: () => msg('Vind een cursus', { id: 'my-requests.find-course' }),
  starts: (date: string) => msg(str`Start op ${date}`, { id: 'my-requests.starts' }),
  anyTime: () => msg('Begin wanneer je wilt', { id: 'my-requests.any-time' }),
  waiting: (who: string, date: string) => msg(str`Wacht op ${who} sinds ${date}`, { id: 'my-requests.waiting' }),
  approved: () => msg('Goedgekeurd', { id: 'my-requests.approved' }),
  completed: () => msg('Afgerond', { id: 'my-requests.completed' }),
  declined: (note: string) => msg(str`Afgewezen: ${note}`, { id: 'my-requests.declined' }),
  cancelled: () => msg('Geannuleerd', { id: 'my-requests.cancelled' }),
  expired: () => msg('Verlopen: er kwam geen besluit voor de sluitingsdatum', { id: 'my-requests.expired' }),
  unknownStatus: () => msg('Onbekende stand. Vraag HR wat dit betekent.', { id: 'my-requests.unknown-status' }),
  cancel: () => msg('Annuleer', { id: 'my-requests.cancel' }),
  confirmCancel: () =>
    msg('Wil je deze aanvraag echt annuleren? Het geld gaat dan terug naar je potjes.', {
      id: 'my-requests.confirm-cancel',
    }),
  yesCancel: () => msg('Ja, annuleer', { id: 'my-requests.yes-cancel' }),
  keep: () => msg('Nee, bewaar', { id: 'my-requests.keep' }),
  didCancel: (course: string) =>
    msg(str`Je aanvraag voor ${course} is geannuleerd. Het geld staat weer in je potjes.`, {
      id: 'my-requests.did-cancel',
    }),
  showHistory: () => msg('Toon wat er gebeurde', { id: 'my-requests.show-history' }),
  history: (status: string, date: string) => msg(str`${status} op ${date}`, { id: 'my-requests.history' }),
  historyWithNote: (status: string, date: string, note: string) =>
    msg(str`${status} op ${date}: ${note}`, { id: 'my-requests.history-note' }),
  eventSubmitted: () => msg('Aangevraagd', { id: 'my-requests.event-submitted' }),
  eventDeclined: () => msg('Afgewezen', { id: 'my-requests.event-declined' }),
  eventExpired: () => msg('Verlopen', { id: 'my-requests.event-expired' }),
};
