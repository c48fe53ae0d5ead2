import { str } from '@lit/localize';
import { msg } from '../request-shared/request-msg.js';

/** The copy of the "Aanvragen" dialog, in plain B1 Dutch (source) with English in `xliff/en.xlf`. */
export const requestDialogMessages = {
  title: (course: string) => msg(str`Aanvragen: ${course}`, { id: 'request-dialog.title' }),
  chooseRun: () => msg('Kies een startdatum', { id: 'request-dialog.choose-run' }),
  noRuns: () =>
    msg('Er is nu geen startdatum. Kijk later nog eens of vraag de opleider.', { id: 'request-dialog.no-runs' }),
  runDates: (start: string, end: string) => msg(str`${start} tot en met ${end}`, { id: 'request-dialog.run-dates' }),
  runStart: (start: string) => msg(str`Begint op ${start}`, { id: 'request-dialog.run-start' }),
  runAnyTime: () => msg('Begin wanneer je wilt', { id: 'request-dialog.run-any-time' }),
  online: () => msg('Online', { id: 'request-dialog.online' }),
  seatsLeft: (count: string) => msg(str`Nog ${count} plaatsen`, { id: 'request-dialog.seats-left' }),
  oneSeatLeft: () => msg('Nog 1 plaats', { id: 'request-dialog.one-seat-left' }),
  deadline: (date: string) => msg(str`Inschrijven kan tot en met ${date}`, { id: 'request-dialog.deadline' }),
  full: () => msg('Vol: er is geen plaats meer.', { id: 'request-dialog.full' }),
  closed: () => msg('Inschrijven kan niet meer.', { id: 'request-dialog.closed' }),
  started: () => msg('Is al begonnen.', { id: 'request-dialog.started' }),
  planTitle: () => msg('Wie betaalt wat', { id: 'request-dialog.plan-title' }),
  planFromServer: () => msg('Dit is het plan zoals het nu is.', { id: 'request-dialog.plan-from-server' }),
  nothingPays: () =>
    msg('Geen van je potjes betaalt deze cursus. Vraag je leidinggevende wat er kan.', {
      id: 'request-dialog.nothing-pays',
    }),
  approvalByManager: () =>
    msg('Je leidinggevende moet dit eerst goedkeuren.', { id: 'request-dialog.approval-manager' }),
  approvalByHr: () => msg('HR moet dit eerst goedkeuren.', { id: 'request-dialog.approval-hr' }),
  noApproval: () => msg('Niemand hoeft dit goed te keuren.', { id: 'request-dialog.no-approval' }),
  motivation: () => msg('Waarom wil je deze cursus doen?', { id: 'request-dialog.motivation' }),
  motivationRequired: (pots: string) =>
    msg(str`Dit moet je invullen: ${pots} wil weten waarom je de cursus wilt doen.`, {
      id: 'request-dialog.motivation-required',
    }),
  motivationMissing: () =>
    msg('Schrijf eerst waarom je deze cursus wilt doen. Daarna kun je de aanvraag versturen.', {
      id: 'request-dialog.motivation-missing',
    }),
  motivationOptional: () =>
    msg('Dit hoeft niet, maar het helpt bij het besluit.', { id: 'request-dialog.motivation-optional' }),
  send: () => msg('Verstuur aanvraag', { id: 'request-dialog.send' }),
  sending: () => msg('Bezig met versturen…', { id: 'request-dialog.sending' }),
  close: () => msg('Sluiten', { id: 'request-dialog.close' }),
};
