import { str } from '@lit/localize';
import { msg } from '../../localization/msg.js';

/** The copy of the "Aanvragen" dialog, in plain B1 Dutch (source) with English in `xliff/en.xlf`. */
export const requestDialogMessages = {
  title: (course: string) => msg(str`Aanvragen: ${course}`, { id: 'request.title' }),
  chooseRun: () => msg('Kies een startdatum', { id: 'request.choose-run' }),
  noRuns: () => msg('Er is nu geen startdatum. Kijk later nog eens of vraag de opleider.', { id: 'request.no-runs' }),
  runDates: (start: string, end: string) => msg(str`${start} tot en met ${end}`, { id: 'request.run-dates' }),
  runStart: (start: string) => msg(str`Begint op ${start}`, { id: 'request.run-start' }),
  runAnyTime: () => msg('Begin wanneer je wilt', { id: 'request.run-any-time' }),
  online: () => msg('Online', { id: 'request.online' }),
  seatsLeft: (count: string) => msg(str`Nog ${count} plaatsen`, { id: 'request.seats-left' }),
  oneSeatLeft: () => msg('Nog 1 plaats', { id: 'request.one-seat-left' }),
  deadline: (date: string) => msg(str`Inschrijven kan tot en met ${date}`, { id: 'request.deadline' }),
  full: () => msg('Vol: er is geen plaats meer.', { id: 'request.full' }),
  closed: () => msg('Inschrijven kan niet meer.', { id: 'request.closed' }),
  started: () => msg('Is al begonnen.', { id: 'request.started' }),
  planTitle: () => msg('Wie betaalt wat', { id: 'request.plan-title' }),
  planFromServer: () => msg('Dit is het plan zoals het nu is.', { id: 'request.plan-from-server' }),
  nothingPays: () =>
    msg('Geen van je potjes betaalt deze cursus. Vraag je leidinggevende wat er kan.', {
      id: 'request.nothing-pays',
    }),
  approvalByManager: () => msg('Je leidinggevende moet dit eerst goedkeuren.', { id: 'request.approval-manager' }),
  approvalByHr: () => msg('HR moet dit eerst goedkeuren.', { id: 'request.approval-hr' }),
  noApproval: () => msg('Niemand hoeft dit goed te keuren.', { id: 'request.no-approval' }),
  motivation: () => msg('Waarom wil je deze cursus doen?', { id: 'request.motivation' }),
  motivationOptional: () =>
    msg('Dit hoeft niet, maar het helpt bij het besluit.', { id: 'request.motivation-optional' }),
  send: () => msg('Verstuur aanvraag', { id: 'request.send' }),
  sending: () => msg('Bezig met versturen…', { id: 'request.sending' }),
  close: () => msg('Sluiten', { id: 'request.close' }),
};
