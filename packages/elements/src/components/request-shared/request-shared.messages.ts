import { str } from '@lit/localize';
import { msg } from './request-msg.js';

/**
 * Copy shared by the request dialog, `<lb-my-requests>` and `<lb-approvals>`: what each pot pays, what the
 * employee pays and why the server said no. Plain B1 Dutch; English in `xliff/en.xlf`.
 */
export const requestSharedMessages = {
  linePays: (pot: string, amount: string) => msg(str`${pot} betaalt ${amount}`, { id: 'requests.line-pays' }),
  ownPays: (amount: string) => msg(str`Je betaalt zelf ${amount}.`, { id: 'requests.own-pays' }),
  ownNothing: () => msg('Je betaalt zelf niets.', { id: 'requests.own-nothing' }),
  vatIncluded: () => msg('De prijs is inclusief btw.', { id: 'requests.vat-included' }),
  vatExcluded: () => msg('De prijs is zonder btw.', { id: 'requests.vat-excluded' }),
  refusedFull: () => msg('Deze startdatum is vol. Kies een andere datum.', { id: 'requests.refused.full' }),
  refusedClosed: () =>
    msg('Inschrijven voor deze datum kan niet meer. Kies een andere datum.', { id: 'requests.refused.closed' }),
  refusedStarted: () => msg('Deze cursus is al begonnen. Kies een andere datum.', { id: 'requests.refused.started' }),
  refusedPlanChanged: () =>
    msg('Je budget is net veranderd. Kijk of het nieuwe plan klopt en verstuur opnieuw.', {
      id: 'requests.refused.plan-changed',
    }),
  refusedNotFunded: () =>
    msg('Geen van je potjes betaalt deze cursus. Vraag je leidinggevende wat er kan.', {
      id: 'requests.refused.not-funded',
    }),
  refusedDecided: () =>
    msg('Iemand anders heeft al over deze aanvraag besloten. De lijst is bijgewerkt.', {
      id: 'requests.refused.decided',
    }),
  refusedNotOpen: () =>
    msg('Deze aanvraag is al afgehandeld. Je ziet nu hoe het ervoor staat.', { id: 'requests.refused.not-open' }),
  refusedOther: () =>
    msg('De aanvraag lukt nu niet. Probeer het later opnieuw of vraag HR om hulp.', { id: 'requests.refused.other' }),
  offline: () =>
    msg('Je bent offline. Je kunt nu niets versturen. Probeer het weer als je online bent.', {
      id: 'requests.offline',
    }),
};
