import { str } from '@lit/localize';
import { msg } from '../request-shared/request-msg.js';

/** The copy of `<lb-approvals>`, in plain B1 Dutch (source) with English in `xliff/en.xlf`. */
export const approvalsMessages = {
  title: () => msg('Aanvragen voor jou', { id: 'approvals.title' }),
  loading: () => msg('De aanvragen worden geladen.', { id: 'approvals.loading' }),
  empty: () => msg('Er wacht niets op jou.', { id: 'approvals.empty' }),
  emptyNext: () =>
    msg('Vraagt iemand uit je team een cursus aan? Dan zie je die hier.', { id: 'approvals.empty.next' }),
  wants: (employee: string, course: string) => msg(str`Aanvraag van ${employee}: ${course}`, { id: 'approvals.wants' }),
  starts: (date: string) => msg(str`Start op ${date}`, { id: 'approvals.starts' }),
  anyTime: () => msg('Begint wanneer de medewerker wil', { id: 'approvals.any-time' }),
  employeePays: (amount: string) => msg(str`De medewerker betaalt zelf ${amount}.`, { id: 'approvals.employee-pays' }),
  price: (amount: string) => msg(str`Prijs: ${amount}`, { id: 'approvals.price' }),
  leftAfter: (pot: string, amount: string) =>
    msg(str`Na goedkeuren blijft er in ${pot} nog ${amount} over.`, { id: 'approvals.left-after' }),
  motivation: () => msg('Waarom de medewerker dit wil:', { id: 'approvals.motivation' }),
  noMotivation: () => msg('De medewerker schreef geen motivatie.', { id: 'approvals.no-motivation' }),
  waitingToday: () => msg('Wacht sinds vandaag.', { id: 'approvals.waiting-today' }),
  waitingDays: (days: string) => msg(str`Wacht al ${days} dagen.`, { id: 'approvals.waiting-days' }),
  waitingOneDay: () => msg('Wacht al 1 dag.', { id: 'approvals.waiting-one-day' }),
  deadline: (date: string) => msg(str`Besluit uiterlijk op ${date}.`, { id: 'approvals.deadline' }),
  approve: () => msg('Goedkeuren', { id: 'approvals.approve' }),
  decline: () => msg('Afwijzen', { id: 'approvals.decline' }),
  reason: () => msg('Waarom wijs je dit af? De medewerker leest dit.', { id: 'approvals.reason' }),
  reasonNeeded: () =>
    msg('Schrijf eerst waarom je afwijst. Dan weet de medewerker wat er nu kan.', { id: 'approvals.reason-needed' }),
  sendDecline: () => msg('Verstuur afwijzing', { id: 'approvals.send-decline' }),
  back: () => msg('Terug', { id: 'approvals.back' }),
  didApprove: (employee: string, course: string) =>
    msg(str`Je hebt ${course} voor ${employee} goedgekeurd.`, { id: 'approvals.did-approve' }),
  didDecline: (employee: string, course: string) =>
    msg(str`Je hebt ${course} voor ${employee} afgewezen.`, { id: 'approvals.did-decline' }),
};
