import { str } from '@lit/localize';
import { createMsg } from '../../localization/msg.js';

// This group's English (scripts/split-locales.mjs) loads only when one of its widgets renders in English.
const msg = createMsg({ en: () => import('../../generated/meter/en.js') });

/** The meter's copy, in plain B1 Dutch (source) with English translations in `xliff/en.xlf`. */
export const meterMessages = {
  title: () => msg('Je leerbudget', { id: 'meter.title' }),
  left: (amount: string) => msg(str`${amount} over`, { id: 'meter.left' }),
  ofTotal: (total: string) => msg(str`van ${total}`, { id: 'meter.of-total' }),
  valueText: (available: string, total: string) =>
    msg(str`${available} van ${total} over.`, { id: 'meter.value-text' }),
  valueTextUntil: (date: string) =>
    msg(str`Je kunt het gebruiken tot en met ${date}.`, { id: 'meter.value-text-until' }),
  valueTextPartUntil: (amount: string, date: string) =>
    msg(str`${amount} daarvan kun je gebruiken tot en met ${date}.`, { id: 'meter.value-text-part-until' }),
  expiresOn: (amount: string, date: string) =>
    msg(str`Let op: ${amount} kun je gebruiken tot en met ${date}.`, { id: 'meter.expires-on' }),
  validUntil: (date: string) => msg(str`Te gebruiken tot en met ${date}.`, { id: 'meter.valid-until' }),
  validFrom: (date: string) => msg(str`Vanaf ${date} te gebruiken.`, { id: 'meter.valid-from' }),
  later: (amount: string, date: string) => msg(str`${amount} komt erbij vanaf ${date}.`, { id: 'meter.later' }),
  carriedUntil: (date: string) =>
    msg(str`Meegenomen van vorig jaar. Te gebruiken tot en met ${date}.`, { id: 'meter.carried-until' }),
  carryOver: (amount: string, date: string) =>
    msg(str`${amount} gaat mee naar volgend jaar, tot ${date}.`, { id: 'meter.carry-over' }),
  carryOverNoEnd: (amount: string) =>
    msg(str`${amount} gaat mee naar volgend jaar.`, { id: 'meter.carry-over-no-end' }),
  noExpiry: () => msg('Dit budget heeft geen einddatum.', { id: 'meter.no-expiry' }),
  expiredOn: (date: string) => msg(str`Verlopen. De laatste dag was ${date}.`, { id: 'meter.expired-on' }),
  alsoHours: (hours: string) => msg(str`Je hebt ook nog ${hours} leertijd.`, { id: 'meter.also-hours' }),
  timeTitle: () => msg('Leertijd', { id: 'meter.time-title' }),
  moneyTitle: () => msg('Geld om te leren', { id: 'meter.money-title' }),
  spent: () => msg('Gebruikt', { id: 'meter.spent' }),
  reserved: () => msg('Aangevraagd', { id: 'meter.reserved' }),
  available: () => msg('Over', { id: 'meter.available' }),
  funder: (funder: string) => msg(str`Geld van ${funder}`, { id: 'meter.funder' }),
  funderHours: (funder: string) => msg(str`Uren van ${funder}`, { id: 'meter.funder-hours' }),
  heldForOneRequest: (amount: string) =>
    msg(str`${amount} gereserveerd voor 1 aanvraag`, { id: 'meter.held-one-request' }),
  heldForRequests: (amount: string, count: string) =>
    msg(str`${amount} gereserveerd voor ${count} aanvragen`, { id: 'meter.held-requests' }),
  nudgeLink: () => msg('Zoek cursussen die je hiervan nog kunt betalen', { id: 'meter.nudge-link' }),
  teamTitle: () => msg('Teambudget dat jij beheert', { id: 'meter.team-title' }),
  teamNote: () => msg('Dit geld is voor je team. Het hoort niet bij je eigen leerbudget.', { id: 'meter.team-note' }),
  findCourse: () => msg('Vind een cursus', { id: 'meter.find-course' }),
  empty: () => msg('Je hebt nu geen leerbudget.', { id: 'meter.empty' }),
  emptyNext: () => msg('Vraag je leidinggevende wat er mogelijk is.', { id: 'meter.empty.next' }),
  ruleCoverage: (percent: string) =>
    msg(str`Dit budget betaalt ${percent} van de prijs.`, { id: 'meter.rule.coverage' }),
  ruleMaxPerCourse: (amount: string) => msg(str`Je krijgt hoogstens ${amount} per cursus.`, { id: 'meter.rule.max' }),
  ruleCertified: () => msg('Alleen voor opleiders met een keurmerk.', { id: 'meter.rule.certified' }),
  ruleMinHours: (hours: string) => msg(str`De cursus duurt minstens ${hours}.`, { id: 'meter.rule.min-hours' }),
  ruleTopics: (topics: string) => msg(str`Alleen voor cursussen over ${topics}.`, { id: 'meter.rule.topics' }),
  ruleProviders: () => msg('Alleen bij opleiders die je werkgever koos.', { id: 'meter.rule.providers' }),
  ruleCourses: () => msg('Alleen cursussen van de eigen lijst van je werkgever.', { id: 'meter.rule.courses' }),
  ruleFundingTags: (tags: string) => msg(str`Alleen voor cursussen met ${tags}.`, { id: 'meter.rule.funding-tags' }),
  ruleProRata: (hours: string, fullTime: string, total: string, fullTotal: string) =>
    msg(str`Je werkt ${hours} van ${fullTime} uur. Daarom is dit ${total} in plaats van ${fullTotal}.`, {
      id: 'meter.rule.pro-rata',
    }),
  ruleApproval: () => msg('Vraag eerst toestemming.', { id: 'meter.rule.approval' }),
  ruleApprovalBy: (approver: string) =>
    msg(str`Vraag eerst toestemming aan ${approver}.`, { id: 'meter.rule.approval-by' }),
};
