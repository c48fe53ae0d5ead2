import { str } from '@lit/localize';
import { msg } from '../../localization/msg.js';

/**
 * The copy the finder and the learning path show for requests before the dialog loads: the button, the
 * confirmation and who decides. Everything else about requests lives with the lazily loaded widgets
 * (`request-shared/`), so these pages do not download it up front.
 */
export const requestActionMessages = {
  open: () => msg('Aanvragen', { id: 'request-action.open' }),
  submitted: (who: string) => msg(str`Je aanvraag staat bij ${who}.`, { id: 'request-action.submitted' }),
  approvedAtOnce: () =>
    msg('Je aanvraag is goedgekeurd. Je hoeft niet op een besluit te wachten.', {
      id: 'request-action.approved-at-once',
    }),
  yourManager: () => msg('je leidinggevende', { id: 'request-action.your-manager' }),
  hr: () => msg('HR', { id: 'request-action.hr' }),
};
