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
  refusedFull: () => msg('Deze startdatum is vol.', { id: 'requests.refused.full' }),
  refusedFullNext: () => msg('Kies een andere datum.', { id: 'requests.refused.full.next' }),
  refusedClosed: () => msg('Inschrijven voor deze datum kan niet meer.', { id: 'requests.refused.closed' }),
  refusedClosedNext: () => msg('Kies een andere datum.', { id: 'requests.refused.closed.next' }),
  refusedStarted: () => msg('Deze cursus is al begonnen.', { id: 'requests.refused.started' }),
  refusedStartedNext: () => msg('Kies een andere datum.', { id: 'requests.refused.started.next' }),
  refusedPlanChanged: () => msg('Je budget is net veranderd.', { id: 'requests.refused.plan-changed' }),
  refusedPlanChangedNext: () =>
    msg('Kijk of het nieuwe plan klopt en verstuur opnieuw.', { id: 'requests.refused.plan-changed.next' }),
  refusedNotFunded: () => msg('Geen van je potjes betaalt deze cursus.', { id: 'requests.refused.not-funded' }),
  refusedNotFundedNext: () => msg('Vraag je leidinggevende wat er kan.', { id: 'requests.refused.not-funded.next' }),
  refusedDecided: () => msg('Iemand anders heeft al over deze aanvraag besloten.', { id: 'requests.refused.decided' }),
  refusedDecidedNext: () => msg('De lijst is bijgewerkt.', { id: 'requests.refused.decided.next' }),
  refusedNotOpen: () => msg('Deze aanvraag is al afgehandeld.', { id: 'requests.refused.not-open' }),
  refusedNotOpenNext: () => msg('Je ziet nu hoe het ervoor staat.', { id: 'requests.refused.not-open.next' }),
  refusedOther: () => msg('De aanvraag lukt nu niet.', { id: 'requests.refused.other' }),
  refusedOtherNext: () => msg('Probeer het later opnieuw of vraag HR om hulp.', { id: 'requests.refused.other.next' }),
  offline: () =>
    msg('Je bent offline. Je kunt nu niets versturen. Probeer het weer als je online bent.', {
      id: 'requests.offline',
    }),
};
