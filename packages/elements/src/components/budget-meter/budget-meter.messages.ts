import { str } from '@lit/localize';
import { msg } from '../../localization/msg.js';

/** The meter's copy, in plain B1 Dutch (source) with English translations in `xliff/en.xlf`. */
export const meterMessages = {
  title: () => msg('Je leerbudget', { id: 'meter.title' }),
  left: (amount: string) => msg(str`${amount} over`, { id: 'meter.left' }),
  ofTotal: (total: string) => msg(str`van ${total}`, { id: 'meter.of-total' }),
  valueText: (available: string, total: string) => msg(str`${available} van ${total} over`, { id: 'meter.value-text' }),
  valueTextUntil: (available: string, total: string, date: string) =>
    msg(str`${available} van ${total} over, geldig tot ${date}`, { id: 'meter.value-text-until' }),
  expiresOn: (amount: string, date: string) => msg(str`${amount} vervalt op ${date}`, { id: 'meter.expires-on' }),
  validUntil: (date: string) => msg(str`Geldig tot ${date}`, { id: 'meter.valid-until' }),
  noExpiry: () => msg('Verloopt niet', { id: 'meter.no-expiry' }),
  expiredOn: (date: string) => msg(str`Verlopen op ${date}`, { id: 'meter.expired-on' }),
  alsoHours: (hours: string) => msg(str`Daarnaast ${hours} leertijd over`, { id: 'meter.also-hours' }),
  timeTitle: () => msg('Leertijd', { id: 'meter.time-title' }),
  moneyTitle: () => msg('Geld om te leren', { id: 'meter.money-title' }),
  spent: () => msg('Uitgegeven', { id: 'meter.spent' }),
  reserved: () => msg('Gereserveerd', { id: 'meter.reserved' }),
  available: () => msg('Over', { id: 'meter.available' }),
  funder: (funder: string) => msg(str`Betaald door ${funder}`, { id: 'meter.funder' }),
  teamTitle: () => msg('Teambudget dat jij beheert', { id: 'meter.team-title' }),
  teamNote: () => msg('Dit geld is voor je team. Het hoort niet bij je eigen leerbudget.', { id: 'meter.team-note' }),
  findCourse: () => msg('Vind een cursus', { id: 'meter.find-course' }),
  empty: () => msg('Je hebt nu geen leerbudget. Vraag je leidinggevende wat er mogelijk is.', { id: 'meter.empty' }),
  ruleCoverage: (percent: string) => msg(str`betaalt ${percent} van de prijs`, { id: 'meter.rule.coverage' }),
  ruleMaxPerCourse: (amount: string) => msg(str`hoogstens ${amount} per cursus`, { id: 'meter.rule.max' }),
  ruleCertified: () => msg('alleen erkende opleiders', { id: 'meter.rule.certified' }),
  ruleMinHours: (hours: string) => msg(str`cursus van minstens ${hours}`, { id: 'meter.rule.min-hours' }),
  ruleTopics: (topics: string) => msg(str`alleen voor ${topics}`, { id: 'meter.rule.topics' }),
  ruleProviders: () => msg('alleen bij gekozen opleiders', { id: 'meter.rule.providers' }),
  ruleFundingTags: (tags: string) => msg(str`alleen cursussen met ${tags}`, { id: 'meter.rule.funding-tags' }),
  ruleApproval: () => msg('eerst toestemming vragen', { id: 'meter.rule.approval' }),
  ruleApprovalBy: (approver: string) =>
    msg(str`eerst toestemming vragen aan ${approver}`, { id: 'meter.rule.approval-by' }),
};
