import { str } from '@lit/localize';
import { msg } from '../localization/msg.js';

/** Words for codes in the data (funding tags, approver roles), shared by every widget. */
export const labelMessages = {
  tagStap: () => msg('Subsidie mogelijk', { id: 'label.badge.stap' }),
  tagStapName: () => msg('subsidie van de overheid', { id: 'label.tag.stap' }),
  tagStapHint: () =>
    msg('De overheid kan een deel van deze cursus betalen.', {
      id: 'label.badge.stap-hint',
    }),
  tagSector: (fund: string) => msg(str`Sectorfonds ${fund}`, { id: 'label.badge.sector' }),
  tagSectorName: (fund: string) => msg(str`geld van sectorfonds ${fund}`, { id: 'label.tag.sector' }),
  tagSectorHint: () =>
    msg('Werk je in deze branche? Dan kan het fonds een deel betalen.', {
      id: 'label.badge.sector-hint',
    }),
  tagOther: () => msg('Andere regeling', { id: 'label.badge.other' }),
  tagOtherName: () => msg('een andere regeling', { id: 'label.tag.other' }),
  roleManager: () => msg('je leidinggevende', { id: 'label.role.manager' }),
  roleTeamLead: () => msg('je teamleider', { id: 'label.role.team-lead' }),
  roleHr: () => msg('HR', { id: 'label.role.hr' }),
  roleOther: () => msg('de persoon die dit goedkeurt', { id: 'label.role.other' }),
};
